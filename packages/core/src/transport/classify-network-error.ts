import { TransportError } from '../errors/classes.js';

// Failures that happen before a single byte of the request leaves this machine: the provider
// cannot have acted on the request, so even a payment or a message may be sent again.
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns whatever a transport threw (undici, fetch, an abort) into a `TransportError`. */
export function classifyNetworkError(
  error: unknown,
  context: { timedOut: boolean; aborted: boolean },
): TransportError {
  if (error instanceof TransportError) return error;
  if (context.aborted) {
    return new TransportError('The request was aborted by the caller', {
      retryable: false,
      outcomeUnknown: true,
      cause: error,
    });
  }
  if (context.timedOut) {
    return new TransportError('The request timed out before the provider answered', {
      retryable: true,
      outcomeUnknown: true,
      cause: error,
    });
  }
  const code = errorCode(error);
  const notSent = code !== undefined && notSentCodes.has(code);
  return new TransportError(
    notSent
      ? `Could not connect to the provider (${code}); the request was not sent`
      : `The connection failed${code ? ` (${code})` : ''} before the provider answered`,
    { retryable: true, notSent, outcomeUnknown: !notSent, cause: error },
  );
}
