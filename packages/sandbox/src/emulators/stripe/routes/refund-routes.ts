import type { Hono } from 'hono';
import { invalidRequest, resourceMissing } from '../api-error.js';
import { apiRoute } from '../api-route.js';
import { newId } from '../ids.js';
import { listPage, newestFirst } from '../lists.js';
import { refundObject } from '../objects.js';
import { integerParam, metadataParam, onlyKnown, pageParams, stringParam } from '../params.js';
import type { ChargeRecord, RefundRecord } from '../records.js';
import { emitRefundEvents, type StripeState } from '../stripe-state.js';

const reasons = ['duplicate', 'fraudulent', 'requested_by_customer'];

/** `/v1/refunds`: create (whole or partial, until the charge is exhausted), retrieve and list. */
export function registerRefundRoutes(app: Hono, state: StripeState): void {
  apiRoute(app, state, 'post', '/v1/refunds', ({ params, request }) => {
    onlyKnown(params, ['payment_intent', 'charge', 'amount', 'reason', 'metadata']);
    const charge = chargeToRefund(
      state,
      stringParam(params, 'payment_intent'),
      stringParam(params, 'charge'),
    );
    const reason = stringParam(params, 'reason') ?? null;
    if (reason !== null && !reasons.includes(reason)) {
      throw invalidRequest(`Invalid reason: must be one of ${reasons.join(', ')}`, 'reason');
    }
    const remaining = charge.amountCaptured - charge.amountRefunded;
    if (remaining <= 0) {
      throw invalidRequest(
        `Charge ${charge.id} has already been refunded.`,
        undefined,
        'charge_already_refunded',
      );
    }
    const amount = integerParam(params, 'amount') ?? remaining;
    if (amount < 1) throw invalidRequest('This value must be greater than or equal to 1.', 'amount');
    if (amount > remaining) {
      throw invalidRequest(
        `Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(remaining, charge.currency)})`,
        'amount',
        'amount_too_large',
      );
    }
    charge.amountRefunded += amount;
    const refund: RefundRecord = {
      id: newId.refund(),
      sequence: state.nextSequence(),
      created: state.nowSeconds(),
      amount,
      currency: charge.currency,
      chargeId: charge.id,
      paymentIntentId: charge.paymentIntentId,
      reason,
      metadata: metadataParam(params),
      // Test-mode card refunds succeed at once.
      status: 'succeeded',
    };
    state.refunds.set(refund.id, refund);
    emitRefundEvents(state, refund, request);
    return refundObject(refund);
  });

  apiRoute(app, state, 'get', '/v1/refunds', ({ params }) => {
    const paymentIntent = stringParam(params, 'payment_intent');
    const charge = stringParam(params, 'charge');
    const refunds = newestFirst(state.refunds.values()).filter(
      (refund) =>
        (paymentIntent === undefined || refund.paymentIntentId === paymentIntent) &&
        (charge === undefined || refund.chargeId === charge),
    );
    return listPage(refunds, pageParams(params), '/v1/refunds', refundObject);
  });

  apiRoute(app, state, 'get', '/v1/refunds/:id', ({ path }) => {
    const refund = state.refunds.get(path['id']!);
    if (!refund) throw resourceMissing('refund', path['id']!);
    return refundObject(refund);
  });
}

function chargeToRefund(
  state: StripeState,
  paymentIntentId: string | undefined,
  chargeId: string | undefined,
): ChargeRecord {
  if (paymentIntentId === undefined && chargeId === undefined) {
    throw invalidRequest(
      'One of the following params should be provided for this request: payment_intent or charge.',
    );
  }
  if (chargeId !== undefined) {
    const charge = state.charges.get(chargeId);
    if (!charge) throw resourceMissing('charge', chargeId, 'charge');
    return charge;
  }
  const intent = state.intents.get(paymentIntentId!);
  if (!intent) throw resourceMissing('payment_intent', paymentIntentId!, 'payment_intent');
  const charge = intent.latestChargeId ? state.charges.get(intent.latestChargeId) : undefined;
  if (!charge || intent.status !== 'succeeded') {
    throw invalidRequest(
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      'payment_intent',
    );
  }
  return charge;
}

function money(amount: number, currency: string): string {
  const symbol = currency === 'gbp' ? '£' : currency === 'eur' ? '€' : '$';
  return `${symbol}${(amount / 100).toFixed(2)}`;
}
