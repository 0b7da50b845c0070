import { type AnyCouncilKitError, CouncilKitError, ProviderError, TransportError } from '@councilkit/core';

/**
 * Passes councilkit errors through and turns anything else an adapter throws into one, keeping it as
 * `cause`. Its message is left out of ours: it may quote a postcode or an address.
 */
export function toCouncilKitError(
  error: unknown,
  context: { provider: string; operation: string; signal?: AbortSignal | undefined },
): AnyCouncilKitError {
  if (CouncilKitError.isInstance(error)) return error;
  if (context.signal?.aborted) {
    return new TransportError(`${context.operation} was aborted`, {
      provider: context.provider,
      cause: error,
    });
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return new ProviderError(`${context.operation} failed with an unexpected ${kind}`, {
    provider: context.provider,
    cause: error,
  });
}
