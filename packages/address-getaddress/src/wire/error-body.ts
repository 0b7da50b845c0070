import type { ProviderErrorDetails } from '@councilkit/core';

/** getAddress.io's error body: `{ "Message": "…" }`, with a capital M. */
export function parseGetAddressError(body: unknown): ProviderErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const message = (body as { Message?: unknown }).Message;
  if (typeof message !== 'string') return undefined;
  // The only 400 getAddress.io documents is an invalid postcode.
  return { message, field: message.toLowerCase().includes('postcode') ? 'postcode' : undefined };
}
