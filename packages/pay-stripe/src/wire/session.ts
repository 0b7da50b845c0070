import { onFirstUse, z } from '@councilkit/core';
import type {
  CardBrand,
  CardSummary,
  Payment,
  PaymentFailure,
  PaymentStatus,
  RefundSummary,
} from '@councilkit/pay';
import { callerMetadata, cancelledKey, delayedCaptureKey } from './internal-metadata.js';

// Built on first use, like every schema here: importing the adapter builds none.
const chargeSchema = onFirstUse(() =>
  z.object({
    id: z.string(),
    amount: z.number().nullish(),
    amount_captured: z.number().nullish(),
    amount_refunded: z.number().nullish(),
    created: z.number().nullish(),
    payment_method_details: z
      .object({
        card: z
          .object({
            brand: z.string().nullish(),
            last4: z.string().nullish(),
            exp_month: z.number().nullish(),
            exp_year: z.number().nullish(),
            funding: z.string().nullish(),
          })
          .nullish(),
      })
      .nullish(),
  }),
);

const paymentIntentSchema = onFirstUse(() =>
  z.object({
    id: z.string(),
    status: z.string(),
    amount: z.number().nullish(),
    capture_method: z.string().nullish(),
    cancellation_reason: z.string().nullish(),
    last_payment_error: z
      .object({
        code: z.string().nullish(),
        decline_code: z.string().nullish(),
        message: z.string().nullish(),
      })
      .nullish(),
    latest_charge: z.union([z.string(), chargeSchema()]).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  }),
);

const sessionSchema = onFirstUse(() =>
  z.object({
    id: z.string(),
    status: z.string().nullish(),
    payment_status: z.string().nullish(),
    amount_total: z.number().nullish(),
    client_reference_id: z.string().nullish(),
    created: z.number(),
    customer_email: z.string().nullish(),
    customer_details: z.object({ email: z.string().nullish(), name: z.string().nullish() }).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    success_url: z.string().nullish(),
    url: z.string().nullish(),
    payment_intent: z.union([z.string(), paymentIntentSchema()]).nullish(),
    line_items: z
      .object({ data: z.array(z.object({ description: z.string().nullish() })).nullish() })
      .nullish(),
  }),
);

/** A Checkout Session as the adapter reads it: the PaymentIntent and its charge expanded where present. */
export type StripeSession = z.infer<ReturnType<typeof sessionSchema>>;
type StripePaymentIntent = z.infer<ReturnType<typeof paymentIntentSchema>>;
type StripeCharge = z.infer<ReturnType<typeof chargeSchema>>;

/** Reads a session body, tolerating fields Stripe adds. */
export function parseSession(body: unknown): StripeSession {
  return sessionSchema().parse(body);
}

/** The session's PaymentIntent when it was expanded. */
export function intentOf(session: StripeSession): StripePaymentIntent | undefined {
  return typeof session.payment_intent === 'object' && session.payment_intent !== null
    ? session.payment_intent
    : undefined;
}

/** The session's PaymentIntent id, expanded or not. */
export function intentIdOf(session: StripeSession): string | undefined {
  const intent = session.payment_intent;
  return typeof intent === 'string' ? intent : (intent?.id ?? undefined);
}

function chargeOf(intent: StripePaymentIntent | undefined): StripeCharge | undefined {
  const charge = intent?.latest_charge;
  return typeof charge === 'object' && charge !== null ? charge : undefined;
}

/** The neutral status of a session and its PaymentIntent. */
export function statusOf(session: StripeSession): PaymentStatus {
  const intent = intentOf(session);
  const metadata = session.metadata ?? {};
  switch (session.status) {
    case 'complete':
      if (intent?.status === 'requires_capture') return 'capturable';
      if (intent?.status === 'canceled')
        return intent.cancellation_reason === 'automatic' ? 'expired' : 'cancelled';
      if (intent?.status === 'processing') return 'in_progress';
      return session.payment_status === 'paid' || intent?.status === 'succeeded' ? 'paid' : 'in_progress';
    case 'expired':
      if (metadata[cancelledKey] !== undefined) return 'cancelled';
      // The user's last card was refused and the session then closed: the payment ended declined.
      if (intent?.last_payment_error) return 'declined';
      return 'expired';
    default:
      return intent ? 'in_progress' : 'created';
  }
}

const brands: Readonly<Record<string, CardBrand>> = {
  visa: 'visa',
  mastercard: 'mastercard',
  amex: 'amex',
  diners: 'diners',
  discover: 'discover',
  jcb: 'jcb',
  unionpay: 'unionpay',
  maestro: 'maestro',
};

function cardOf(session: StripeSession, charge: StripeCharge | undefined): CardSummary | undefined {
  const card = charge?.payment_method_details?.card;
  if (!card) return undefined;
  const funding = card.funding;
  return {
    brand: brands[card.brand ?? ''] ?? 'other',
    rawBrand: card.brand ?? undefined,
    lastFour: card.last4 ?? undefined,
    expiryMonth: card.exp_month ?? undefined,
    expiryYear: card.exp_year ?? undefined,
    cardholderName: session.customer_details?.name ?? undefined,
    fundingType: funding === 'debit' || funding === 'credit' || funding === 'prepaid' ? funding : undefined,
  };
}

function refundSummaryOf(
  intent: StripePaymentIntent | undefined,
  charge: StripeCharge | undefined,
): RefundSummary | undefined {
  if (intent?.status !== 'succeeded' || !charge) return undefined;
  const captured = charge.amount_captured ?? 0;
  const refunded = charge.amount_refunded ?? 0;
  const available = Math.max(0, captured - refunded);
  return {
    status: available > 0 ? 'available' : refunded > 0 ? 'full' : 'unavailable',
    amountAvailable: available,
    amountRefunded: refunded,
  };
}

function failureOf(
  intent: StripePaymentIntent | undefined,
  status: PaymentStatus,
): PaymentFailure | undefined {
  const error = intent?.last_payment_error;
  if (!error || status === 'paid' || status === 'capturable') return undefined;
  return { code: error.decline_code ?? error.code ?? 'payment_failed', message: error.message ?? undefined };
}

/** A session, its PaymentIntent and charge as the port's `Payment`. */
export function readPayment(session: StripeSession, description: string | undefined): Payment {
  const intent = intentOf(session);
  const charge = chargeOf(intent);
  const status = statusOf(session);
  const metadata = session.metadata ?? {};
  const email = session.customer_details?.email ?? session.customer_email ?? undefined;
  const rawStatus = `${session.status ?? 'unknown'}/${session.payment_status ?? 'unknown'}${intent ? `/${intent.status}` : ''}`;
  return {
    id: session.id,
    amount: session.amount_total ?? intent?.amount ?? 0,
    currency: 'GBP',
    reference: session.client_reference_id ?? '',
    description: description ?? session.line_items?.data?.[0]?.description ?? '',
    status,
    rawStatus,
    failure: failureOf(intent, status),
    nextUrl: session.status === 'open' ? (session.url ?? undefined) : undefined,
    returnUrl: session.success_url ?? undefined,
    email,
    metadata: callerMetadata(session.metadata),
    card: cardOf(session, charge),
    refundSummary: refundSummaryOf(intent, charge),
    delayedCapture: intent ? intent.capture_method === 'manual' : metadata[delayedCaptureKey] !== undefined,
    createdAt: new Date(session.created * 1000),
    providerMetadata: {
      stripe: {
        checkoutSessionId: session.id,
        paymentIntentId: intentIdOf(session),
        sessionStatus: session.status ?? undefined,
        paymentStatus: session.payment_status ?? undefined,
        paymentIntentStatus: intent?.status,
        chargeId: charge?.id,
      },
    },
  };
}
