import { afterEach, describe, expect, it } from 'vitest';
import { createNotifyEmulator } from './create-notify-emulator.js';
import { call, notifyOrigin, testStart } from './notify.test-helper.js';
import { inboxPageSize } from './routes/inbox-routes.js';
import { seededTemplateIds } from './seed-templates.js';
import type { NotifyEmulator } from './types.js';

let emulator: NotifyEmulator | undefined;
afterEach(() => emulator?.close());

function sendTexts(target: NotifyEmulator, count: number, prefix: string) {
  return Promise.all(
    Array.from({ length: count }, (_unused, index) =>
      call(target, 'POST', '/v2/notifications/sms', {
        body: {
          phone_number: '07700900123',
          template_id: seededTemplateIds.sms,
          personalisation: { name: 'Ada', reference: `${prefix}-${index}` },
          reference: `${prefix}-${index}`,
        },
      }),
    ),
  );
}

describe('the message store', () => {
  it('keeps only the newest maxStoredNotifications, forgetting the oldest', async () => {
    emulator = createNotifyEmulator({ now: () => new Date(testStart), maxStoredNotifications: 5 });
    const sent = [];
    for (let index = 0; index < 8; index++) sent.push(...(await sendTexts(emulator, 1, `W${index}`)));
    const kept = emulator.control.notifications().map((message) => message.reference);
    expect(kept).toEqual(['W7-0', 'W6-0', 'W5-0', 'W4-0', 'W3-0']);
    const oldest = await call(emulator, 'GET', `/v2/notifications/${sent[0]?.body['id']}`);
    expect(oldest.status).toBe(404);
    const newest = await call(emulator, 'GET', `/v2/notifications/${sent[7]?.body['id']}`);
    expect(newest.status).toBe(200);
  });

  it('keeps 10,000 by default and refuses a window that is not a whole number', () => {
    expect(() => createNotifyEmulator({ maxStoredNotifications: 0 })).toThrow(/maxStoredNotifications/);
    expect(() => createNotifyEmulator({ maxStoredNotifications: 1.5 })).toThrow(/maxStoredNotifications/);
  });
});

describe('the inbox', () => {
  it('renders one page of messages at a time, with links to the others', async () => {
    emulator = createNotifyEmulator({ basePath: '/notify', now: () => new Date(testStart) });
    await sendTexts(emulator, inboxPageSize + 5, 'PAGE');
    const read = async (query: string) =>
      (await emulator!.fetch(new Request(`${notifyOrigin}/notify/inbox${query}`))).text();
    const first = await read('');
    expect(first).toContain(`${inboxPageSize + 5} messages, newest first (page 1 of 2)`);
    expect(first.match(/class="sandbox-phone"/g)).toHaveLength(inboxPageSize);
    expect(first).toContain('href="/notify/inbox?page=2"');
    const second = await read('?page=2');
    expect(second.match(/class="sandbox-phone"/g)).toHaveLength(5);
    expect(second).toContain('href="/notify/inbox?page=1"');
    // Out of range or nonsense: the nearest page, never an error.
    expect(await read('?page=99')).toContain('page 2 of 2');
    expect(await read('?page=x')).toContain('page 1 of 2');
  });
});
