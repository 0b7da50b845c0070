import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '@councilkit/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotifyEmulator } from './create-notify-emulator.js';
import { bearerFor, call, createTestEmulator } from './notify.test-helper.js';
import type { NotifyEmulator } from './types.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

// A loopback receiver that answers each callback with the next status in `replies` (then 200).
let server: Server;
let receiverUrl: string;
let received: Received[] = [];
let replies: number[] = [];
let onReceive: (() => void) | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) as Record<string, unknown> });
      response.statusCode = replies.shift() ?? 200;
      response.end();
      onReceive?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify-callbacks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let emulator: NotifyEmulator;
beforeEach(() => {
  received = [];
  replies = [];
  emulator = createTestEmulator({ callbacks: { retryIntervalMs: 5 } });
});
afterEach(() => emulator.close());

const token = 'callback-token-123';

async function sendEmail(target: NotifyEmulator, to: string, reference?: string) {
  const result = await call(target, 'POST', '/v2/notifications/email', {
    body: {
      email_address: to,
      template_id: target.credentials.templates.email,
      personalisation: { name: 'A', reference: 'R', permit_type: 'no' },
      ...(reference === undefined ? {} : { reference }),
    },
  });
  return String(result.body['id']);
}

describe('delivery-status callbacks', () => {
  it('posts Notify’s payload with the bearer token when a message reaches a final status', async () => {
    emulator.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    const id = await sendEmail(emulator, 'temp-fail@simulator.notify', 'ref-7');
    emulator.control.advanceTime(1_000);
    await emulator.control.callbacksSettled();
    expect(received).toEqual([]);
    emulator.control.advanceTime(4_000);
    await emulator.control.callbacksSettled();
    expect(received).toHaveLength(1);
    expect(received[0]?.headers['authorization']).toBe(`Bearer ${token}`);
    expect(received[0]?.headers['content-type']).toBe('application/json');
    expect(received[0]?.body).toEqual({
      id,
      reference: 'ref-7',
      to: 'temp-fail@simulator.notify',
      status: 'temporary-failure',
      created_at: '2026-03-02T10:00:00.000000Z',
      completed_at: '2026-03-02T10:00:05.000000Z',
      sent_at: '2026-03-02T10:00:01.000000Z',
      notification_type: 'email',
      template_id: emulator.credentials.templates.email,
      template_version: 1,
    });
  });

  it('fires on control.setStatus, and never for smoke-test recipients or letters', async () => {
    emulator.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    const id = await sendEmail(emulator, 'resident@example.com');
    await sendEmail(emulator, 'simulate-delivered@notifications.service.gov.uk');
    await call(emulator, 'POST', '/v2/notifications/letter', {
      body: {
        template_id: emulator.credentials.templates.letter,
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
    emulator.control.setStatus(id, 'permanent-failure');
    emulator.control.advanceTime(60_000);
    await emulator.control.callbacksSettled();
    expect(
      received.map((callback) => [callback.body['id'], callback.body['status'], callback.body['sent_at']]),
    ).toEqual([[id, 'permanent-failure', '2026-03-02T10:00:00.000000Z']]);
  });

  it('retries on 5xx and 429 but not on other 4xx', async () => {
    emulator.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    replies = [500, 429, 503];
    const retried = await sendEmail(emulator, 'resident@example.com');
    emulator.control.advanceTime(5_000);
    await emulator.control.callbacksSettled();
    expect(received.map((callback) => callback.body['id'])).toEqual([retried, retried, retried, retried]);

    received = [];
    replies = [400];
    await sendEmail(emulator, 'resident@example.com');
    emulator.control.advanceTime(5_000);
    await emulator.control.callbacksSettled();
    expect(received).toHaveLength(1);
  });

  it('gives up after 5 retries', async () => {
    emulator.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    replies = [500, 500, 500, 500, 500, 500, 500];
    await sendEmail(emulator, 'resident@example.com');
    emulator.control.advanceTime(5_000);
    await emulator.control.callbacksSettled();
    expect(received).toHaveLength(6);
  });

  it('retries when the receiver cannot be reached, and close() stops the retries', async () => {
    const unreachable = createTestEmulator({ callbacks: { retryIntervalMs: 60_000 } });
    unreachable.control.setCallback({
      kind: 'delivery-status',
      url: 'http://127.0.0.1:9/closed',
      bearerToken: token,
    });
    await sendEmail(unreachable, 'resident@example.com');
    unreachable.control.advanceTime(5_000);
    await unreachable.close();
    await expect(unreachable.control.callbacksSettled()).resolves.toBeUndefined();
  });

  it('fires on time with the real clock, without anyone asking', async () => {
    const live = createNotifyEmulator({ statusDelays: { sendingAfterMs: 0, finalAfterMs: 20 } });
    live.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    const arrived = new Promise<void>((resolve) => {
      onReceive = resolve;
    });
    const result = await live.fetch(
      new Request('https://api.notifications.service.gov.uk/v2/notifications/email', {
        method: 'POST',
        headers: { Authorization: bearerFor(live.credentials.apiKey, new Date()) },
        body: JSON.stringify({
          email_address: 'resident@example.com',
          template_id: live.credentials.templates.email,
          personalisation: { name: 'A', reference: 'R', permit_type: 'no' },
        }),
      }),
    );
    expect(result.status).toBe(201);
    await arrived;
    onReceive = undefined;
    expect(received[0]?.body['status']).toBe('delivered');
    await live.close();
  });
  it('fires on time when advanceTime brings the next status change closer', async () => {
    // Ten minutes away on the real clock until the test moves the emulator's clock almost there.
    const live = createNotifyEmulator({ statusDelays: { sendingAfterMs: 0, finalAfterMs: 600_000 } });
    live.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    const arrived = new Promise<void>((resolve) => {
      onReceive = resolve;
    });
    const result = await live.fetch(
      new Request('https://api.notifications.service.gov.uk/v2/notifications/email', {
        method: 'POST',
        headers: { Authorization: bearerFor(live.credentials.apiKey, new Date()) },
        body: JSON.stringify({
          email_address: 'resident@example.com',
          template_id: live.credentials.templates.email,
          personalisation: { name: 'A', reference: 'R', permit_type: 'no' },
        }),
      }),
    );
    expect(result.status).toBe(201);
    live.control.advanceTime(599_980);
    await arrived;
    onReceive = undefined;
    expect(received.map((callback) => callback.body['status'])).toEqual(['delivered']);
    await live.close();
  });

  it('fires once for every message whose final status falls due, however many at once', async () => {
    const roomy = createTestEmulator({
      callbacks: { retryIntervalMs: 5 },
      rateLimit: { requestsPerMinute: 100_000, bucketSize: 100_000 },
    });
    roomy.control.setCallback({ kind: 'delivery-status', url: receiverUrl, bearerToken: token });
    const expected = (ids: string[], status: string) => ids.map((id) => `${id} ${status}`);
    const arrivedSoFar = () =>
      received.map((callback) => `${callback.body['id']} ${callback.body['status']}`);
    const sendMany = async (count: number, to: string) => {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) ids.push(await sendEmail(roomy, to));
      return ids;
    };

    const early = await sendMany(150, 'resident@example.com');
    const earlyFailures = await sendMany(50, 'temp-fail@simulator.notify');
    const forced = early.splice(0, 5);
    for (const id of forced) roomy.control.setStatus(id, 'permanent-failure');
    roomy.control.advanceTime(2_500);
    const late = await sendMany(150, 'resident@example.com');
    await roomy.control.callbacksSettled();
    expect(arrivedSoFar().sort()).toEqual(expected(forced, 'permanent-failure').sort());

    received = [];
    roomy.control.advanceTime(2_500);
    await roomy.control.callbacksSettled();
    expect(arrivedSoFar().sort()).toEqual(
      [...expected(early, 'delivered'), ...expected(earlyFailures, 'temporary-failure')].sort(),
    );

    received = [];
    roomy.control.advanceTime(2_500);
    await roomy.control.callbacksSettled();
    expect(arrivedSoFar().sort()).toEqual(expected(late, 'delivered').sort());
    await roomy.close();
  });
});

describe('received-text callbacks', () => {
  it('posts the received text payload', async () => {
    emulator.control.setCallback({ kind: 'received-text', url: receiverUrl, bearerToken: token });
    const id = emulator.control.receiveText({ from: '07700 900123', content: 'Is my permit ready?' });
    await emulator.control.callbacksSettled();
    expect(received).toEqual([
      {
        headers: expect.objectContaining({ authorization: `Bearer ${token}` }),
        body: {
          id,
          source_number: '447700900123',
          destination_number: '07700900555',
          message: 'Is my permit ready?',
          date_received: '2026-03-02T10:00:00.000000Z',
        },
      },
    ]);
  });

  it('checks callback settings', () => {
    expect(() =>
      emulator.control.setCallback({ kind: 'received-text', url: receiverUrl, bearerToken: 'short' }),
    ).toThrow('bearerToken: must be at least 10 characters');
    expect(() =>
      emulator.control.setCallback({ kind: 'received-text', url: 'ftp://x', bearerToken: token }),
    ).toThrow(ValidationError);
  });
});
