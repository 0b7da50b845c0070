import { ValidationError } from '@councilkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';
import type { NotifyEmulator } from './types.js';

let emulator: NotifyEmulator;
beforeEach(() => {
  // 60 a minute refills one token a second; a bucket of 3 allows two requests in a burst.
  emulator = createTestEmulator({ rateLimit: { requestsPerMinute: 60, bucketSize: 3 } });
});
afterEach(() => emulator.close());

async function sendSms(apiKey?: string, body?: unknown) {
  const result = await call(emulator, 'POST', '/v2/notifications/sms', {
    ...(apiKey === undefined ? {} : { apiKey }),
    body: body ?? {
      phone_number: '07700900123',
      template_id: seededTemplateIds.sms,
      personalisation: { name: 'A', reference: 'R' },
    },
  });
  return { status: result.status, body: result.body };
}

const refused = (keyType: string, limit = 60) => ({
  status: 429,
  body: errorBody(
    429,
    'RateLimitError',
    `Exceeded rate limit for key type ${keyType} of ${limit} requests per 60 seconds`,
  ),
});

describe('the send rate limit', () => {
  it('is a token bucket on the emulator clock', async () => {
    expect((await sendSms()).status).toBe(201);
    expect((await sendSms()).status).toBe(201);
    expect(await sendSms()).toEqual(refused('TEST'));
    // A request takes a token before the check, so one token back is not yet enough.
    emulator.control.advanceTime(1_000);
    expect(await sendSms()).toEqual(refused('TEST'));
    emulator.control.advanceTime(2_000);
    expect((await sendSms()).status).toBe(201);
  });

  it('is checked before the body, and only on sends', async () => {
    await sendSms();
    await sendSms();
    expect(await sendSms(undefined, { nonsense: true })).toEqual(refused('TEST'));
    expect((await call(emulator, 'GET', '/v2/notifications')).status).toBe(200);
    expect((await call(emulator, 'GET', '/v2/templates')).status).toBe(200);
  });

  it('keeps a bucket per key type and names the key type', async () => {
    await sendSms();
    await sendSms();
    expect((await sendSms(emulator.credentials.liveApiKey)).status).toBe(201);
    emulator.control.forceRateLimit(2);
    expect(await sendSms(emulator.credentials.liveApiKey)).toEqual(refused('LIVE'));
    expect(await sendSms(emulator.credentials.teamApiKey)).toEqual(refused('TEAM'));
  });

  it('lets tests force a storm of 429s', async () => {
    const storm = createTestEmulator();
    storm.control.forceRateLimit(3);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const result = await call(storm, 'POST', '/v2/notifications/sms', {
        body: {
          phone_number: '07700900123',
          template_id: seededTemplateIds.sms,
          personalisation: { name: 'A', reference: 'R' },
        },
      });
      statuses.push(result.status);
      if (result.status === 429) expect(result.body).toEqual(refused('TEST', 3000).body);
    }
    expect(statuses).toEqual([429, 429, 429, 201]);
    expect(() => storm.control.forceRateLimit(-1)).toThrow(ValidationError);
    await storm.close();
  });

  it('charges a templated letter two tokens, as Notify’s double check does', async () => {
    const letter = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: {
        template_id: seededTemplateIds.letter,
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
    expect(letter.status).toBe(201);
    expect(await sendSms()).toEqual(refused('TEST'));
  });
});
