import { type AnyCouncilKitError, CouncilKitError, RateLimitError } from '@councilkit/core';

export {
  type AnyCouncilKitError,
  AuthError,
  ConfigError,
  CouncilKitError,
  type CouncilKitErrorCode,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  UnsupportedError,
  ValidationError,
} from '@councilkit/core';

/** What a provider said when it refused a lookup because the account's allowance is used up. */
export interface QuotaExceededDetails {
  readonly provider: string;
  readonly status?: number | undefined;
  readonly providerCode?: string | undefined;
  readonly providerMessage?: string | undefined;
}

/**
 * The error for a used-up lookup allowance (a key's balance, a daily limit): a `RateLimitError`
 * (code `rate_limited`) that is not retryable, since waiting seconds will not help. Adapters
 * throw it so `withFallback` moves on to the next provider.
 */
export function quotaExceededError(details: QuotaExceededDetails): RateLimitError {
  return new RateLimitError(`${details.provider} lookup allowance used up`, { ...details, retryable: false });
}

/**
 * True when an error says the provider is unavailable rather than that the query was wrong:
 * the network or the provider failed, or a rate limit or quota was reached. `withFallback` moves
 * on to the next provider on these, never on "nothing found" or a rejected query.
 */
export function isProviderUnavailable(error: unknown): error is AnyCouncilKitError {
  if (!CouncilKitError.isInstance(error)) return false;
  switch (error.code) {
    case 'rate_limited':
    case 'transport_failed':
      return true;
    case 'provider_error':
      return error.status === undefined || error.status >= 500 || error.retryable;
    default:
      return false;
  }
}
