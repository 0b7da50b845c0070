import type { JWTPayload } from 'jose';

const backChannelLogoutEvent = 'http://schemas.openid.net/event/backchannel-logout';

/**
 * The claims of a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, 2.6) beyond
 * its signature, `iss` and `aud`: the logout event, no `nonce`, a `sub` or `sid`, `iat` not in the
 * future. Returns what identifies it, and until when its `jti` must be remembered.
 */
export function checkLogoutTokenClaims(
  payload: JWTPayload,
  toleranceSeconds: number,
  fail: (message: string) => Error,
): { sub: string | undefined; sid: string | undefined; iat: number; jti: string; keepUntil: number } {
  const events = payload['events'];
  if (
    typeof events !== 'object' ||
    events === null ||
    typeof (events as Record<string, unknown>)[backChannelLogoutEvent] !== 'object'
  ) {
    throw fail('it has no back-channel logout event');
  }
  if (payload['nonce'] !== undefined) throw fail('it carries a nonce, which logout tokens must not');
  const sub = typeof payload.sub === 'string' ? payload.sub : undefined;
  const sid = typeof payload['sid'] === 'string' ? payload['sid'] : undefined;
  if (sub === undefined && sid === undefined) throw fail('it names neither a sub nor a sid');
  const iat = payload.iat as number;
  if (iat > Date.now() / 1000 + toleranceSeconds) throw fail('it was issued in the future (iat)');
  const jti = payload.jti as string;
  const keepUntil = Math.max((payload.exp ?? 0) * 1000, (iat + 180) * 1000, Date.now() + 180_000);
  return { sub, sid, iat, jti, keepUntil };
}
