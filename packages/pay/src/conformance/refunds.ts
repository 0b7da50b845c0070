import { expect } from 'vitest';
import { expectFailure, type SuiteContext, unknownIdLike } from './suite-context.js';

/** Refunds: full and partial, settled and failed, and the checks that stop a refund being paid twice. */
export function registerRefundTests({ harness, test, paymentInput, paidPayment }: SuiteContext): void {
  test(
    'a full refund is pending or succeeded, readable, listed, and empties what is available',
    ['refunds'],
    async () => {
      const { provider, backdoor } = harness();
      const payment = await paidPayment();
      const refund = await provider.createRefund(payment.id, { amount: payment.amount });
      expect(refund).toMatchObject({ paymentId: payment.id, amount: payment.amount });
      expect(['pending', 'succeeded']).toContain(refund.status);
      expect(typeof refund.rawStatus).toBe('string');
      expect(refund.createdAt).toBeInstanceOf(Date);
      await backdoor.settleRefund(payment.id, refund.id);
      const read = await provider.getRefund(payment.id, refund.id);
      expect(read).toMatchObject({
        id: refund.id,
        paymentId: payment.id,
        amount: payment.amount,
        status: 'succeeded',
      });
      const listed = await provider.listRefunds(payment.id);
      expect(listed.map((item) => item.id)).toEqual([refund.id]);
      const after = await provider.getPayment(payment.id);
      expect(after.refundSummary?.amountAvailable).toBe(0);
      expect(after.refundSummary?.amountRefunded).toBe(payment.amount);
    },
  );

  test('a refund that fails at the provider shows as failed', ['refunds'], async () => {
    const { provider, backdoor } = harness();
    const payment = await paidPayment();
    const refund = await provider.createRefund(payment.id, { amount: payment.amount });
    await backdoor.failRefund(payment.id, refund.id);
    expect((await provider.getRefund(payment.id, refund.id)).status).toBe('failed');
  });

  test(
    'partial refunds add up, and more than is left is refused naming the amount',
    ['refunds', 'partialRefunds'],
    async () => {
      const { provider } = harness();
      const payment = await paidPayment();
      const part = Math.floor(payment.amount / 4);
      await provider.createRefund(payment.id, { amount: part });
      await provider.createRefund(payment.id, {
        amount: part,
        expectedAmountAvailable: payment.amount - part,
      });
      const after = await provider.getPayment(payment.id);
      expect(after.refundSummary?.amountAvailable).toBe(payment.amount - 2 * part);
      expect((await provider.listRefunds(payment.id)).length).toBe(2);
      await expectFailure(
        () => provider.createRefund(payment.id, { amount: payment.amount }),
        'validation_failed',
        'amount',
      );
    },
  );

  test(
    'a refund made against a stale amount available is a ConflictError',
    ['refunds', 'partialRefunds'],
    async () => {
      const { provider } = harness();
      const payment = await paidPayment();
      const part = Math.floor(payment.amount / 4);
      await provider.createRefund(payment.id, { amount: part, expectedAmountAvailable: payment.amount });
      // The same screen submitted again: the amount it saw is no longer available.
      await expectFailure(
        () => provider.createRefund(payment.id, { amount: part, expectedAmountAvailable: payment.amount }),
        'conflict',
      );
      expect((await provider.listRefunds(payment.id)).length).toBe(1);
    },
  );

  test('a payment that is not paid cannot be refunded: ConflictError', ['refunds'], async () => {
    const { provider } = harness();
    const created = await provider.createPayment(paymentInput());
    await expectFailure(() => provider.createRefund(created.id, { amount: 100 }), 'conflict');
  });

  test('getRefund of an id that names nothing is a NotFoundError', ['refunds'], async () => {
    const { provider } = harness();
    const payment = await paidPayment();
    const refund = await provider.createRefund(payment.id, { amount: 100 });
    await expectFailure(() => provider.getRefund(payment.id, unknownIdLike(refund.id)), 'not_found');
  });
}
