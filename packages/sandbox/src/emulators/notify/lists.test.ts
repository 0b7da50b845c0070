import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody, notifyOrigin } from './notify.test-helper.js';
import type { NotifyEmulator } from './types.js';

const emulator = createTestEmulator({ pageSize: 2 });
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());
const { templates } = emulator.credentials;

async function sendEmail(
  target: NotifyEmulator,
  to: string,
  options: { reference?: string; apiKey?: string } = {},
) {
  const result = await call(target, 'POST', '/v2/notifications/email', {
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    body: {
      email_address: to,
      template_id: templates.email,
      personalisation: { name: 'Ada', reference: 'R', permit_type: 'no' },
      ...(options.reference === undefined ? {} : { reference: options.reference }),
    },
  });
  return String(result.body['id']);
}

async function ids(path: string, apiKey?: string) {
  const result = await call(emulator, 'GET', path, apiKey === undefined ? {} : { apiKey });
  const body = result.body as { notifications: { id: string }[]; links: Record<string, string> };
  return {
    ids: body.notifications.map((notification) => notification.id),
    links: body.links,
    status: result.status,
  };
}

describe('GET /v2/notifications', () => {
  it('pages newest first, with a next link on every non-empty page', async () => {
    const first = await sendEmail(emulator, 'a@example.com');
    const second = await sendEmail(emulator, 'b@example.com');
    const third = await sendEmail(emulator, 'c@example.com');
    const page1 = await ids('/v2/notifications');
    expect(page1).toEqual({
      status: 200,
      ids: [third, second],
      links: {
        current: `${notifyOrigin}/v2/notifications`,
        next: `${notifyOrigin}/v2/notifications?older_than=${second}`,
      },
    });
    const page2 = await ids(`/v2/notifications?older_than=${second}`);
    expect(page2.ids).toEqual([first]);
    expect(page2.links['next']).toBe(`${notifyOrigin}/v2/notifications?older_than=${first}`);
    const page3 = await ids(`/v2/notifications?older_than=${first}`);
    expect(page3).toEqual({
      status: 200,
      ids: [],
      links: { current: `${notifyOrigin}/v2/notifications?older_than=${first}` },
    });
  });

  it('shows only the caller’s key type, though GET by id finds any', async () => {
    const test = await sendEmail(emulator, 'a@example.com');
    const live = await sendEmail(emulator, 'b@example.com', { apiKey: emulator.credentials.liveApiKey });
    expect((await ids('/v2/notifications')).ids).toEqual([test]);
    expect((await ids('/v2/notifications', emulator.credentials.liveApiKey)).ids).toEqual([live]);
    expect((await call(emulator, 'GET', `/v2/notifications/${live}`)).status).toBe(200);
  });

  it('filters by repeated statuses, failure groups, type and reference', async () => {
    const delivered = await sendEmail(emulator, 'a@example.com', { reference: 'one' });
    const failed = await sendEmail(emulator, 'temp-fail@simulator.notify', { reference: 'two' });
    emulator.control.advanceTime(5_000);
    const pending = await sendEmail(emulator, 'c@example.com', { reference: 'two' });
    expect((await ids('/v2/notifications?status=created&status=delivered')).ids).toEqual([
      pending,
      delivered,
    ]);
    expect((await ids('/v2/notifications?status=failed')).ids).toEqual([failed]);
    expect((await ids('/v2/notifications?reference=two&status=temporary-failure')).ids).toEqual([failed]);
    expect((await ids('/v2/notifications?template_type=sms')).ids).toEqual([]);
    const links = (await ids('/v2/notifications?status=created&status=delivered&template_type=email')).links;
    expect(links['next']).toBe(
      `${notifyOrigin}/v2/notifications?status=created&status=delivered&template_type=email&older_than=${delivered}`,
    );
  });

  it('matches letters by their accepted/received view', async () => {
    const letter = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: {
        template_id: templates.letter,
        personalisation: {
          address_line_1: 'A',
          address_line_2: 'B',
          address_line_3: 'SW1A 1AA',
          name: 'A',
          reference: 'R',
          expiry_date: 'E',
        },
      },
    });
    const id = String(letter.body['id']);
    expect((await ids('/v2/notifications?status=accepted')).ids).toEqual([id]);
    emulator.control.advanceTime(10_000);
    expect((await ids('/v2/notifications?status=received')).ids).toEqual([id]);
  });

  it('validates the query as Notify does', async () => {
    const badStatus = await call(emulator, 'GET', '/v2/notifications?status=lost');
    expect(badStatus.body).toEqual(
      errorBody(
        400,
        'ValidationError',
        'status lost is not one of [cancelled, created, sending, sent, delivered, pending, failed, technical-failure, temporary-failure, permanent-failure, pending-virus-check, validation-failed, virus-scan-failed, returned-letter, accepted, received]',
      ),
    );
    expect((await call(emulator, 'GET', '/v2/notifications?colour=red')).body).toEqual(
      errorBody(400, 'ValidationError', 'Additional properties are not allowed (colour was unexpected)'),
    );
    expect((await call(emulator, 'GET', '/v2/notifications?older_than=abc')).body).toEqual(
      errorBody(400, 'ValidationError', 'older_than is not a valid UUID'),
    );
    expect((await ids('/v2/notifications?older_than=0f0f0f0f-0000-4000-8000-000000000000')).ids).toEqual([]);
  });
});

describe('GET /v2/notifications/{id}', () => {
  it('refuses a malformed id and an unknown one', async () => {
    const malformed = await call(emulator, 'GET', '/v2/notifications/not-a-uuid');
    expect({ status: malformed.status, body: malformed.body }).toEqual({
      status: 400,
      body: errorBody(400, 'ValidationError', 'notification_id is not a valid UUID'),
    });
    const unknown = await call(emulator, 'GET', '/v2/notifications/0f0f0f0f-0000-4000-8000-000000000000');
    expect({ status: unknown.status, body: unknown.body }).toEqual({
      status: 404,
      body: errorBody(404, 'NoResultFound', 'No result found'),
    });
  });
});

describe('GET /v2/received-text-messages', () => {
  it('pages newest first and validates older_than', async () => {
    const first = emulator.control.receiveText({ from: '07700900123', content: 'one' });
    const second = emulator.control.receiveText({ from: '07700900123', content: 'two' });
    const third = emulator.control.receiveText({ from: '07700900123', content: 'three' });
    const page = await call(emulator, 'GET', '/v2/received-text-messages');
    const body = page.body as { received_text_messages: { id: string }[]; links: Record<string, string> };
    expect(body.received_text_messages.map((text) => text.id)).toEqual([third, second]);
    expect(body.links).toEqual({
      current: `${notifyOrigin}/v2/received-text-messages`,
      next: `${notifyOrigin}/v2/received-text-messages?older_than=${second}`,
    });
    const rest = await call(emulator, 'GET', `/v2/received-text-messages?older_than=${second}`);
    expect((rest.body['received_text_messages'] as { id: string }[]).map((text) => text.id)).toEqual([first]);
    expect((await call(emulator, 'GET', '/v2/received-text-messages?older_than=x')).body).toEqual(
      errorBody(400, 'ValidationError', 'older_than is not a valid UUID'),
    );
  });
});
