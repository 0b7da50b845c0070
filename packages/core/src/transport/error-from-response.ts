import {
  AuthError,
  ConflictError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '../errors/classes.js';
import type { CouncilKitError } from '../errors/councilkit-error.js';

/** What a provider said about a failure, pulled out of its error body by the adapter. */
export interface ProviderErrorDetails {
  /** The provider's own error name or code, e.g. `BadRequestError`. */
  code?: string | undefined;
  message?: string | undefined;
  /** The input field the provider blamed, in the caller's (camelCase) terms, where it said. */
  field?: string | undefined;
}

export interface ErrorFromResponseInput {
  provider: string;
  status: number;
  details: ProviderErrorDetails | undefined;
  retryAfterMs: number | undefined;
  /** True when the request was a write the provider does not deduplicate. */
  unsafeWrite: boolean;
  /** Said when a write may or may not have taken effect, e.g. "The message may or may not have been sent". */
  outcomeUnknownNote?: string | undefined;
}

// Called by adapters with what they read off the wire: wrong types are named, never a TypeError.
function checkInput(input: unknown): void {
  if (typeof input !== 'object' || input === null) {
    throw new ValidationError([
      { path: 'input', message: 'Must be { provider, status, details, retryAfterMs, unsafeWrite }' },
    ]);
  }
  const { provider, status, details } = input as Record<string, unknown>;
  const issues = [];
  if (typeof provider !== 'string') issues.push({ path: 'provider', message: 'Must be the provider name' });
  if (!Number.isInteger(status)) issues.push({ path: 'status', message: 'Must be an HTTP status' });
  if (details !== undefined && (typeof details !== 'object' || details === null)) {
    issues.push({ path: 'details', message: 'Must be { code, message, field } or undefined' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** What an error says, by default, about a write whose outcome is unknown. */
export const defaultOutcomeUnknownNote = 'The request may or may not have taken effect';

/** The one place where an HTTP status becomes an error class. */
export function errorFromResponse(input: ErrorFromResponseInput): CouncilKitError {
  checkInput(input);
  const { provider, status, details } = input;
  const providerMessage = details?.message;
  const base = {
    provider,
    status,
    providerCode: details?.code,
    providerMessage,
  };
  const said = providerMessage ? `: ${providerMessage}` : '';
  if (status === 400 || status === 422) {
    return new ValidationError(
      [{ path: details?.field ?? '', message: providerMessage ?? `rejected with HTTP ${status}` }],
      {
        ...base,
        summary: `${provider} rejected the request`,
      },
    );
  }
  if (status === 401 || status === 403) {
    return new AuthError(`${provider} refused the credentials (HTTP ${status})${said}`, base);
  }
  if (status === 404) return new NotFoundError(`${provider} found nothing there (HTTP 404)${said}`, base);
  if (status === 409) return new ConflictError(`${provider} reported a conflict (HTTP 409)${said}`, base);
  if (status === 429) {
    return new RateLimitError(`${provider} rate limit reached (HTTP 429)${said}`, {
      ...base,
      retryAfterMs: input.retryAfterMs,
    });
  }
  // A write that failed inside the provider may still have taken effect there.
  const outcomeUnknown = input.unsafeWrite && (status >= 500 || status === 408);
  return new ProviderError(
    `${provider} failed (HTTP ${status})${said}${outcomeUnknown ? `. ${input.outcomeUnknownNote ?? defaultOutcomeUnknownNote}` : ''}`,
    { ...base, retryable: status >= 500 || status === 408, outcomeUnknown },
  );
}
