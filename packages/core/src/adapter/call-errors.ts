import { type AnyCouncilKitError, ProviderError, TransportError } from '../errors/classes.js';
import { CouncilKitError } from '../errors/councilkit-error.js';

/** Where a failure happened, for the error that reports it. */
export interface FailureContext {
  readonly provider: string;
  /** The port method, e.g. `sendEmail`, `createPayment`. */
  readonly operation: string;
  /**
   * True for calls with a side effect at the provider (a send, a payment): an unexpected failure may
   * come after the provider acted, so the error says the outcome is unknown.
   */
  readonly mayHaveActed?: boolean | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Passes councilkit errors through and turns anything else an adapter throws into one, keeping it as
 * `cause`. Its message is left out of ours: it may quote personal data (a recipient, a card number).
 */
export function toCouncilKitError(error: unknown, context: FailureContext): AnyCouncilKitError {
  if (CouncilKitError.isInstance(error)) return error;
  const outcomeUnknown = context.mayHaveActed ?? false;
  if (context.signal?.aborted) {
    return new TransportError(`${context.operation} was aborted`, {
      provider: context.provider,
      cause: error,
      outcomeUnknown,
    });
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return new ProviderError(`${context.operation} failed with an unexpected ${kind}`, {
    provider: context.provider,
    cause: error,
    outcomeUnknown,
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
