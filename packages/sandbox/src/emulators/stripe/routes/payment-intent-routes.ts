import type { Hono } from 'hono';
import { invalidRequest, resourceMissing } from '../api-error.js';
import { apiRoute } from '../api-route.js';
import { listPage, newestFirst } from '../lists.js';
import { chargeObject, paymentIntentObject } from '../objects.js';
import { integerParam, onlyKnown, pageParams, stringParam } from '../params.js';
import type { PaymentIntentRecord } from '../records.js';
import type { StripeState } from '../stripe-state.js';

const cancellationReasons = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'];

/** `/v1/payment_intents`: retrieve, list, capture and cancel. */
export function registerPaymentIntentRoutes(app: Hono, state: StripeState): void {
  const find = (id: string): PaymentIntentRecord => {
    const intent = state.intents.get(id);
    if (!intent) throw resourceMissing('payment_intent', id, 'intent');
    return intent;
  };

  apiRoute(app, state, 'get', '/v1/payment_intents', ({ params, expand }) =>
    listPage(newestFirst(state.intents.values()), pageParams(params), '/v1/payment_intents', (intent) =>
      paymentIntentObject(
        state,
        intent,
        new Set([...expand].filter((path) => path.startsWith('data.')).map((path) => path.slice(5))),
      ),
    ),
  );

  apiRoute(app, state, 'get', '/v1/payment_intents/:id', ({ path, expand }) =>
    paymentIntentObject(state, find(path['id']!), expand),
  );

  apiRoute(app, state, 'post', '/v1/payment_intents/:id/capture', ({ path, params, request, expand }) => {
    onlyKnown(params, ['amount_to_capture', 'metadata']);
    const intent = find(path['id']!);
    if (intent.status !== 'requires_capture') {
      throw unexpectedState(
        intent,
        `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      );
    }
    const amount = integerParam(params, 'amount_to_capture') ?? intent.amountCapturable;
    if (amount < 1 || amount > intent.amountCapturable) {
      throw invalidRequest(
        `The amount to capture must be between 1 and the amount capturable (${intent.amountCapturable}).`,
        'amount_to_capture',
        'amount_too_large',
      );
    }
    const charge = state.charges.get(intent.latestChargeId!)!;
    charge.captured = true;
    charge.amountCaptured = amount;
    intent.status = 'succeeded';
    intent.amountReceived = amount;
    intent.amountCapturable = 0;
    const session = intent.sessionId ? state.sessions.get(intent.sessionId) : undefined;
    if (session) session.paymentStatus = 'paid';
    state.emit('charge.captured', chargeObject(charge), request);
    state.emit('payment_intent.succeeded', paymentIntentObject(state, intent), request);
    return paymentIntentObject(state, intent, expand);
  });

  apiRoute(app, state, 'post', '/v1/payment_intents/:id/cancel', ({ path, params, request, expand }) => {
    onlyKnown(params, ['cancellation_reason']);
    const intent = find(path['id']!);
    const reason = stringParam(params, 'cancellation_reason') ?? null;
    if (reason !== null && !cancellationReasons.includes(reason)) {
      throw invalidRequest(
        `Invalid cancellation_reason: must be one of ${cancellationReasons.join(', ')}`,
        'cancellation_reason',
      );
    }
    // Checkout owns its PaymentIntents until they are authorised: before that, expire the session.
    const cancellable = intent.sessionId
      ? intent.status === 'requires_capture'
      : ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action'].includes(
          intent.status,
        );
    if (!cancellable) {
      throw unexpectedState(
        intent,
        intent.sessionId && intent.status !== 'succeeded' && intent.status !== 'canceled'
          ? `This PaymentIntent was created by a Checkout Session and can only be canceled in status requires_capture; expire the Checkout Session instead.`
          : `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
      );
    }
    intent.status = 'canceled';
    intent.canceledAt = state.nowSeconds();
    intent.cancellationReason = reason;
    intent.amountCapturable = 0;
    state.emit('payment_intent.canceled', paymentIntentObject(state, intent), request);
    return paymentIntentObject(state, intent, expand);
  });

  function unexpectedState(intent: PaymentIntentRecord, message: string) {
    const error = invalidRequest(message, undefined, 'payment_intent_unexpected_state');
    (error.error as { payment_intent?: unknown }).payment_intent = paymentIntentObject(state, intent);
    return error;
  }
}
