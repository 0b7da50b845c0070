import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, notifyOrigin } from './notify.test-helper.js';
import type { NotifyEmulator } from './types.js';

// Lists and status changes visit only what they need; these check they still see everything.
let emulator: NotifyEmulator;
beforeEach(() => {
  // The test clock stands still, so the bucket never refills: make it big enough for every send.
  emulator = createTestEmulator({ rateLimit: { requestsPerMinute: 100_000, bucketSize: 100_000 } });
});
afterEach(() => emulator.close());

async function sendEmail(options: { to?: string; reference?: string; apiKey?: string } = {}) {
  const result = await call(emulator, 'POST', '/v2/notifications/email', {
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    body: {
      email_address: options.to ?? 'resident@example.com',
      template_id: emulator.credentials.templates.email,
      personalisation: { name: 'Ada', reference: 'R', permit_type: 'no' },
      ...(options.reference === undefined ? {} : { reference: options.reference }),
    },
  });
  expect(result.status).toBe(201);
  return String(result.body['id']);
}

// Follows `next` links from `path` until an empty page, checking each page's size on the way.
async function everyPage(path: string, apiKey?: string) {
  const ids: string[] = [];
  let url: string | undefined = `${notifyOrigin}${path}`;
  for (let pages = 0; url !== undefined; pages += 1) {
    expect(pages).toBeLessThan(100);
    const result = await call(emulator, 'GET', url.slice(notifyOrigin.length), {
      ...(apiKey === undefined ? {} : { apiKey }),
    });
    const body = result.body as { notifications: { id: string }[]; links: Record<string, string> };
    expect(body.notifications.length).toBeLessThanOrEqual(250);
    ids.push(...body.notifications.map((notification) => notification.id));
    url = body.links['next'];
    if (body.notifications.length === 0) expect(url).toBeUndefined();
    else expect(url).toBe(`${notifyOrigin}${path}${path.includes('?') ? '&' : '?'}older_than=${ids.at(-1)}`);
  }
  return ids;
}

describe('with thousands of messages stored', () => {
  it('pages through every one newest first, by key type and filter', async () => {
    const testKeyIds: string[] = [];
    const liveKeyIds: string[] = [];
    const oddTestKeyIds: string[] = [];
    const all: string[] = [];
    for (let index = 0; index < 2_600; index += 1) {
      const live = index % 4 === 0;
      const reference = index % 2 === 1 ? 'odd' : 'even';
      const id = await sendEmail({
        reference,
        ...(live ? { apiKey: emulator.credentials.liveApiKey } : {}),
      });
      all.push(id);
      (live ? liveKeyIds : testKeyIds).push(id);
      if (!live && reference === 'odd') oddTestKeyIds.push(id);
    }
    const newestFirst = (ids: string[]) => [...ids].reverse();

    expect(await everyPage('/v2/notifications')).toEqual(newestFirst(testKeyIds));
    expect(await everyPage('/v2/notifications', emulator.credentials.liveApiKey)).toEqual(
      newestFirst(liveKeyIds),
    );
    expect(await everyPage('/v2/notifications?reference=odd')).toEqual(newestFirst(oddTestKeyIds));
    expect(emulator.control.notifications().map((notification) => notification.id)).toEqual(newestFirst(all));

    // `older_than` may name another key's message: the page starts just before it.
    const liveId = liveKeyIds[200] ?? '';
    const page = await call(emulator, 'GET', `/v2/notifications?older_than=${liveId}`);
    const pageIds = (page.body['notifications'] as { id: string }[]).map((notification) => notification.id);
    const olderTestKeyIds = newestFirst(
      testKeyIds.slice(0, testKeyIds.indexOf(all[all.indexOf(liveId) - 1] ?? '') + 1),
    );
    expect(pageIds).toEqual(olderTestKeyIds.slice(0, 250));
  });

  it('moves every message on when its status falls due, whenever it was sent', async () => {
    const statuses = () => {
      const counts: Record<string, number> = {};
      for (const { status } of emulator.control.notifications()) counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    };
    const early: string[] = [];
    for (let index = 0; index < 1_000; index += 1) early.push(await sendEmail());
    emulator.control.advanceTime(3_000);
    const late: string[] = [];
    for (let index = 0; index < 1_000; index += 1)
      late.push(await sendEmail({ to: index % 2 === 0 ? 'temp-fail@simulator.notify' : 'x@example.com' }));
    const forced = late[10] ?? ''; // a temp-fail recipient, forced before it can fail
    emulator.control.setStatus(forced, 'technical-failure');

    expect(statuses()).toEqual({ sending: 1_000, created: 999, 'technical-failure': 1 });
    emulator.control.advanceTime(2_000);
    expect(statuses()).toEqual({ delivered: 1_000, sending: 999, 'technical-failure': 1 });
    emulator.control.advanceTime(3_000);
    expect(statuses()).toEqual({ delivered: 1_500, 'temporary-failure': 499, 'technical-failure': 1 });

    const byId = new Map(
      emulator.control.notifications().map((notification) => [notification.id, notification]),
    );
    expect(byId.get(early[0] ?? '')).toMatchObject({
      sentAt: '2026-03-02T10:00:01.000000Z',
      completedAt: '2026-03-02T10:00:05.000000Z',
    });
    expect(byId.get(late[999] ?? '')).toMatchObject({
      sentAt: '2026-03-02T10:00:04.000000Z',
      completedAt: '2026-03-02T10:00:08.000000Z',
    });
    expect(byId.get(forced)).toMatchObject({ sentAt: null, completedAt: '2026-03-02T10:00:03.000000Z' });
    const delivered = await everyPage('/v2/notifications?status=delivered');
    expect(delivered).toHaveLength(1_500);
  });

  it('renders an email’s HTML from what was sent, whenever it is first read', async () => {
    const result = await call(emulator, 'POST', '/v2/notifications/email', {
      body: {
        email_address: 'resident@example.com',
        template_id: emulator.credentials.templates.email,
        personalisation: { name: 'Ada <b>', reference: 'PP-1', permit_type: 'yes' },
        one_click_unsubscribe_url: 'https://example.gov.uk/unsubscribe',
      },
    });
    emulator.control.advanceTime(10_000);
    const [email] = emulator.control.notifications();
    expect(email?.id).toBe(result.body['id']);
    expect(email?.html).toContain('Dear Ada &lt;b&gt;,');
    expect(email?.html).toContain('Your reference is PP-1.');
    expect(email?.html).toContain('We will post your permit');
    expect(email?.html).toContain(
      'href="https://example.gov.uk/unsubscribe">Unsubscribe from these emails</a>',
    );
    expect(emulator.control.notifications()[0]?.html).toBe(email?.html);
  });
});
