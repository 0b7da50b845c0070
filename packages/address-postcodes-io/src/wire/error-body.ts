import type { ProviderErrorDetails } from '@councilkit/core';

/** Pulls the message out of postcodes.io's error body, `{ status, error }`. */
export function parsePostcodesIoError(body: unknown): ProviderErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { status, error } = body as { status?: unknown; error?: unknown };
  return {
    code: typeof status === 'number' ? String(status) : undefined,
    message: typeof error === 'string' ? error.split('\n')[0] : undefined,
  };
}
