import { type AnyCouncilKitError, CouncilKitError, ProviderError, TransportError } from '@councilkit/core';

/** Where a failure happened, for the error that reports it. */
export interface FailureContext {
  readonly provider: string;
  readonly operation: string;
  /** True for calls that move money or make a payment: an unexpected failure may come after the provider acted. */
  readonly writes: boolean;
  readonly signal: AbortSignal | undefined;
}

/**
 * Passes councilkit errors through and turns anything else an adapter throws into one, keeping it as
 * `cause`. Its message is left out of ours: it may quote an email address or a card number.
 */
export function toCouncilKitError(error: unknown, context: FailureContext): AnyCouncilKitError {
  if (CouncilKitError.isInstance(error)) return error;
  if (context.signal?.aborted) {
    return new TransportError(`${context.operation} was aborted`, {
      provider: context.provider,
      cause: error,
      outcomeUnknown: context.writes,
    });
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return new ProviderError(`${context.operation} failed with an unexpected ${kind}`, {
    provider: context.provider,
    cause: error,
    outcomeUnknown: context.writes,
  });
}

/** The error for a call whose signal was aborted before anything was sent. */
export function abortedBeforeSending(context: FailureContext): TransportError {
  return new TransportError(`${context.operation} was aborted before it was sent`, {
    provider: context.provider,
    cause: context.signal?.reason,
    notSent: true,
  });
}
