import { newId } from './ids.js';
import { chargeObject, paymentIntentObject, sessionObject } from './objects.js';
import type { ChargeRecord, PaymentIntentRecord, SessionRecord } from './records.js';
import { holdSeconds, type RequestInfo, type StripeState } from './stripe-state.js';
import { type CardDetails, cardDetails, outcomeOfCard } from './test-cards.js';

/** What the customer typed on the hosted page. */
export interface CardEntry {
  readonly number: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly name: string | null;
  readonly email: string | null;
}

/** How a payment attempt ended. */
export type PaymentAttempt =
  | { readonly kind: 'paid' }
  | { readonly kind: 'declined'; readonly message: string }
  | { readonly kind: 'authenticate' }
  | { readonly kind: 'unknown-card' };

/**
 * Pays an open session with a test card, as pressing Pay on the hosted page does: the
 * PaymentIntent is made at this moment (Stripe defers it since 2022-08-01), then it succeeds,
 * is held for capture, is declined or waits for authentication, with the matching events.
 */
export function payWithCard(
  state: StripeState,
  session: SessionRecord,
  card: CardEntry,
  request: RequestInfo,
): PaymentAttempt {
  const outcome = outcomeOfCard(card.number);
  if (!outcome) return { kind: 'unknown-card' };
  const intent = intentFor(state, session, request);
  intent.paymentMethodId = newId.paymentMethod();
  intent.card = cardDetails(card.number, card.expMonth, card.expYear);
  session.customerName = card.name;
  session.customerDetailsEmail = card.email ?? session.customerEmail;
  if (outcome.kind === 'success') {
    succeed(state, session, intent, request);
    return { kind: 'paid' };
  }
  if (outcome.kind === 'authenticate') {
    intent.status = 'requires_action';
    return { kind: 'authenticate' };
  }
  const error = {
    type: 'card_error',
    code: outcome.code,
    ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
    message: outcome.message,
  };
  fail(state, intent, intent.card, error, request);
  return { kind: 'declined', message: outcome.message };
}

/** Ends 3-D Secure: approved, the payment goes through; refused, it fails and the session stays open. */
export function finishAuthentication(
  state: StripeState,
  session: SessionRecord,
  approved: boolean,
  request: RequestInfo,
): PaymentAttempt {
  const intent = session.paymentIntentId ? state.intents.get(session.paymentIntentId) : undefined;
  if (intent?.status !== 'requires_action' || !intent.card) return { kind: 'unknown-card' };
  if (approved) {
    succeed(state, session, intent, request);
    return { kind: 'paid' };
  }
  const message =
    'We are unable to authenticate your payment method. Please choose a different payment method and try again.';
  const error = { type: 'card_error', code: 'payment_intent_authentication_failure', message };
  intent.status = 'requires_payment_method';
  intent.lastPaymentError = error;
  state.emit('payment_intent.payment_failed', paymentIntentObject(state, intent), request);
  return { kind: 'declined', message };
}

function intentFor(state: StripeState, session: SessionRecord, request: RequestInfo): PaymentIntentRecord {
  const existing = session.paymentIntentId ? state.intents.get(session.paymentIntentId) : undefined;
  if (existing) return existing;
  const id = newId.paymentIntent();
  const intent: PaymentIntentRecord = {
    id,
    sequence: state.nextSequence(),
    created: state.nowSeconds(),
    amount: session.amountTotal,
    currency: session.currency,
    captureMethod: session.captureMethod,
    metadata: { ...session.paymentIntentMetadata },
    description: session.paymentIntentDescription,
    clientSecret: id + newId.clientSecretTail(),
    sessionId: session.id,
    status: 'requires_payment_method',
    amountCapturable: 0,
    amountReceived: 0,
    canceledAt: null,
    cancellationReason: null,
    lastPaymentError: null,
    latestChargeId: null,
    paymentMethodId: null,
    card: null,
  };
  state.intents.set(id, intent);
  session.paymentIntentId = id;
  state.emit('payment_intent.created', paymentIntentObject(state, intent), request);
  return intent;
}

function newCharge(state: StripeState, intent: PaymentIntentRecord, card: CardDetails): ChargeRecord {
  const now = state.nowSeconds();
  const charge: ChargeRecord = {
    id: newId.charge(),
    created: now,
    amount: intent.amount,
    currency: intent.currency,
    paymentIntentId: intent.id,
    paymentMethodId: intent.paymentMethodId!,
    card,
    captureBefore: now + holdSeconds,
    status: 'succeeded',
    captured: false,
    amountCaptured: 0,
    amountRefunded: 0,
    failureCode: null,
    failureMessage: null,
  };
  state.charges.set(charge.id, charge);
  intent.latestChargeId = charge.id;
  return charge;
}

function succeed(
  state: StripeState,
  session: SessionRecord,
  intent: PaymentIntentRecord,
  request: RequestInfo,
): void {
  const charge = newCharge(state, intent, intent.card!);
  intent.lastPaymentError = null;
  if (intent.captureMethod === 'manual') {
    intent.status = 'requires_capture';
    intent.amountCapturable = intent.amount;
    state.emit('charge.succeeded', chargeObject(charge), request);
    state.emit('payment_intent.amount_capturable_updated', paymentIntentObject(state, intent), request);
  } else {
    charge.captured = true;
    charge.amountCaptured = charge.amount;
    intent.status = 'succeeded';
    intent.amountReceived = intent.amount;
    session.paymentStatus = 'paid';
    state.emit('charge.succeeded', chargeObject(charge), request);
    state.emit('payment_intent.succeeded', paymentIntentObject(state, intent), request);
  }
  session.status = 'complete';
  state.emit('checkout.session.completed', sessionObject(state, session, request.origin), request);
}

function fail(
  state: StripeState,
  intent: PaymentIntentRecord,
  card: CardDetails,
  error: NonNullable<PaymentIntentRecord['lastPaymentError']>,
  request: RequestInfo,
): void {
  const charge = newCharge(state, intent, card);
  charge.status = 'failed';
  charge.failureCode = error.code;
  charge.failureMessage = error.message;
  intent.status = 'requires_payment_method';
  intent.lastPaymentError = error;
  state.emit('charge.failed', chargeObject(charge), request);
  state.emit('payment_intent.payment_failed', paymentIntentObject(state, intent), request);
}
