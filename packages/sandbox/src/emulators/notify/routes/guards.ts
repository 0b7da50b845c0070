import { NotifyApiError, validationError } from '../api-error.js';
import { authenticate } from '../authenticate.js';
import type { NotifyState } from '../notify-state.js';
import { type ObjectSchema, schemaMessages } from '../request-schema.js';
import type { ApiKeyRecord } from '../service.js';

/** Brings statuses up to date, then checks the request's API key as every `/v2` route does first. */
export function authenticatedKey(state: NotifyState, request: Request): ApiKeyRecord {
  return authenticatedKeyFrom(state, request.headers.get('Authorization'));
}

/** `authenticatedKey` given the `Authorization` header alone. */
export function authenticatedKeyFrom(state: NotifyState, authorization: string | null): ApiKeyRecord {
  state.settle();
  return authenticate(authorization, state.service, state.clock.now());
}

/** Takes a token from the caller's bucket (or a forced refusal); throws Notify's 429 `RateLimitError`. */
export function checkRateLimit(state: NotifyState, key: ApiKeyRecord): void {
  if (state.forcedRateLimits > 0) {
    state.forcedRateLimits -= 1;
    throw rateLimitError(state, key);
  }
  if (!state.rateLimiter.take(`${state.service.id}-tokens-${key.keyType}`, state.clock.now()))
    throw rateLimitError(state, key);
}

// Built only on refusal: an error captures a stack trace, too dear to make for every request.
function rateLimitError(state: NotifyState, key: ApiKeyRecord): NotifyApiError {
  const keyTypeName = key.keyType === 'normal' ? 'LIVE' : key.keyType.toUpperCase();
  return new NotifyApiError(429, [
    {
      error: 'RateLimitError',
      message: `Exceeded rate limit for key type ${keyTypeName} of ${state.rateLimiter.requestsPerMinute} requests per 60 seconds`,
    },
  ]);
}

/** Throws Notify's `ValidationError` listing every schema problem. */
export function assertMatchesSchema(instance: unknown, schema: ObjectSchema): void {
  const messages = schemaMessages(instance, schema);
  if (messages.length > 0) throw validationError(messages);
}
