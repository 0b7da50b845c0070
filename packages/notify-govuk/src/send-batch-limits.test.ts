import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderError, RateLimitError, TransportError, undiciTransport } from '@councilkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BatchRequest, govukNotify } from './index.js';
import { notifySandbox } from './sandbox-harness.test-helper.js';

// A Notify that answers every send the way a test scripts it, over real HTTP on 127.0.0.1.
async function scriptedNotify(answer: (response: ServerResponse) => void) {
  let posts = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      posts++;
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts: () => posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const apiKey = 'k-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const templateId = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const batch = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_unused, index) => ({
    type: 'email' as const,
    templateId,
    emailAddress: `person${index}@example.com`,
    reference: `LIMIT-${index}`,
  }));
const tooMany = (retryAfter: string) => (response: ServerResponse) => {
  response.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter });
  response.end(
    JSON.stringify({ status_code: 429, errors: [{ error: 'RateLimitError', message: 'slow down' }] }),
  );
};

let scripted: Awaited<ReturnType<typeof scriptedNotify>> | undefined;
afterEach(async () => {
  await scripted?.close();
  scripted = undefined;
});

describe('sendBatch under a rate limit that never lifts', () => {
  it('gives up within its wait budget when Notify says Retry-After: 0', async () => {
    scripted = await scriptedNotify(tooMany('0'));
    const notify = govukNotify({ apiKey, baseUrl: scripted.url, retry: false });
    const results = await notify.sendBatch(batch(3), { maxRateLimitWaitMs: 200, concurrency: 3 });
    expect(results.map((result) => result.status)).toEqual(['failed', 'failed', 'failed']);
    for (const result of results) {
      expect(result.status === 'failed' && result.error).toBeInstanceOf(RateLimitError);
      expect(result.status === 'failed' && result.outcomeUnknown).toBe(false);
    }
    // Paced by the drained bucket (50 a second) for about 200 ms: a handful of tries, not thousands.
    expect(scripted.posts()).toBeLessThan(60);
  });

  it('fails at once when Retry-After is longer than the budget, instead of sleeping it out', async () => {
    scripted = await scriptedNotify(tooMany('3600'));
    const notify = govukNotify({ apiKey, baseUrl: scripted.url, retry: false });
    const started = performance.now();
    const results = await notify.sendBatch(batch(2), { maxRateLimitWaitMs: 1_000 });
    expect(results.every((result) => result.status === 'failed')).toBe(true);
    expect(scripted.posts()).toBe(2);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('never lets the HTTP client sleep out a 429 inside a send, whatever its retry settings', async () => {
    scripted = await scriptedNotify(tooMany('30'));
    // With these settings a single send would wait 30 s twice; a batch keeps to its own budget.
    const notify = govukNotify({ apiKey, baseUrl: scripted.url, retry: { maxRetries: 2 } });
    const started = performance.now();
    const results = await notify.sendBatch(batch(1), { maxRateLimitWaitMs: 1_000 });
    expect(results[0]?.status).toBe('failed');
    expect(results[0]?.status === 'failed' && results[0].outcomeUnknown).toBe(false);
    expect(scripted.posts()).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('sees an abort during a pause at once, and reports the waiting messages as not sent', async () => {
    scripted = await scriptedNotify(tooMany('30'));
    const notify = govukNotify({ apiKey, baseUrl: scripted.url, retry: false });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const results = await notify.sendBatch(batch(3), { signal: controller.signal, concurrency: 1 });
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const result of results) {
      expect(result.status).toBe('failed');
      expect(result.status === 'failed' && result.outcomeUnknown).toBe(false);
    }
    expect(scripted.posts()).toBe(1);
  });
});

describe('a send Notify accepted with an answer that cannot be read', () => {
  type Context = Awaited<ReturnType<typeof notifySandbox>>;
  let context: Context;
  beforeAll(async () => {
    context = await notifySandbox();
  });
  afterAll(() => context.sandbox.close());
  afterEach(() => context.control.reset());

  // The real send reaches the emulator; only the body of its 201 is replaced on the way back.
  const answers: [string, string][] = [
    ['not JSON', '<html>'],
    ['empty', ''],
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['without an id', '{"reference":"x","template":{"id":"t"}}'],
  ];
  it.each(answers)(
    'reports a 201 whose body is %s as perhaps sent, never as not sent',
    async (_what, body) => {
      const undici = undiciTransport();
      const notify = govukNotify({
        apiKey: context.credentials.apiKey,
        baseUrl: context.sandbox.services.notify,
        transport: async (request) => {
          const response = await undici(request);
          return response.status === 201 ? { ...response, body: new TextEncoder().encode(body) } : response;
        },
      });
      const request = {
        templateId: context.credentials.templates.email,
        emailAddress: 'resident@example.org',
        personalisation: { name: 'Alex', reference: 'ODD-1', permit_type: 'yes' },
        reference: 'ODD-1',
      };
      const single = await notify.sendEmail(request).then(
        () => undefined,
        (error: unknown) => error as ProviderError,
      );
      expect(single).toBeInstanceOf(ProviderError);
      expect(single?.outcomeUnknown).toBe(true);
      const [result] = await notify.sendBatch([{ type: 'email', ...request, reference: 'ODD-2' }]);
      expect(result?.status).toBe('failed');
      expect(result?.status === 'failed' && result.outcomeUnknown).toBe(true);
      expect(result?.status === 'failed' && result.error).not.toBeInstanceOf(TransportError);
      expect(context.control.notifications().filter((message) => message.reference === 'ODD-2')).toHaveLength(
        1,
      );
    },
  );
});
