import { deadlineListFor, type ListedDeadline } from './deadline-list.js';

/**
 * A deadline over one whole exchange (connect, headers and body), to the millisecond, plus a
 * controller only for transports that abort through a signal. undici's own header and body timers
 * are idle timers with a coarse (up to a second) clock, so they cannot keep the promise that
 * `timeoutMs` makes. Deadlines of one length share one Node timer (see deadline-list.ts).
 */
export class Deadline implements ListedDeadline {
  readonly expiresAt: number;
  previous: ListedDeadline | undefined;
  next: ListedDeadline | undefined;
  listed = false;
  #timedOut = false;
  readonly #list: ReturnType<typeof deadlineListFor>;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #controller: AbortController | undefined;
  readonly #onCallerAbort: (() => void) | undefined;
  readonly #onTimeout: ((error: Error) => void) | undefined;

  /**
   * Starts the clock. With `onTimeout`, that is called when it runs out; without it, `signal`
   * aborts instead, and also when the caller's signal does.
   */
  constructor(
    readonly timeoutMs: number,
    callerSignal: AbortSignal | undefined,
    onTimeout?: (error: Error) => void,
  ) {
    this.#callerSignal = callerSignal;
    this.#onTimeout = onTimeout;
    if (!onTimeout) {
      const controller = new AbortController();
      this.#controller = controller;
      if (callerSignal?.aborted) controller.abort(callerSignal.reason);
      else if (callerSignal) {
        this.#onCallerAbort = () => controller.abort(callerSignal.reason);
        callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true });
      }
    }
    this.expiresAt = performance.now() + timeoutMs;
    this.#list = deadlineListFor(timeoutMs);
    this.#list.add(this);
  }

  /** Aborts when the deadline passes or the caller aborts; only without `onTimeout`. */
  get signal(): AbortSignal | undefined {
    return this.#controller?.signal;
  }

  /** True once the deadline has passed. */
  timedOut(): boolean {
    return this.#timedOut;
  }

  /** True when the caller's own signal aborted. */
  callerAborted(): boolean {
    return this.#callerSignal?.aborted === true;
  }

  /** Stops the clock; call once the exchange has settled. */
  clear(): void {
    this.#list.remove(this);
    if (this.#onCallerAbort) this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }

  /** @internal Called by the deadline's list when it runs out. */
  expire(): void {
    this.#timedOut = true;
    const error = new DeadlineError(`No complete answer within ${this.timeoutMs} ms`);
    if (this.#onTimeout) this.#onTimeout(error);
    else this.#controller?.abort(error);
  }
}

/** What a transport is torn down with when its deadline passes. */
export class DeadlineError extends Error {
  readonly code = 'COUNCILKIT_TIMEOUT';
}
