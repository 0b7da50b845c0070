import type { Emulator, EmulatorOptions } from '../../emulator.js';

/** Options of `createStripeEmulator`. */
export interface StripeEmulatorOptions extends EmulatorOptions {
  /** The clock the emulator starts from (the real clock by default); `control.advanceTime` moves it on. */
  now?: () => Date;
  /** The secret key the API accepts; a fixed `sk_test_…` by default, the same on every start. */
  secretKey?: string;
  /** The `whsec_…` secret webhooks are signed with; fixed by default, the same on every start. */
  webhookSecret?: string;
  /** Where signed events are POSTed; `control.setWebhookEndpoint` changes it. */
  webhookUrl?: string;
  /** Webhook retries: Stripe's test mode tries 3 more times over a few hours. */
  webhooks?: { retryIntervalMs?: number; maxRetries?: number; timeoutMs?: number };
}

/** Working test credentials for the emulated Stripe account. */
export interface StripeCredentials {
  /** The secret API key (`sk_test_…`). */
  readonly secretKey: string;
  /** The webhook signing secret (`whsec_…`) for `Stripe-Signature`. */
  readonly webhookSecret: string;
}

/** How a backdoor payment ended. */
export type SandboxPaymentOutcome = 'paid' | 'declined' | 'authenticate' | 'unknown-card';

/** The test backdoor: acts as the customer, moves time, and reads what happened. */
export interface StripeControl {
  /**
   * Pays an open Checkout Session as the customer would on the hosted page, with a test card
   * (4242424242424242 unless told): it succeeds, is declined or waits for authentication.
   */
  payCheckoutSession(
    sessionId: string,
    card?: { number?: string; name?: string; email?: string },
  ): SandboxPaymentOutcome;
  /** Answers the 3-D Secure challenge of a session waiting for it. */
  authenticate(sessionId: string, approved: boolean): SandboxPaymentOutcome;
  /** Ends an open session as if its time had run out now (`checkout.session.expired`), leaving the clock alone. */
  expireCheckoutSession(sessionId: string): void;
  /** A refund fails at the bank: it becomes `failed`, the money is available again, `refund.failed` is sent. */
  failRefund(refundId: string): void;
  /** Moves the emulator's clock forward, expiring sessions and lapsing holds that fall due. */
  advanceTime(milliseconds: number): void;
  /** The emulator's current time. */
  now(): Date;
  /** Sets (or with undefined, removes) the endpoint signed events are POSTed to. */
  setWebhookEndpoint(url: string | undefined): void;
  /** Resolves once every webhook has been delivered or has given up. */
  webhooksSettled(): Promise<void>;
  /** Every event raised so far, newest first, as `GET /v1/events` shows them. */
  events(): Record<string, unknown>[];
  /** The next `count` API requests get a 429 rate-limit error. */
  forceRateLimit(count: number): void;
  /** Forgets every object, event, idempotency key and webhook endpoint. */
  reset(): void;
}

/** The Stripe emulator. */
export interface StripeEmulator extends Emulator {
  readonly service: 'stripe';
  readonly credentials: StripeCredentials;
  readonly control: StripeControl;
}
