import type { ProviderErrorDetails } from '@councilkit/core';

/** Ideal Postcodes' error body: `{ code: 4010, message: "Invalid Key. …" }`. */
interface IdealPostcodesErrorBody {
  code?: unknown;
  message?: unknown;
}

/** Keeps Ideal Postcodes' four-digit code (4010, 4020, 4040, …) and its message. */
export function parseIdealPostcodesError(body: unknown): ProviderErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, message } = body as IdealPostcodesErrorBody;
  if (typeof code !== 'number' && typeof message !== 'string') return undefined;
  return {
    code: typeof code === 'number' ? String(code) : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}
