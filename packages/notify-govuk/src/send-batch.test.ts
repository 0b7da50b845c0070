import { TransportError, undiciTransport, ValidationError } from '@councilkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BatchRequest, govukNotify } from './index.js';
import { notifySandbox } from './sandbox-harness.test-helper.js';

type Context = Awaited<ReturnType<typeof notifySandbox>>;
let context: Context;
beforeAll(async () => {
  context = await notifySandbox({ retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 10 } });
});
afterAll(() => context.sandbox.close());
afterEach(() => context.control.reset());

function emails(count: number, prefix: string): BatchRequest[] {
  return Array.from({ length: count }, (_unused, index) => ({
    type: 'email' as const,
    templateId: context.credentials.templates.email,
    emailAddress: `person${index}@example.com`,
    personalisation: { name: `Person ${index}`, reference: `${prefix}-${index}`, permit_type: 'yes' },
    reference: `${prefix}-${index}`,
  }));
}

function sentReferences(prefix: string): string[] {
  return context.control
    .notifications()
    .map((message) => message.reference ?? '')
    .filter((reference) => reference.startsWith(`${prefix}-`));
}

describe('sendBatch', () => {
  it('sends every message of a mixed batch once and reports each in input order', async () => {
    const { templates } = context.credentials;
    const requests: BatchRequest[] = [
      ...emails(3, 'MIX'),
      {
        type: 'sms',
        templateId: templates.sms,
        phoneNumber: '07700900123',
        personalisation: { name: 'A', reference: 'MIX-3' },
        reference: 'MIX-3',
      },
      {
        type: 'letter',
        templateId: templates.letter,
        reference: 'MIX-4',
        personalisation: {
          address_line_1: 'A Person',
          address_line_2: '1 Street',
          address_line_3: 'SW1A 1AA',
          name: 'A',
          reference: 'MIX-4',
          expiry_date: 'May',
        },
      },
    ];
    const seen: number[] = [];
    const results = await context.notify.sendBatch(requests, {
      concurrency: 3,
      onResult: (result) => seen.push(result.index),
    });
    expect(results.map((result) => [result.index, result.status])).toEqual(
      requests.map((_request, index) => [index, 'sent']),
    );
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(sentReferences('MIX').sort()).toEqual(['MIX-0', 'MIX-1', 'MIX-2', 'MIX-3', 'MIX-4']);
  });

  it('neither loses nor repeats a message under a storm of 429s', async () => {
    const requests = emails(40, 'STORM');
    context.control.forceRateLimit(30);
    const results = await context.notify.sendBatch(requests, { concurrency: 8 });
    expect(results).toHaveLength(40);
    expect(results.every((result) => result.status === 'sent')).toBe(true);
    const references = sentReferences('STORM');
    expect(references).toHaveLength(40);
    expect(new Set(references).size).toBe(40);
  });

  it('reports a bad message without sending it, and sends the rest', async () => {
    const requests = emails(3, 'BAD');
    requests[1] = { ...requests[1]!, emailAddress: 'not an email' } as BatchRequest;
    const results = await context.notify.sendBatch(requests);
    expect(results.map((result) => result.status)).toEqual(['sent', 'failed', 'sent']);
    const failed = results[1];
    expect(failed?.status === 'failed' && failed.error).toBeInstanceOf(ValidationError);
    expect(failed?.status === 'failed' && failed.outcomeUnknown).toBe(false);
    expect(sentReferences('BAD').sort()).toEqual(['BAD-0', 'BAD-2']);
  });

  it('never retries a message that may have been sent', async () => {
    const undici = undiciTransport();
    let broken = 0;
    const notify = govukNotify({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.notify,
      transport: async (request) => {
        const response = await undici(request);
        // The request reached Notify, but the answer is lost on the way back.
        if (typeof request.body === 'string' && request.body.includes('LOST-1')) {
          broken++;
          throw new TransportError('socket hang up', { retryable: true, outcomeUnknown: true });
        }
        return response;
      },
    });
    const results = await notify.sendBatch(emails(3, 'LOST'));
    expect(results.map((result) => result.status)).toEqual(['sent', 'failed', 'sent']);
    expect(results[1]?.status === 'failed' && results[1].outcomeUnknown).toBe(true);
    expect(broken).toBe(1);
    expect(sentReferences('LOST').sort()).toEqual(['LOST-0', 'LOST-1', 'LOST-2']);
  });

  it('stops on abort, reporting what was not sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const results = await context.notify.sendBatch(emails(4, 'ABORT'), { signal: controller.signal });
    expect(results.every((result) => result.status === 'failed' && !result.outcomeUnknown)).toBe(true);
    expect(sentReferences('ABORT')).toHaveLength(0);
  });

  it('paces sends to the configured rate limit', async () => {
    const notify = govukNotify({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.notify,
      rateLimit: { perMinute: 600, burst: 2 },
    });
    const started = performance.now();
    await notify.sendBatch(emails(4, 'PACE'), { concurrency: 4 });
    // A burst of 2, then 10 a second: the last two wait about 100 ms each.
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
  });

  it('checks the batch and its options before sending anything', async () => {
    await expect(context.notify.sendBatch('nope' as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(context.notify.sendBatch(emails(1, 'OPT'), { concurrency: 0 })).rejects.toMatchObject({
      field: 'concurrency',
    });
    expect(sentReferences('OPT')).toHaveLength(0);
  });
});
