import { invalidArgument } from '../../errors.js';
import { finishAuthentication, payWithCard } from './checkout-payment.js';
import { newId } from './ids.js';
import { newestFirst } from './lists.js';
import { refundObject } from './objects.js';
import { eventObject, expireSession, type RequestInfo, type StripeState } from './stripe-state.js';
import type { StripeControl } from './types.js';

/** The test backdoor over an emulator's state. */
export function createStripeControl(state: StripeState): StripeControl {
  const info = (): RequestInfo => ({ id: newId.request(), idempotencyKey: null, origin: state.lastOrigin });
  const openSession = (id: string) => {
    if (typeof id !== 'string') throw invalidArgument('sessionId', 'must be a Checkout Session id');
    state.settle();
    const session = state.sessions.get(id);
    if (!session) throw invalidArgument('sessionId', 'is not a stored Checkout Session');
    if (session.status !== 'open') throw invalidArgument('sessionId', `is ${session.status}, not open`);
    return session;
  };
  return {
    payCheckoutSession(sessionId, card = {}) {
      const session = openSession(sessionId);
      const expiry = state.clock.now().getUTCFullYear() + 3;
      return payWithCard(
        state,
        session,
        {
          number: card.number ?? '4242424242424242',
          expMonth: 12,
          expYear: expiry,
          name: card.name ?? null,
          email: card.email ?? null,
        },
        info(),
      ).kind;
    },
    authenticate(sessionId, approved) {
      return finishAuthentication(state, openSession(sessionId), approved === true, info()).kind;
    },
    expireCheckoutSession(sessionId) {
      expireSession(state, openSession(sessionId), info());
    },
    failRefund(refundId) {
      const refund = typeof refundId === 'string' ? state.refunds.get(refundId) : undefined;
      if (!refund) throw invalidArgument('refundId', 'is not a stored refund');
      if (refund.status === 'failed') return;
      refund.status = 'failed';
      const charge = state.charges.get(refund.chargeId);
      if (charge) charge.amountRefunded -= refund.amount;
      state.emit('refund.failed', refundObject(refund), info());
      state.emit('refund.updated', refundObject(refund), info());
    },
    advanceTime(milliseconds) {
      state.clock.advance(milliseconds);
      state.settle();
    },
    now: () => state.clock.now(),
    setWebhookEndpoint(url) {
      if (url !== undefined) {
        try {
          new URL(url);
        } catch {
          throw invalidArgument('url', 'must be an absolute URL');
        }
      }
      state.webhooks.setEndpoint(url);
    },
    webhooksSettled: () => state.webhooks.idle(),
    events: () => newestFirst(state.events.values()).map((event) => eventObject(event)),
    forceRateLimit(count) {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument('count', 'must be an integer >= 0');
      state.forcedRateLimits = count;
    },
    reset() {
      state.sessions.clear();
      state.intents.clear();
      state.charges.clear();
      state.refunds.clear();
      state.events.clear();
      state.idempotency.clear();
      state.webhooks.reset();
      state.forcedRateLimits = 0;
    },
  };
}
