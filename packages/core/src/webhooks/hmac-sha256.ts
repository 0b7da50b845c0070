import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, WebhookVerificationError } from '../errors/classes.js';

/**
 * A webhook's body exactly as received. Bytes are safest; a string works only if it was decoded
 * from those bytes as UTF-8 and not changed since (re-serialised JSON never matches).
 */
export type RawBody = Uint8Array | string;

/** One secret, or several while a secret is being rotated: a signature made with any of them passes. */
export type WebhookSecret = string | readonly string[];

const sha256HexLength = 64;
const hexDigits = /^[0-9a-f]+$/i;

/**
 * Checks a hex HMAC-SHA256 signature of the raw body (GOV.UK Pay's `Pay-Signature`, for one) in
 * constant time; returns true or throws `WebhookVerificationError`. Never act on a body that fails.
 */
export function verifyHmacSha256(
  rawBody: RawBody,
  signatureHex: string | null | undefined,
  secret: WebhookSecret,
): true {
  const secrets = checkSecrets(secret);
  const body = checkRawBody(rawBody);
  const signature = decodeSignature(signatureHex);
  let matched = false;
  for (const candidate of secrets) {
    const expected = createHmac('sha256', candidate).update(body).digest();
    // Every secret is tried, even after a match, so the time taken does not tell which one matched.
    matched = timingSafeEqual(expected, signature) || matched;
  }
  // The expected signature is never put in the message: it would let anyone forge this body.
  if (!matched) throw new WebhookVerificationError('Webhook signature does not match the body');
  return true;
}

/** Signs a raw body with HMAC-SHA256 as lower-case hex, as a provider would; for tests and emulators. */
export function signHmacSha256(rawBody: RawBody, secret: string): string {
  const [checkedSecret] = checkSecrets(secret);
  return createHmac('sha256', checkedSecret!).update(checkRawBody(rawBody)).digest('hex');
}

function checkRawBody(rawBody: unknown): Uint8Array | string {
  if (typeof rawBody === 'string' || rawBody instanceof Uint8Array) return rawBody;
  if (rawBody === undefined || rawBody === null) {
    throw new WebhookVerificationError('Webhook body is missing: pass the raw bytes of the request body');
  }
  throw new WebhookVerificationError(
    'Webhook body must be the raw bytes received (a Buffer, Uint8Array or string), not parsed JSON: ' +
      'read the body before any JSON parser runs, because re-serialising changes the bytes that were signed',
  );
}

function decodeSignature(signatureHex: unknown): Buffer {
  const signature = typeof signatureHex === 'string' ? signatureHex.trim() : '';
  if (signature === '') throw new WebhookVerificationError('Webhook signature is missing');
  // Buffer.from(…, 'hex') silently stops at the first bad character, so the format is checked first.
  if (signature.length !== sha256HexLength || !hexDigits.test(signature)) {
    throw new WebhookVerificationError('Webhook signature is not a hex HMAC-SHA256 digest');
  }
  return Buffer.from(signature, 'hex');
}

function checkSecrets(secret: unknown): string[] {
  const secrets: unknown[] = Array.isArray(secret) ? secret : [secret];
  const issues = secrets.flatMap((candidate, index) =>
    typeof candidate === 'string' && candidate !== ''
      ? []
      : [
          {
            path: Array.isArray(secret) ? `secret.${index}` : 'secret',
            message: 'must be a non-empty string',
          },
        ],
  );
  if (secrets.length === 0) issues.push({ path: 'secret', message: 'must hold at least one secret' });
  if (issues.length > 0) throw new ConfigError(issues, { summary: 'Invalid webhook secret' });
  return secrets as string[];
}
