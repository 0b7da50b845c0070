import type { EmulatorClock } from '../notify/clock.js';
import { IdempotencyStore } from './idempotency.js';
import { newId } from './ids.js';
import { chargeObject, paymentIntentObject, refundObject, sessionObject } from './objects.js';
import type {
  ChargeRecord,
  EventRecord,
  PaymentIntentRecord,
  RefundRecord,
  SessionRecord,
} from './records.js';
import type { WebhookSender } from './webhook-sender.js';

/** The API version the emulator answers with, the one stripe-node 23 pins. */
export const apiVersion = '2026-10-28.endive';

/** Seven days: how long Stripe holds an uncaptured card payment before it lapses. */
export const holdSeconds = 7 * 24 * 60 * 60;

/** Which request caused an event, as `event.request` shows it. */
export interface RequestInfo {
  readonly id: string | null;
  readonly idempotencyKey: string | null;
  /** Scheme, host and port the request came to: URLs in objects are built from it. */
  readonly origin: string;
}

/** Everything one Stripe emulator holds. */
export interface StripeState {
  readonly basePath: string;
  readonly clock: EmulatorClock;
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly sessions: Map<string, SessionRecord>;
  readonly intents: Map<string, PaymentIntentRecord>;
  readonly charges: Map<string, ChargeRecord>;
  readonly refunds: Map<string, RefundRecord>;
  readonly events: Map<string, EventRecord>;
  readonly idempotency: IdempotencyStore;
  readonly webhooks: WebhookSender;
  /** The origin of the last request, so events raised by the clock still carry full URLs. */
  lastOrigin: string;
  forcedRateLimits: number;
  nextSequence(): number;
  nowSeconds(): number;
  /** Records an event and posts it to the webhook endpoint, if one is set. */
  emit(type: string, object: Record<string, unknown>, request: RequestInfo | null): void;
  /** Applies what the clock has made due: expired sessions, lapsed holds. */
  settle(): void;
}

/** Makes an empty state. */
export function createStripeState(options: {
  basePath: string;
  clock: EmulatorClock;
  secretKey: string;
  webhookSecret: string;
  webhooks: WebhookSender;
}): StripeState {
  let sequence = 0;
  const state: StripeState = {
    ...options,
    sessions: new Map(),
    intents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    events: new Map(),
    idempotency: new IdempotencyStore(),
    lastOrigin: 'http://127.0.0.1',
    forcedRateLimits: 0,
    nextSequence: () => ++sequence,
    nowSeconds: () => Math.floor(options.clock.now().getTime() / 1000),
    emit(type, object, request) {
      const event: EventRecord = {
        id: newId.event(),
        sequence: state.nextSequence(),
        created: state.nowSeconds(),
        type,
        object,
        request: { id: request?.id ?? null, idempotency_key: request?.idempotencyKey ?? null },
      };
      state.events.set(event.id, event);
      if (state.webhooks.configured) state.webhooks.send(JSON.stringify(eventObject(event, 1), null, 2));
    },
    settle() {
      const now = state.nowSeconds();
      for (const session of state.sessions.values()) {
        if (session.status === 'open' && now >= session.expiresAt) expireSession(state, session, null);
      }
      for (const intent of state.intents.values()) {
        const charge = intent.latestChargeId ? state.charges.get(intent.latestChargeId) : undefined;
        if (intent.status === 'requires_capture' && charge && now >= charge.captureBefore) {
          // An authorisation that was never captured lapses: the hold is released.
          intent.status = 'canceled';
          intent.canceledAt = now;
          intent.cancellationReason = 'automatic';
          intent.amountCapturable = 0;
          state.emit('charge.expired', chargeObject(charge), null);
          state.emit('payment_intent.canceled', paymentIntentObject(state, intent), null);
        }
      }
    },
  };
  return state;
}

/** An `event` as the API and webhooks show it. */
export function eventObject(event: EventRecord, pendingWebhooks = 0): Record<string, unknown> {
  return {
    id: event.id,
    object: 'event',
    api_version: apiVersion,
    created: event.created,
    data: { object: event.object },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request: event.request,
    type: event.type,
  };
}

/** Expires an open session: no more payment, its PaymentIntent (if any) is cancelled. */
export function expireSession(state: StripeState, session: SessionRecord, request: RequestInfo | null): void {
  session.status = 'expired';
  const intent = session.paymentIntentId ? state.intents.get(session.paymentIntentId) : undefined;
  if (intent && intent.status !== 'succeeded' && intent.status !== 'canceled') {
    intent.status = 'canceled';
    intent.canceledAt = state.nowSeconds();
    intent.cancellationReason = 'abandoned';
    state.emit('payment_intent.canceled', paymentIntentObject(state, intent), request);
  }
  state.emit(
    'checkout.session.expired',
    sessionObject(state, session, request?.origin ?? state.lastOrigin),
    request,
  );
}

/** Emits the refund's events. */
export function emitRefundEvents(state: StripeState, refund: RefundRecord, request: RequestInfo): void {
  state.emit('refund.created', refundObject(refund), request);
  const charge = state.charges.get(refund.chargeId);
  if (charge) state.emit('charge.refunded', chargeObject(charge), request);
}
