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

  it('names a bad argument', () => {
    expect(() => signHs256Jwt({}, '')).toThrow(/secret/);
    expect(() => signHs256Jwt([] as never, 's')).toThrow(/claims/);
    expect(decodeJwt(42 as never)).toBeUndefined();
  });

  it('returns undefined for things that are not JWTs', () => {
    expect(decodeJwt('nope')).toBeUndefined();
    expect(decodeJwt('a.b.c')).toBeUndefined();
    expect(
      decodeJwt(`${Buffer.from('[]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.x`),
    ).toBeUndefined();
  });
});
