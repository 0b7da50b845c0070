/** One timer and one controller per request: the whole exchange must finish within `timeoutMs`. */
export interface Deadline {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  callerAborted(): boolean;
  clear(): void;
}

/** Combines the caller's signal with a timeout, remembering which of the two fired. */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`Timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    callerAborted: () => callerSignal?.aborted === true,
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
