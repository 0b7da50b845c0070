import { type DecodedJwt, decodeJwt, hasValidHs256Signature } from '@councilkit/core';
import { authError, NotifyApiError } from './api-error.js';
import { isPythonTruthy } from './python-repr.js';
import type { ApiKeyRecord, ServiceRecord } from './service.js';
import { canonicalUuid } from './uuid.js';

const generalTokenError =
  'Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header';
const clockError = 'Error: Your system clock must be accurate to within 30 seconds';
// Notify's JWT library allows this much difference between `iat` and its own clock, either way.
const clockToleranceSeconds = 30;

/**
 * Checks a request's `Authorization` header as Notify's `requires_auth` does and returns the API key
 * that signed it; throws Notify's `AuthError` (401/403) with its exact messages otherwise.
 */
export function authenticate(authorization: string | null, service: ServiceRecord, now: Date): ApiKeyRecord {
  if (!authorization) throw authError(401, 'Unauthorized: authentication token must be provided');
  if (authorization.slice(0, 7).toLowerCase() !== 'bearer ') {
    throw authError(401, 'Unauthorized: authentication bearer scheme must be used');
  }
  const remembered = rememberToken(authorization.slice(7));
  const token = remembered.decoded;
  if (token === undefined) throw authError(403, generalTokenError);
  if (!Object.hasOwn(token.claims, 'iss')) throw authError(403, 'Invalid token: iss field not provided');
  const serviceId = canonicalUuid(token.claims['iss']);
  if (serviceId === undefined) throw authError(403, 'Invalid token: service id is not the right data type');
  if (serviceId !== service.id) throw authError(403, 'Invalid token: service not found');
  if (service.apiKeys.length === 0) throw authError(403, 'Invalid token: service has no API keys');

  const nowSeconds = Math.floor(now.getTime() / 1000);
  for (const key of service.apiKeys) {
    if (token.header['alg'] !== 'HS256') throw authError(403, 'Invalid token: algorithm used is not HS256');
    if (!isSignedWith(remembered, token, key.secret)) continue;
    // PyJWT's registered-claim checks, then the Notify client's own `iat` bounds. A claim PyJWT cannot
    // read as an integer is a DecodeError, which Notify takes as "not this key" and moves on.
    const verdict = claimsVerdict(token.claims, now.getTime() / 1000, nowSeconds);
    if (verdict === 'next-key') continue;
    if (verdict === 'clock') throw authError(403, clockError);
    if (verdict === 'invalid') throw authError(403, generalTokenError);
    if (key.revoked) throw authError(403, 'Invalid token: API key revoked');
    return key;
  }
  throw authError(403, 'Invalid token: API key not found');
}

type ClaimsVerdict = 'valid' | 'next-key' | 'clock' | 'invalid';

// notifications-python-client `authentication.py` (`decode_jwt_token`, `validate_jwt_token`) over
// PyJWT `api_jwt.py` (`_validate_claims`: iat, nbf, exp, then aud, sub and jti), as notifications-api
// `app/authentication/auth.py` maps their errors: ImmatureSignature and InvalidIssuedAt to the clock
// message, DecodeError to the next key, any other InvalidTokenError to the general message.
function claimsVerdict(
  claims: Readonly<Record<string, unknown>>,
  now: number,
  nowSeconds: number,
): ClaimsVerdict {
  if (Object.hasOwn(claims, 'iat')) {
    const issuedAt = pythonInt(claims['iat']);
    if (issuedAt === undefined || issuedAt > now + clockToleranceSeconds) return 'clock';
  }
  if (Object.hasOwn(claims, 'nbf')) {
    const notBefore = pythonInt(claims['nbf']);
    if (notBefore === undefined) return 'next-key';
    if (notBefore > now + clockToleranceSeconds) return 'clock';
  }
  if (Object.hasOwn(claims, 'exp')) {
    const expiry = pythonInt(claims['exp']);
    if (expiry === undefined) return 'next-key';
    if (expiry <= now - clockToleranceSeconds) return 'invalid';
  }
  // No audience is expected, so any non-empty `aud` is refused; `sub` and `jti` must be strings.
  if (Object.hasOwn(claims, 'aud') && isPythonTruthy(claims['aud'])) return 'invalid';
  if (Object.hasOwn(claims, 'sub') && typeof claims['sub'] !== 'string') return 'invalid';
  if (Object.hasOwn(claims, 'jti') && typeof claims['jti'] !== 'string') return 'invalid';
  // A token without `iat` falls through to "API key not found": a quirk of Notify's exception classes.
  if (!Object.hasOwn(claims, 'iat')) return 'next-key';
  const issuedAt = pythonInt(claims['iat']) ?? 0;
  if (nowSeconds > issuedAt + clockToleranceSeconds || issuedAt > nowSeconds + clockToleranceSeconds) {
    return 'clock';
  }
  return 'valid';
}

/** A token's text with what has been worked out from it so far. */
interface RememberedToken {
  readonly text: string;
  readonly decoded: DecodedJwt | undefined;
  /** Whether the token is signed with each secret tried, by secret. */
  readonly signatures: Map<string, boolean>;
}

// Clients sign tokens with `iat` in whole seconds, so a busy client sends the same token many times
// over; decoding it and checking its signature depend only on its text and the secret, so the last
// token's results are kept rather than worked out again on every request.
let lastToken: RememberedToken | undefined;

function rememberToken(text: string): RememberedToken {
  if (lastToken?.text !== text) lastToken = { text, decoded: decodeToken(text), signatures: new Map() };
  return lastToken;
}

function isSignedWith(remembered: RememberedToken, token: DecodedJwt, secret: string): boolean {
  let signed = remembered.signatures.get(secret);
  if (signed === undefined) {
    signed = hasValidHs256Signature(token, secret);
    remembered.signatures.set(secret, signed);
  }
  return signed;
}

// Core decodes and checks the token; the stricter segment check mirrors the decoder Notify uses,
// which refuses characters that Node's lenient base64url reading would skip.
function decodeToken(token: string): DecodedJwt | undefined {
  const segments = token.split('.');
  if (segments.length !== 3 || !segments.every(isBase64Url)) return undefined;
  return decodeJwt(token);
}

function isBase64Url(segment: string): boolean {
  return /^[A-Za-z0-9_-]*=*$/.test(segment) && segment.replace(/=+$/, '').length % 4 !== 1;
}

// Python's int(): numbers truncate, integer strings parse (undefined where Python raises
// ValueError); null, containers and infinities raise TypeError or OverflowError, which crash the server.
function pythonInt(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return Math.trunc(value);
    throw new NotifyApiError(500, [{ error: 'OverflowError', message: 'Internal server error' }]);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const text = value.trim();
    return /^[+-]?\d+(?:_\d+)*$/.test(text) ? Number.parseInt(text.replaceAll('_', ''), 10) : undefined;
  }
  throw new NotifyApiError(500, [{ error: 'TypeError', message: 'Internal server error' }]);
}
