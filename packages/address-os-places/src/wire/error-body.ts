import type { ProviderErrorDetails } from '@councilkit/core';

/**
 * Pulls the code and message out of an OS Places error body: the API's own
 * `{ error: { statuscode, message } }`, or the gateway's `{ fault: { faultstring, detail: { errorcode } } }`.
 */
export function parseOsPlacesError(body: unknown): ProviderErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, fault } = body as { error?: unknown; fault?: unknown };
  if (typeof error === 'object' && error !== null) {
    const { statuscode, message } = error as { statuscode?: unknown; message?: unknown };
    return {
      code: statuscode === undefined ? undefined : String(statuscode),
      message: typeof message === 'string' ? message : undefined,
    };
  }
  if (typeof fault === 'object' && fault !== null) {
    const { faultstring, detail } = fault as { faultstring?: unknown; detail?: { errorcode?: unknown } };
    return {
      code: typeof detail?.errorcode === 'string' ? detail.errorcode : undefined,
      message: typeof faultstring === 'string' ? faultstring : undefined,
    };
  }
  return undefined;
}
