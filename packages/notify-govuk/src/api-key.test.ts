import { ConfigError, decodeJwt, hasValidHs256Signature } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { parseNotifyApiKey } from './api-key.js';
import { createBearerTokenSource, tokenReuseSeconds } from './bearer-token.js';

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0';

describe('parseNotifyApiKey', () => {
  it('reads the key from its end, so names may contain hyphens', () => {
    expect(parseNotifyApiKey(`my-test-key-${serviceId}-${secret}`)).toEqual({
      keyName: 'my-test-key',
      serviceId,
      secret,
    });
  });

  it.each([
    ['no name', `-${serviceId}-${secret}`],
    ['only the secret', secret],
    ['a truncated secret', `key-${serviceId}-${secret.slice(0, 30)}`],
    ['a service id that is not a UUID', `key-${'x'.repeat(36)}-${secret}`],
    ['empty', ''],
  ])('rejects %s with a ConfigError that never echoes the key', (_label, key) => {
    try {
      parseNotifyApiKey(key);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues[0]?.path).toBe('apiKey');
      const text = JSON.stringify(error) + (error as Error).message + (error as Error).stack;
      if (key.length > 0) expect(text).not.toContain(key);
      expect(text).not.toContain(secret);
    }
  });
});

describe('createBearerTokenSource', () => {
  it('signs {iss, iat} with the secret and reuses the token for a few seconds', () => {
    let now = 1_700_000_000_000;
    const token = createBearerTokenSource(parseNotifyApiKey(`k-${serviceId}-${secret}`), () => now);
    const first = token();
    expect(first.startsWith('Bearer ')).toBe(true);
    const decoded = decodeJwt(first.slice(7))!;
    expect(decoded.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(decoded.claims).toEqual({ iss: serviceId, iat: 1_700_000_000 });
    expect(hasValidHs256Signature(decoded, secret)).toBe(true);
    now += (tokenReuseSeconds - 1) * 1000;
    expect(token()).toBe(first);
    now += 1000;
    const second = token();
    expect(second).not.toBe(first);
    expect(decodeJwt(second.slice(7))?.claims['iat']).toBe(1_700_000_000 + tokenReuseSeconds);
    now -= 60_000; // the clock went back: never send a token from the future
    expect(decodeJwt(token().slice(7))?.claims['iat']).toBe(1_700_000_000 + tokenReuseSeconds - 60);
  });
});
