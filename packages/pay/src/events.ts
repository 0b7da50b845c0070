import type { Payment } from './model.js';

/**
 * What a provider's webhook said happened, in the model's words. Each adapter's verifier returns one
 * after checking the signature. Deliveries come at least once and in any order: treat an event as a
 * prompt to read the payment (`getPayment(event.paymentId)`), which is the truth.
 */
export type PaymentWebhookEventType =
  /** The user opened the payment page. */
  | 'payment.started'
  /** Authorised and waiting for `capturePayment` (delayed capture). */
  | 'payment.capturable'
  /** The payment succeeded. */
  | 'payment.paid'
  /** The money was captured after success (GOV.UK Pay sends this after `payment.paid`; Stripe after a manual capture). */
  | 'payment.captured'
  | 'payment.declined'
  | 'payment.cancelled'
  | 'payment.expired'
  | 'payment.failed'
  | 'refund.succeeded'
  | 'refund.failed'
  /** Any other event the provider sends; `rawType` says which. */
  | 'other';

/** One verified webhook event. */
export interface PaymentWebhookEvent {
  /** The provider's id for this delivery's event; repeats of one event share it, so deduplicate by it. */
  readonly id: string;
  readonly type: PaymentWebhookEventType;
  /** The provider's own event type (`card_payment_succeeded`, `checkout.session.completed`). */
  readonly rawType: string;
  /** When it happened, by the provider's clock. */
  readonly occurredAt: Date;
  /** The payment it is about; for refund events, the refunded payment. Empty when the event is about neither. */
  readonly paymentId: string;
  /** The refund, for refund events, when the provider names it (GOV.UK Pay does not). */
  readonly refundId?: string | undefined;
  /** The payment as it was when the event was sent, when the provider includes it. */
  readonly payment?: Payment | undefined;
}

/** What a verifier returns: the neutral event, and the provider's event as it arrived (parsed JSON). */
export interface VerifiedPaymentWebhook<Raw = unknown> {
  readonly event: PaymentWebhookEvent;
  readonly raw: Raw;
}
