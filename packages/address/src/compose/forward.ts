import type { CallOptions } from '../model/call-options.js';

/**
 * Call options for the provider a composition wraps. The signal is left to the caller's side when
 * the call is shared (a cached lookup answers several callers), so one caller giving up does not
 * fail the others.
 */
export function forwardedOptions(options: CallOptions, keepSignal: boolean): CallOptions {
  const forwarded: { signal?: AbortSignal; timeoutMs?: number } = {};
  if (keepSignal && options.signal) forwarded.signal = options.signal;
  if (options.timeoutMs !== undefined) forwarded.timeoutMs = options.timeoutMs;
  return forwarded;
}
