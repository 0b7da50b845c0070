import { createHmac, randomUUID } from 'node:crypto';

/** A Notify-shaped API key, `{key name}-{service id}-{secret}`, as the real service issues them. */
export function makeNotifyApiKey(keyName) {
  return `${keyName}-${randomUUID()}-${randomUUID()}`;
}

const base64url = (data) => Buffer.from(data).toString('base64url');

/**
 * A Notify bearer token: HS256 over `{iss: service id, iat}`, signed with the secret. Notify accepts
 * it for 30 s either side of `iat`, so a long run must sign a fresh one now and then.
 */
export function signNotifyToken(apiKey, nowSeconds = Math.floor(Date.now() / 1000)) {
  const secret = apiKey.slice(-36);
  const serviceId = apiKey.slice(-73, -37);
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const claims = base64url(JSON.stringify({ iss: serviceId, iat: nowSeconds }));
  const signature = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

/** The recipient every benchmark send goes to: an ordinary address, so the emulator does its full work. */
export const benchRecipient = 'bench.recipient@example.com';
