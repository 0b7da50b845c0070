import { createHmac } from 'node:crypto';

/** How webhook deliveries are retried; Stripe's test mode retries a few times over hours. */
export interface WebhookRetrySettings {
  readonly retryIntervalMs: number;
  readonly maxRetries: number;
  readonly timeoutMs: number;
}

/** The `Stripe-Signature` header for a body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function stripeSignatureHeader(body: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

/**
 * POSTs signed events to the configured endpoint as Stripe does: the exact signed bytes, JSON,
 * any 2xx acknowledges, anything else (or no answer) is retried. Uses the global `fetch`, so msw
 * can intercept it too.
 */
export class WebhookSender {
  private endpoint: string | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly aborts = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly settings: WebhookRetrySettings,
    private readonly secret: () => string,
    private readonly nowSeconds: () => number,
  ) {}

  setEndpoint(url: string | undefined): void {
    this.endpoint = url;
  }

  get configured(): boolean {
    return this.endpoint !== undefined;
  }

  /** Sends one event body; does not wait. */
  send(body: string): void {
    if (this.endpoint && !this.closed) this.attempt(this.endpoint, body, 0);
  }

  /** Resolves once nothing is being sent or waiting for a retry. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.timers.size > 0) {
      if (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, Math.min(this.settings.retryIntervalMs, 50)));
    }
  }

  reset(): void {
    this.endpoint = undefined;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.reset();
    for (const controller of this.aborts) controller.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private attempt(url: string, body: string, retriesSoFar: number): void {
    const controller = new AbortController();
    this.aborts.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    const sending = (async () => {
      let acknowledged = false;
      try {
        // Signed at each attempt, as Stripe does, so a retry carries a fresh timestamp.
        const response = await globalThis.fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
            'Stripe-Signature': stripeSignatureHeader(body, this.secret(), this.nowSeconds()),
          },
          body,
          signal: controller.signal,
        });
        await response.arrayBuffer().catch(() => undefined);
        acknowledged = response.status >= 200 && response.status < 300;
      } catch {
        acknowledged = false;
      } finally {
        clearTimeout(timeout);
        this.aborts.delete(controller);
      }
      if (!acknowledged && !this.closed && retriesSoFar < this.settings.maxRetries) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!this.closed) this.attempt(url, body, retriesSoFar + 1);
        }, this.settings.retryIntervalMs);
        timer.unref?.();
        this.timers.add(timer);
      }
    })();
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
  }
}
