import type { JWTPayload } from 'jose';
import { IdentityError } from '../errors.js';
import { leftHalfHash } from './random.js';
import { sameText } from './same-text.js';

/** What the ID token's claims are checked against. */
export interface ExpectedIdToken {
  readonly clientId: string;
  readonly provider: string;
  readonly nonce: string;
  readonly maxAgeSeconds: number | null | undefined;
  readonly accessToken: string;
  readonly toleranceSeconds: number;
}

/**
 * The ID token checks of OpenID Connect Core 3.1.3.7 beyond the signature, `iss`, `aud` and `exp`
 * (which jose checks): `sub`, `iat` not in the future, `azp`, `nonce`, `auth_time` against
 * `max_age`, and `at_hash` when present.
 */
export function checkIdTokenClaims(
  payload: JWTPayload,
  alg: string,
  expected: ExpectedIdToken,
  refuse: (message: string) => Error,
): void {
  const now = Date.now() / 1000;
  if (typeof payload.sub !== 'string' || payload.sub === '') throw refuse('it has no sub');
  if ((payload.iat ?? 0) > now + expected.toleranceSeconds) throw refuse('it was issued in the future (iat)');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (payload['azp'] !== undefined ? payload['azp'] !== expected.clientId : audiences.length > 1) {
    throw refuse('its azp claim does not name this client');
  }
  if (typeof payload['nonce'] !== 'string' || !sameText(payload['nonce'], expected.nonce)) {
    throw new IdentityError(
      'nonce_mismatch',
      'The ID token was refused: its nonce is not the one this sign-in sent',
      { provider: expected.provider },
    );
  }
  if (expected.maxAgeSeconds !== undefined && expected.maxAgeSeconds !== null) {
    const authTime = payload['auth_time'];
    if (typeof authTime !== 'number') throw refuse('max_age was asked for but it has no auth_time');
    if (authTime + expected.maxAgeSeconds + expected.toleranceSeconds < now) {
      throw refuse('the person signed in longer ago than max_age allows (auth_time)');
    }
  }
  if (
    typeof payload['at_hash'] === 'string' &&
    payload['at_hash'] !== leftHalfHash(expected.accessToken, alg)
  ) {
    throw refuse('its at_hash does not match the access token');
  }
}
