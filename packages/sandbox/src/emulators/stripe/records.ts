import type { CardDetails } from './test-cards.js';

/** Metadata as Stripe keeps it: string keys and values. */
export type Metadata = Record<string, string>;

export type SessionStatus = 'open' | 'complete' | 'expired';
export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

/** One line of a session, from `line_items[n][price_data]`. */
export interface LineItemRecord {
  readonly name: string;
  readonly unitAmount: number;
  readonly quantity: number;
}

export interface SessionRecord {
  readonly id: string;
  readonly sequence: number;
  readonly created: number;
  readonly expiresAt: number;
  readonly amountTotal: number;
  readonly currency: string;
  readonly clientReferenceId: string | null;
  readonly customerEmail: string | null;
  readonly metadata: Metadata;
  readonly successUrl: string | null;
  readonly cancelUrl: string | null;
  readonly locale: string | null;
  readonly lineItems: readonly LineItemRecord[];
  readonly captureMethod: 'automatic' | 'automatic_async' | 'manual';
  readonly paymentIntentMetadata: Metadata;
  readonly paymentIntentDescription: string | null;
  status: SessionStatus;
  paymentStatus: 'paid' | 'unpaid';
  paymentIntentId: string | null;
  customerName: string | null;
  customerDetailsEmail: string | null;
}

export interface PaymentIntentRecord {
  readonly id: string;
  readonly sequence: number;
  readonly created: number;
  readonly amount: number;
  readonly currency: string;
  readonly captureMethod: 'automatic' | 'automatic_async' | 'manual';
  readonly metadata: Metadata;
  readonly description: string | null;
  readonly clientSecret: string;
  readonly sessionId: string | null;
  status: PaymentIntentStatus;
  amountCapturable: number;
  amountReceived: number;
  canceledAt: number | null;
  cancellationReason: string | null;
  lastPaymentError: { type: string; code: string; decline_code?: string; message: string } | null;
  latestChargeId: string | null;
  paymentMethodId: string | null;
  card: CardDetails | null;
}

export interface ChargeRecord {
  readonly id: string;
  readonly created: number;
  readonly amount: number;
  readonly currency: string;
  readonly paymentIntentId: string;
  readonly paymentMethodId: string;
  readonly card: CardDetails;
  /** When an uncaptured hold lapses (Stripe's `capture_before`, 7 days). */
  readonly captureBefore: number;
  status: 'succeeded' | 'pending' | 'failed';
  captured: boolean;
  amountCaptured: number;
  amountRefunded: number;
  failureCode: string | null;
  failureMessage: string | null;
}

export interface RefundRecord {
  readonly id: string;
  readonly sequence: number;
  readonly created: number;
  readonly amount: number;
  readonly currency: string;
  readonly chargeId: string;
  readonly paymentIntentId: string;
  readonly reason: string | null;
  readonly metadata: Metadata;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled';
}

export interface EventRecord {
  readonly id: string;
  readonly sequence: number;
  readonly created: number;
  readonly type: string;
  /** The object as it was when the event happened. */
  readonly object: Record<string, unknown>;
  readonly request: { id: string | null; idempotency_key: string | null };
}
