/** The two callbacks a service can set up: message statuses and received text messages. */
export type CallbackKind = 'delivery-status' | 'received-text';

/** Where Notify posts a callback and the bearer token it sends. */
export interface CallbackConfig {
  readonly url: string;
  readonly bearerToken: string;
}

/** Retry behaviour of callbacks; Notify retries 5 times, 300 seconds apart, with a 5 second timeout. */
export interface CallbackRetrySettings {
  readonly retryIntervalMs: number;
  readonly maxRetries: number;
  readonly timeoutMs: number;
}

/**
 * Posts callbacks as Notify does: JSON with `Authorization: Bearer <token>`, retried on a connection
 * error, a 5xx or a 429 (never another 4xx). Uses the global `fetch`, so msw can intercept it too.
 */
export class CallbackDispatcher {
  private readonly configs = new Map<CallbackKind, CallbackConfig>();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly aborts = new Set<AbortController>();
  private closed = false;

  constructor(private readonly settings: CallbackRetrySettings) {}

  configure(kind: CallbackKind, config: CallbackConfig): void {
    this.configs.set(kind, config);
  }

  remove(kind: CallbackKind): void {
    this.configs.delete(kind);
  }

  /** Sends `payload` to the callback of `kind`, if one is set up; does not wait for it. */
  send(kind: CallbackKind, payload: Readonly<Record<string, unknown>>): void {
    const config = this.configs.get(kind);
    if (config && !this.closed) this.attempt(config, JSON.stringify(payload), 0);
  }

  /** Resolves once no callback is being sent or waiting to be retried. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.retryTimers.size > 0) {
      if (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, Math.min(this.settings.retryIntervalMs, 50)));
    }
  }

  /** Forgets every callback configuration (pending retries are dropped). */
  reset(): void {
    this.configs.clear();
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
  }

  /** Stops retries and abandons callbacks in flight. */
  async close(): Promise<void> {
    this.closed = true;
    this.reset();
    for (const controller of this.aborts) controller.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private attempt(config: CallbackConfig, body: string, retriesSoFar: number): void {
    const controller = new AbortController();
    this.aborts.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    const sending = (async () => {
      let retry = false;
      try {
        const response = await globalThis.fetch(config.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.bearerToken}` },
          body,
          signal: controller.signal,
        });
        await response.arrayBuffer().catch(() => undefined);
        retry = response.status >= 500 || response.status === 429;
      } catch {
        retry = true;
      } finally {
        clearTimeout(timeout);
        this.aborts.delete(controller);
      }
      if (retry && !this.closed && retriesSoFar < this.settings.maxRetries)
        this.scheduleRetry(config, body, retriesSoFar + 1);
    })();
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
  }

  private scheduleRetry(config: CallbackConfig, body: string, retries: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (!this.closed) this.attempt(config, body, retries);
    }, this.settings.retryIntervalMs);
    timer.unref?.();
    this.retryTimers.add(timer);
  }
}
