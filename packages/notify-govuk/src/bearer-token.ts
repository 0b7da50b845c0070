import { signHs256Jwt } from '@councilkit/core';
import type { NotifyApiKey } from './api-key.js';

/** How long one signed token is reused: well inside Notify's ±30-second `iat` window. */
export const tokenReuseSeconds = 5;

/**
 * Returns the `Authorization` header value, signing a fresh HS256 token only when the cached one is
 * a few seconds old. Signing per request is what makes the official client spend half its CPU.
 */
export function createBearerTokenSource(key: NotifyApiKey, now: () => number = Date.now): () => string {
  let header = '';
  let issuedAt = Number.NEGATIVE_INFINITY;
  return () => {
    const seconds = Math.floor(now() / 1000);
    if (seconds - issuedAt >= tokenReuseSeconds || seconds < issuedAt) {
      issuedAt = seconds;
      header = `Bearer ${signHs256Jwt({ iss: key.serviceId, iat: issuedAt }, key.secret)}`;
    }
    return header;
  };
}
