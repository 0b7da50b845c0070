import { randomUUID } from 'node:crypto';
import { signHmacSha256 } from '@councilkit/core';
import { payDate } from './dates.js';
import { paymentResource } from './serialize.js';
import type { PaymentRecord, PayWebhookEventType } from './types.js';

/** How webhooks are delivered; GOV.UK Pay retries after 60 s, 5 min, 1 h, 1 day and 2 days, with a 3 s timeout. */
export interface WebhookSettings {
  /** Where to POST; no webhooks are sent while it is unset. */
  url: string | undefined;
  readonly signingSecret: string;
  readonly retryDelaysMs: readonly number[];
  readonly timeoutMs: number;
}

/** One delivery as the emulator recorded it, for tests. */
export interface WebhookDelivery {
  readonly webhookMessageId: string;
  readonly eventType: PayWebhookEventType;
  readonly paymentId: string;
  readonly body: string;
  readonly signature: string;
  /** HTTP status of each attempt so far; 0 for a network error or timeout. */
  readonly attempts: number[];
  delivered: boolean;
}

/**
 * Sends GOV.UK Pay webhooks: the payment as it is now, signed with `Pay-Signature` (hex HMAC-SHA256
 * of the exact body), retried until a 2xx. Uses the global `fetch`, so msw can intercept it too.
 */
export class WebhookSender {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    readonly settings: WebhookSettings,
    private readonly now: () => Date,
  ) {}

  send(record: PaymentRecord, eventType: PayWebhookEventType): void {
    if (this.settings.url === undefined || this.closed) return;
    const webhookMessageId = randomUUID().replaceAll('-', '').slice(0, 26);
    const body = JSON.stringify({
      webhook_message_id: webhookMessageId,
      created_date: payDate(this.now()),
      resource_id: record.paymentId,
      api_version: 1,
      resource_type: 'payment',
      event_type: eventType,
      resource: paymentResource(record),
    });
    const delivery: WebhookDelivery = {
      webhookMessageId,
      eventType,
      paymentId: record.paymentId,
      body,
      signature: signHmacSha256(body, this.settings.signingSecret),
      attempts: [],
      delivered: false,
    };
    this.deliveries.push(delivery);
    this.attempt(this.settings.url, delivery);
  }

  /** Resolves once nothing is being sent or waiting to be retried. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.timers.size > 0) {
      if (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private attempt(url: string, delivery: WebhookDelivery): void {
    const sending = (async () => {
      let status = 0;
      try {
        const response = await globalThis.fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Pay-Signature': delivery.signature },
          body: delivery.body,
          signal: AbortSignal.timeout(this.settings.timeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
        status = response.status;
      } catch {
        status = 0;
      }
      delivery.attempts.push(status);
      if (status >= 200 && status < 300) {
        delivery.delivered = true;
        return;
      }
      const delay = this.settings.retryDelaysMs[delivery.attempts.length - 1];
      if (delay === undefined || this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (!this.closed) this.attempt(url, delivery);
      }, delay);
      timer.unref?.();
      this.timers.add(timer);
    })();
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
  }
}
