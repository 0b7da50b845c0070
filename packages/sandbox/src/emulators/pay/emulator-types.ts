import type { Emulator } from '../../emulator.js';
import type { PaymentRecord, RefundRecord } from './types.js';
import type { WebhookDelivery } from './webhooks.js';

/** Options of the GOV.UK Pay emulator. */
export interface PayEmulatorOptions {
  /** Path prefix the emulator is mounted under; '' (default) at the real host. */
  basePath?: string;
  /** The clock payments expire by; the control's `advanceTime` moves it on. */
  now?: () => Date;
  /** Webhooks: where to send them and how to retry; none are sent without a `url`. */
  webhooks?: {
    url?: string;
    /** Defaults to a fixed test secret, handed out in `credentials.webhookSigningSecret`. */
    signingSecret?: string;
    /** Waits before each retry; GOV.UK Pay's are 60 s, 5 min, 1 h, 1 day and 2 days. */
    retryDelaysMs?: readonly number[];
    /** Per-attempt timeout; 3 s as GOV.UK Pay's. */
    timeoutMs?: number;
  };
  /** Requests per second before 429 P0900, or false for no limit. Default 15 POSTs and 75 reads of each kind. */
  rateLimit?: false | { postsPerSecond?: number; readsPerSecond?: number };
}

/** Working test credentials: the same on every start. */
export interface PayCredentials {
  /** A test API key (`api_test_…`) the emulator accepts. */
  readonly apiKey: string;
  /** The secret webhooks are signed with. */
  readonly webhookSigningSecret: string;
}

/** What a test can do behind the API, as the user on the card page or the payment provider would. */
export interface PayControl {
  /** The user pays with a test card (default 4444333322221111) and confirms: success, or capturable. */
  complete(paymentId: string, cardNumber?: string): void;
  /** The user's card is declined (P0010). */
  decline(paymentId: string): void;
  /** The payment provider fails the payment (P0050). */
  error(paymentId: string): void;
  /** The user presses "Cancel payment" (P0030). */
  cancelByUser(paymentId: string): void;
  /** The payment expires now, as it would 90 minutes after creation (P0020). */
  expire(paymentId: string): void;
  /** Moves the emulator's clock on, expiring what is due. */
  advanceTime(milliseconds: number): void;
  /** A refund succeeds at the payment provider. */
  settleRefund(paymentId: string, refundId: string): void;
  /** A refund fails at the payment provider. */
  failRefund(paymentId: string, refundId: string): void;
  /** Raises a dispute against a paid payment; returns its id. */
  raiseDispute(paymentId: string, status?: 'needs_response' | 'under_review' | 'lost' | 'won'): string;
  /** Makes the next `count` API requests fail with 429 P0900. */
  forceRateLimit(count?: number): void;
  /** Sets (or, with undefined, clears) where webhooks go. */
  setWebhookUrl(url: string | undefined): void;
  /** Every webhook delivery so far, with its attempts. */
  webhookDeliveries(): readonly WebhookDelivery[];
  /** Resolves once no webhook is in flight or waiting to be retried. */
  webhooksIdle(): Promise<void>;
  /** A payment as the emulator holds it, or undefined. */
  payment(paymentId: string): Readonly<PaymentRecord> | undefined;
  /** A payment's refunds. */
  refunds(paymentId: string): readonly Readonly<RefundRecord>[];
}

/** The GOV.UK Pay emulator: an `Emulator` with its credentials and test controls. */
export interface PayEmulator extends Emulator {
  readonly service: 'pay';
  readonly credentials: PayCredentials;
  readonly control: PayControl;
}
