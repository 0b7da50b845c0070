import {
  onFirstUse,
  type RawBody,
  ValidationError,
  verifyHmacSha256,
  type WebhookSecret,
  WebhookVerificationError,
  z,
} from '@councilkit/core';
import type { PaymentWebhookEvent, PaymentWebhookEventType, VerifiedPaymentWebhook } from '@councilkit/pay';
import { cancelledKey, delayedCaptureKey } from './wire/internal-metadata.js';
import { parseSession, readPayment } from './wire/session.js';

/** Options of `verifyStripeWebhook`. */
export interface VerifyStripeWebhookOptions {
  /** How old (or how far ahead) the signed timestamp may be, in seconds. Default 300, as Stripe's libraries. */
  toleranceSeconds?: number;
  /** The current time; for tests. */
  now?: Date;
}

/** Stripe's event as it arrived: `{ id, type, created, data: { object } }` and the rest. */
export interface StripeEvent {
  readonly id: string;
  readonly type: string;
  readonly created: number;
  readonly data: { readonly object: Record<string, unknown> };
  readonly [field: string]: unknown;
}

const eventSchema = onFirstUse(() =>
  z.object({
    id: z.string().min(1),
    type: z.string().min(1),
    created: z.number(),
    data: z.object({ object: z.record(z.string(), z.unknown()) }),
  }),
);

const maxHeaderLength = 8_192;

/**
 * Checks a Stripe webhook's `Stripe-Signature` (`t=<unix>,v1=<hex>`, HMAC-SHA256 over
 * `"<t>.<raw body>"`) against one secret or several (rotation), then the timestamp's age, and
 * returns the port's neutral event with Stripe's event beside it. Throws `WebhookVerificationError`.
 *
 * @example
 * const { event, raw } = verifyStripeWebhook(request.rawBody, request.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
 */
export function verifyStripeWebhook(
  rawBody: RawBody,
  stripeSignatureHeader: string | readonly string[] | null | undefined,
  secrets: WebhookSecret,
  options: VerifyStripeWebhookOptions = {},
): VerifiedPaymentWebhook<StripeEvent> {
  const settings: VerifyStripeWebhookOptions = options ?? {};
  const tolerance = settings.toleranceSeconds ?? 300;
  if (!Number.isInteger(tolerance) || tolerance < 1 || tolerance > 86_400) {
    throw new ValidationError(
      [{ path: 'toleranceSeconds', message: 'must be a whole number of seconds from 1 to 86400' }],
      { provider: 'stripe' },
    );
  }
  const now = settings.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new ValidationError([{ path: 'now', message: 'must be a valid Date' }], { provider: 'stripe' });
  }
  const { timestamp, signatures } = parseSignatureHeader(stripeSignatureHeader);
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  if (!(body instanceof Uint8Array)) {
    // Let core explain what a raw body is.
    verifyHmacSha256(rawBody, '0'.repeat(64), secrets);
  }
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body as Uint8Array]);
  let matched = false;
  for (const signature of signatures) {
    try {
      matched = verifyHmacSha256(signed, signature, secrets) || matched;
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
    }
  }
  if (!matched) throw new WebhookVerificationError('Stripe-Signature does not match the body for any secret');
  // Checked after the signature, so an attacker learns nothing about timing from an unsigned body.
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > tolerance) {
    throw new WebhookVerificationError(
      `Stripe-Signature timestamp is outside the ${tolerance}-second tolerance`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body as Uint8Array).toString('utf8'));
  } catch (error) {
    throw new WebhookVerificationError('Webhook body is signed but is not JSON', { cause: error });
  }
  const result = eventSchema().safeParse(parsed);
  if (!result.success) throw new WebhookVerificationError('Webhook body is signed but is not a Stripe event');
  const raw = parsed as StripeEvent;
  return { event: neutralEvent(raw), raw };
}

function parseSignatureHeader(value: unknown): { timestamp: number; signatures: string[] } {
  // Node gives a repeated header as an array; its parts read as one list.
  const header = Array.isArray(value) ? value.join(',') : value;
  if (typeof header !== 'string' || header.trim() === '') {
    throw new WebhookVerificationError('Stripe-Signature header is missing');
  }
  if (header.length > maxHeaderLength)
    throw new WebhookVerificationError('Stripe-Signature header is too long');
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const name = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim();
    if (
      name === 't' &&
      value.length > 0 &&
      value.length <= 12 &&
      [...value].every((c) => c >= '0' && c <= '9')
    ) {
      timestamp = Number(value);
    }
    // Only v1 counts: v0 is a test-mode scheme Stripe's own libraries ignore.
    if (name === 'v1') signatures.push(value);
  }
  if (timestamp === undefined) throw new WebhookVerificationError('Stripe-Signature has no timestamp (t=)');
  if (signatures.length === 0) throw new WebhookVerificationError('Stripe-Signature has no v1 signature');
  return { timestamp, signatures };
}

const objectTypes: Readonly<Record<string, PaymentWebhookEventType>> = {
  'checkout.session.async_payment_succeeded': 'payment.paid',
  'checkout.session.async_payment_failed': 'payment.failed',
  'payment_intent.succeeded': 'payment.paid',
  'payment_intent.amount_capturable_updated': 'payment.capturable',
  'payment_intent.canceled': 'payment.cancelled',
  'charge.captured': 'payment.captured',
  'charge.refunded': 'refund.succeeded',
  'refund.failed': 'refund.failed',
};

/**
 * Stripe's event in the port's words. Session events name the payment (its Checkout Session id);
 * PaymentIntent, charge and refund events name only the intent, so `paymentId` is empty there:
 * `pay.paymentIdOfIntent(...)` finds it.
 */
function neutralEvent(raw: StripeEvent): PaymentWebhookEvent {
  const object = raw.data.object;
  const isSession = object['object'] === 'checkout.session';
  const metadata = (object['metadata'] ?? {}) as Record<string, unknown>;
  let type: PaymentWebhookEventType = objectTypes[raw.type] ?? 'other';
  if (raw.type === 'checkout.session.completed') {
    type =
      object['payment_status'] === 'paid'
        ? 'payment.paid'
        : metadata[delayedCaptureKey] !== undefined
          ? 'payment.capturable'
          : 'other';
  } else if (raw.type === 'checkout.session.expired') {
    type = metadata[cancelledKey] !== undefined ? 'payment.cancelled' : 'payment.expired';
  } else if (raw.type === 'payment_intent.payment_failed') {
    const error = object['last_payment_error'] as { type?: unknown } | null | undefined;
    type = error?.type === 'card_error' ? 'payment.declined' : 'payment.failed';
  } else if (
    (raw.type === 'refund.created' || raw.type === 'refund.updated') &&
    object['status'] === 'succeeded'
  ) {
    type = 'refund.succeeded';
  }
  const isRefund = object['object'] === 'refund';
  let payment: PaymentWebhookEvent['payment'];
  if (isSession) {
    try {
      payment = readPayment(parseSession(object), undefined);
    } catch {
      payment = undefined;
    }
  }
  return {
    id: raw.id,
    type,
    rawType: raw.type,
    occurredAt: new Date(raw.created * 1000),
    paymentId: isSession && typeof object['id'] === 'string' ? object['id'] : '',
    refundId: isRefund && typeof object['id'] === 'string' ? object['id'] : undefined,
    payment,
  };
}
