import type { ChargeRecord, PaymentIntentRecord, RefundRecord, SessionRecord } from './records.js';
import type { StripeState } from './stripe-state.js';

/** Which fields a request asked to expand, as dotted paths (`payment_intent.latest_charge`). */
export type Expand = ReadonlySet<string>;

const none: Expand = new Set();

/** Whether `name` is expanded: asked for itself, or through a path below it (`name.inner`). */
function expands(expand: Expand, name: string): boolean {
  if (expand.has(name)) return true;
  for (const path of expand) if (path.startsWith(`${name}.`)) return true;
  return false;
}

/** Paths below `prefix.`: what to expand inside an expanded field. */
function below(expand: Expand, prefix: string): Expand {
  const inner = new Set<string>();
  for (const path of expand) if (path.startsWith(`${prefix}.`)) inner.add(path.slice(prefix.length + 1));
  return inner;
}

/** A `checkout.session` as the API shows it. */
export function sessionObject(
  state: StripeState,
  session: SessionRecord,
  origin: string,
  expand: Expand = none,
): Record<string, unknown> {
  const intent = session.paymentIntentId ? state.intents.get(session.paymentIntentId) : undefined;
  return {
    id: session.id,
    object: 'checkout.session',
    amount_subtotal: session.amountTotal,
    amount_total: session.amountTotal,
    cancel_url: session.cancelUrl,
    client_reference_id: session.clientReferenceId,
    created: session.created,
    currency: session.currency,
    customer: null,
    customer_details:
      session.status === 'complete'
        ? {
            address: null,
            email: session.customerDetailsEmail,
            name: session.customerName,
            phone: null,
            tax_exempt: 'none',
          }
        : null,
    customer_email: session.customerEmail,
    expires_at: session.expiresAt,
    ...(expands(expand, 'line_items') ? { line_items: lineItemsList(session) } : {}),
    livemode: false,
    locale: session.locale,
    metadata: { ...session.metadata },
    mode: 'payment',
    payment_intent:
      intent && expands(expand, 'payment_intent')
        ? paymentIntentObject(state, intent, below(expand, 'payment_intent'))
        : session.paymentIntentId,
    payment_status: session.paymentStatus,
    status: session.status,
    success_url: session.successUrl,
    ui_mode: 'hosted_page',
    // Only an open session can be paid, so only it has a page.
    url: session.status === 'open' ? `${origin}${state.basePath}/checkout/pay/${session.id}` : null,
  };
}

/** The session's lines as Stripe lists them. */
export function lineItemsList(session: SessionRecord): Record<string, unknown> {
  return {
    object: 'list',
    data: session.lineItems.map((line, index) => ({
      id: `li_${session.id.slice(8, 32)}${index}`,
      object: 'item',
      amount_subtotal: line.unitAmount * line.quantity,
      amount_total: line.unitAmount * line.quantity,
      currency: session.currency,
      description: line.name,
      quantity: line.quantity,
    })),
    has_more: false,
    url: `/v1/checkout/sessions/${session.id}/line_items`,
  };
}

/** A `payment_intent` as the API shows it. */
export function paymentIntentObject(
  state: StripeState,
  intent: PaymentIntentRecord,
  expand: Expand = none,
): Record<string, unknown> {
  const charge = intent.latestChargeId ? state.charges.get(intent.latestChargeId) : undefined;
  return {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amount,
    amount_capturable: intent.amountCapturable,
    amount_received: intent.amountReceived,
    canceled_at: intent.canceledAt,
    cancellation_reason: intent.cancellationReason,
    capture_method: intent.captureMethod,
    client_secret: intent.clientSecret,
    confirmation_method: 'automatic',
    created: intent.created,
    currency: intent.currency,
    customer: null,
    description: intent.description,
    last_payment_error: intent.lastPaymentError,
    latest_charge: charge && expands(expand, 'latest_charge') ? chargeObject(charge) : intent.latestChargeId,
    livemode: false,
    metadata: { ...intent.metadata },
    next_action: null,
    payment_method:
      intent.paymentMethodId && intent.card && expands(expand, 'payment_method')
        ? {
            id: intent.paymentMethodId,
            object: 'payment_method',
            type: 'card',
            card: {
              brand: intent.card.brand,
              last4: intent.card.last4,
              exp_month: intent.card.expMonth,
              exp_year: intent.card.expYear,
              funding: intent.card.funding,
              country: intent.card.country,
            },
            created: intent.created,
            livemode: false,
            metadata: {},
          }
        : intent.paymentMethodId,
    payment_method_types: ['card'],
    status: intent.status,
  };
}

/** A `charge` as the API shows it. */
export function chargeObject(charge: ChargeRecord): Record<string, unknown> {
  return {
    id: charge.id,
    object: 'charge',
    amount: charge.amount,
    amount_captured: charge.amountCaptured,
    amount_refunded: charge.amountRefunded,
    captured: charge.captured,
    created: charge.created,
    currency: charge.currency,
    disputed: false,
    failure_code: charge.failureCode,
    failure_message: charge.failureMessage,
    livemode: false,
    metadata: {},
    paid: charge.status === 'succeeded',
    payment_intent: charge.paymentIntentId,
    payment_method: charge.paymentMethodId,
    payment_method_details: {
      type: 'card',
      card: {
        brand: charge.card.brand,
        last4: charge.card.last4,
        exp_month: charge.card.expMonth,
        exp_year: charge.card.expYear,
        funding: charge.card.funding,
        country: charge.card.country,
        ...(charge.captured ? {} : { capture_before: charge.captureBefore }),
      },
    },
    refunded: charge.amountRefunded > 0 && charge.amountRefunded >= charge.amountCaptured,
    status: charge.status,
  };
}

/** A `refund` as the API shows it. */
export function refundObject(refund: RefundRecord): Record<string, unknown> {
  return {
    id: refund.id,
    object: 'refund',
    amount: refund.amount,
    charge: refund.chargeId,
    created: refund.created,
    currency: refund.currency,
    failure_reason: refund.status === 'failed' ? 'unknown' : undefined,
    metadata: { ...refund.metadata },
    payment_intent: refund.paymentIntentId,
    reason: refund.reason,
    status: refund.status,
  };
}
