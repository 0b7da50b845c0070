import { CouncilKitError, quotaExceededError } from '@councilkit/address';

const provider = 'getaddress';

/**
 * Refines the error core made from an answer. getAddress.io's 429 ("You have made more requests
 * than your allowed limit") is a used-up allowance unless it says when to come back: without
 * `Retry-After` it becomes a non-retryable quota error, so `withFallback` moves on at once.
 */
export function refineError(error: unknown): unknown {
  if (!CouncilKitError.isInstance(error)) return error;
  if (error.code === 'rate_limited' && error.retryAfterMs === undefined) {
    return quotaExceededError({
      provider,
      status: error.status,
      providerCode: error.providerCode,
      providerMessage: error.providerMessage,
    });
  }
  return error;
}
