import { invalidArgument } from '../../errors.js';
import { newExternalId } from './api-key.js';
import type { PayControl } from './emulator-types.js';
import { cardRecordFor } from './routes/card-page-routes.js';
import type { PayState } from './state.js';
import { failures, isFinished } from './statuses.js';
import { cardOutcome } from './test-cards.js';
import type { PaymentRecord } from './types.js';

/** The emulator's test backdoor, moving payments as the card page and the payment provider would. */
export function createPayControl(state: PayState): PayControl {
  const payment = (paymentId: string): PaymentRecord => {
    if (typeof paymentId !== 'string') throw invalidArgument('paymentId', 'must be a payment id');
    const record = state.payments.get(paymentId);
    if (record === undefined) throw invalidArgument('paymentId', 'names no payment in this emulator');
    return record;
  };
  const unfinished = (paymentId: string): PaymentRecord => {
    const record = payment(paymentId);
    if (isFinished(record.status) || record.status === 'capturable' || record.status === 'submitted')
      throw invalidArgument('paymentId', `names a payment the user can no longer pay (${record.status})`);
    return record;
  };
  const refund = (paymentId: string, refundId: string) => {
    const found = payment(paymentId).refunds.find((candidate) => candidate.refundId === refundId);
    if (found === undefined) throw invalidArgument('refundId', 'names no refund of this payment');
    return found;
  };
  const testCard = (digits: string) =>
    cardRecordFor(digits, 12, state.clock.now().getUTCFullYear() + 3, 'Sandbox User');

  return {
    complete(paymentId, cardNumber = '4444333322221111') {
      const record = unfinished(paymentId);
      if (cardOutcome(cardNumber) !== 'success')
        throw invalidArgument('cardNumber', 'is not a test card that succeeds');
      state.payments.start(record);
      state.payments.authorise(record, testCard(cardNumber));
      state.payments.confirm(record);
    },
    decline(paymentId) {
      const record = unfinished(paymentId);
      state.payments.start(record);
      state.payments.fail(record, failures.declined, testCard('4000000000000002'));
    },
    error(paymentId) {
      const record = unfinished(paymentId);
      state.payments.start(record);
      state.payments.fail(record, failures.error, testCard('4000000000000119'));
    },
    cancelByUser(paymentId) {
      state.payments.fail(unfinished(paymentId), failures.cancelledByUser);
    },
    expire(paymentId) {
      const record = payment(paymentId);
      if (isFinished(record.status))
        throw invalidArgument('paymentId', `names a finished payment (${record.status})`);
      state.payments.fail(record, failures.expired);
    },
    advanceTime(milliseconds) {
      state.clock.advance(milliseconds);
      state.payments.settle();
    },
    settleRefund(paymentId, refundId) {
      state.payments.settleRefund(payment(paymentId), refund(paymentId, refundId), 'success');
    },
    failRefund(paymentId, refundId) {
      state.payments.settleRefund(payment(paymentId), refund(paymentId, refundId), 'error');
    },
    raiseDispute(paymentId, status = 'needs_response') {
      const record = payment(paymentId);
      if (record.status !== 'success')
        throw invalidArgument('paymentId', 'names a payment that was not paid');
      const now = state.clock.now();
      const disputeId = newExternalId();
      state.disputes.push({
        disputeId,
        paymentId,
        amount: record.amount,
        fee: 1500,
        status,
        reason: 'fraudulent',
        createdAt: now,
        evidenceDueAt: new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000),
      });
      return disputeId;
    },
    forceRateLimit(count = 1) {
      if (!Number.isInteger(count) || count < 1) throw invalidArgument('count', 'must be an integer >= 1');
      state.rateLimiter.force(count);
    },
    setWebhookUrl(url) {
      if (url !== undefined && !URL.canParse(url)) throw invalidArgument('url', 'must be a URL');
      state.webhooks.settings.url = url;
    },
    webhookDeliveries: () => state.webhooks.deliveries,
    webhooksIdle: () => state.webhooks.idle(),
    payment: (paymentId) => state.payments.get(paymentId),
    refunds: (paymentId) => payment(paymentId).refunds,
  };
}

/** A webhook secret in GOV.UK Pay's form, fixed so it is the same on every start. */
export const sandboxWebhookSecret = `webhook_test_${'councilkitsandboxsecret'.padEnd(26, '0')}`;
