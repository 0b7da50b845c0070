import { describe, expect, it } from 'vitest';
import { decodeJwt, hasValidHs256Signature, signHs256Jwt } from './index.js';

describe('HS256 JWTs', () => {
  it('signs and verifies claims', () => {
    const token = signHs256Jwt({ iss: 'service', iat: 1_700_000_000 }, 'secret');
    const decoded = decodeJwt(token);
    expect(decoded?.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(decoded?.claims).toEqual({ iss: 'service', iat: 1_700_000_000 });
    expect(decoded && hasValidHs256Signature(decoded, 'secret')).toBe(true);
    expect(decoded && hasValidHs256Signature(decoded, 'other')).toBe(false);
  });

  it('returns undefined for things that are not JWTs', () => {
    expect(decodeJwt('nope')).toBeUndefined();
    expect(decodeJwt('a.b.c')).toBeUndefined();
    expect(
      decodeJwt(`${Buffer.from('[]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.x`),
    ).toBeUndefined();
  });
});
