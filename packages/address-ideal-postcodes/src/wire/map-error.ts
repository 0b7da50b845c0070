import { CouncilKitError, quotaExceededError, RateLimitError } from '@councilkit/address';

const provider = 'ideal-postcodes';

/**
 * Refines the error core made from an answer: 402 with 4020 (balance used up) or 4021 (daily
 * limit reached) is a used-up allowance, and 503 is the per-IP rate limiter, which Ideal Postcodes
 * documents as its rate-limit answer. Everything else passes through (401 / 4010 is an `AuthError`).
 */
export function refineError(error: unknown): unknown {
  if (!CouncilKitError.isInstance(error)) return error;
  if (error.providerCode === '4020' || error.providerCode === '4021') {
    return quotaExceededError({
      provider,
      status: error.status,
      providerCode: error.providerCode,
      providerMessage: error.providerMessage,
    });
  }
  if (error.status === 503) {
    return new RateLimitError(`${provider} rate limit reached (HTTP 503)`, {
      provider,
      status: 503,
      cause: error,
    });
  }
  return error;
}
