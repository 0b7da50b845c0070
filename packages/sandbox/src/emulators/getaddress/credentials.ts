import { forbidden, invalidApiKey, tooManyRequests } from './api-error.js';

// Fixed, so the keys a developer copied keep working after the sandbox restarts.
/** The sandbox's working key. */
export const sandboxApiKey = 'sandbox-getaddress-0000000001';
/** A key without permission for the address resources: 403. */
export const forbiddenApiKey = 'sandbox-getaddress-0000000403';
/** A key whose request allowance is used up: 429. */
export const rateLimitedApiKey = 'sandbox-getaddress-0000000429';

/** Checks the `api-key` query parameter; throws what getAddress.io answers a bad one. */
export function authenticate(url: URL): void {
  const key = url.searchParams.get('api-key');
  if (key === sandboxApiKey) return;
  if (key === forbiddenApiKey) throw forbidden();
  if (key === rateLimitedApiKey) throw tooManyRequests();
  throw invalidApiKey();
}
