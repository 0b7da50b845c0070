/**
 * Webhook and callback checks over the raw body: HMAC-SHA256 signatures and bearer tokens.
 * @module
 */
export { verifyBearerToken } from './bearer-token.js';
export { type RawBody, signHmacSha256, verifyHmacSha256, type WebhookSecret } from './hmac-sha256.js';
