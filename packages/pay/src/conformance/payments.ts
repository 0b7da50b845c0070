import { passesLuhnCheck } from '@councilkit/core';
import { expect } from 'vitest';
import { isFinalPaymentStatus } from '../model.js';
import {
  collect,
  expectFailure,
  expectWellFormed,
  type SuiteContext,
  unknownIdLike,
} from './suite-context.js';

/** Creating, reading and moving payments through their statuses. */
export function registerPaymentTests({ harness, test, paymentInput, paidPayment }: SuiteContext): void {
  test('createPayment returns a created payment with a page for the user', [], async () => {
    const { provider, fixtures } = harness();
    const email = fixtures?.email ?? 'resident@example.com';
    const input = paymentInput({ email, metadata: { ledgerCode: 'PK-01', permitType: 'resident' } });
    const payment = await provider.createPayment(input);
    expectWellFormed(payment);
    expect(payment).toMatchObject({
      amount: input.amount,
      reference: input.reference,
      description: input.description,
      returnUrl: input.returnUrl,
      email,
      status: 'created',
      delayedCapture: false,
      metadata: { ledgerCode: 'PK-01', permitType: 'resident' },
    });
    expect(payment.nextUrl).toMatch(/^https?:\/\//);
    expect(isFinalPaymentStatus(payment.status)).toBe(false);
  });

  test('getPayment reads back what was created, still payable', [], async () => {
    const { provider } = harness();
    const input = paymentInput();
    const created = await provider.createPayment(input);
    const read = await provider.getPayment(created.id);
    expectWellFormed(read);
    expect(read.id).toBe(created.id);
    expect(read).toMatchObject({ amount: input.amount, reference: input.reference, status: 'created' });
    expect(read.nextUrl).toMatch(/^https?:\/\//);
    expect(read.createdAt.getTime()).toBe(created.createdAt.getTime());
  });

  test('getPayment of an id that names nothing is a NotFoundError', [], async () => {
    const { provider } = harness();
    const created = await provider.createPayment(paymentInput());
    await expectFailure(() => provider.getPayment(unknownIdLike(created.id)), 'not_found');
  });

  test(
    'a completed payment is paid, shows the card but never its number, and can be refunded',
    [],
    async () => {
      const payment = await paidPayment();
      expect(payment.status).toBe('paid');
      expect(isFinalPaymentStatus(payment.status)).toBe(true);
      expect(payment.nextUrl).toBeUndefined();
      expect(payment.card?.brand).toEqual(expect.any(String));
      expect(payment.card?.lastFour).toMatch(/^\d{4}$/);
      // The id and reference are opaque text that may hold a long run of digits by chance; anywhere
      // else, a card number is a run of 13 to 19 digits that passes the Luhn check.
      const { id: _id, reference: _reference, ...shown } = payment;
      const digitRuns = JSON.stringify(shown).match(/\d{13,19}/g) ?? [];
      expect(digitRuns.filter(passesLuhnCheck)).toEqual([]);
      expect(payment.refundSummary).toMatchObject({ amountAvailable: payment.amount, amountRefunded: 0 });
    },
  );

  test('a declined card leaves the payment declined, with the reason', [], async () => {
    const { provider, backdoor } = harness();
    const created = await provider.createPayment(paymentInput());
    await backdoor.decline(created.id);
    const payment = await provider.getPayment(created.id);
    expect(payment.status).toBe('declined');
    expect(payment.failure?.code).toEqual(expect.any(String));
    expect(payment.nextUrl).toBeUndefined();
    expect(isFinalPaymentStatus(payment.status)).toBe(true);
  });

  test('a payment not finished in time is expired', [], async () => {
    const { provider, backdoor } = harness();
    const created = await provider.createPayment(paymentInput());
    await backdoor.expire(created.id);
    const payment = await provider.getPayment(created.id);
    expect(payment.status).toBe('expired');
    expect(payment.nextUrl).toBeUndefined();
  });

  test('cancelPayment cancels an unfinished payment; a paid one is a ConflictError', ['cancel'], async () => {
    const { provider } = harness();
    const created = await provider.createPayment(paymentInput());
    await provider.cancelPayment(created.id);
    const cancelled = await provider.getPayment(created.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.nextUrl).toBeUndefined();
    const paid = await paidPayment();
    await expectFailure(() => provider.cancelPayment(paid.id), 'conflict');
  });

  test(
    'delayed capture: a completed payment waits as capturable until captured',
    ['delayedCapture'],
    async () => {
      const { provider, backdoor } = harness();
      const created = await provider.createPayment(paymentInput({ delayedCapture: true }));
      expect(created.delayedCapture).toBe(true);
      await expectFailure(() => provider.capturePayment(created.id), 'conflict');
      await backdoor.complete(created.id);
      const capturable = await provider.getPayment(created.id);
      expect(capturable.status).toBe('capturable');
      expect(capturable.nextUrl).toBeUndefined();
      await provider.capturePayment(created.id);
      expect((await provider.getPayment(created.id)).status).toBe('paid');
    },
  );

  test('a capturable payment can be cancelled instead', ['delayedCapture', 'cancel'], async () => {
    const { provider, backdoor } = harness();
    const created = await provider.createPayment(paymentInput({ delayedCapture: true }));
    await backdoor.complete(created.id);
    await provider.cancelPayment(created.id);
    expect((await provider.getPayment(created.id)).status).toBe('cancelled');
  });

  test('listPaymentEvents gives the statuses, oldest first', ['paymentEvents'], async () => {
    const { provider } = harness();
    const payment = await paidPayment();
    const events = await provider.listPaymentEvents(payment.id);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]?.status).toBe('created');
    expect(events.at(-1)?.status).toBe('paid');
    for (const event of events) {
      expect(event.paymentId).toBe(payment.id);
      expect(event.occurredAt).toBeInstanceOf(Date);
    }
    const times = events.map((event) => event.occurredAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  test('searchPayments finds payments by reference, and by reference and status', ['search'], async () => {
    const { provider } = harness();
    const input = paymentInput();
    const first = await provider.createPayment(input);
    const second = await paidPayment({ reference: input.reference });
    const found = await collect(provider.searchPayments({ reference: input.reference }));
    expect(found.map((payment) => payment.id).sort()).toEqual([first.id, second.id].sort());
    for (const payment of found) expectWellFormed(payment);
    const paid = await collect(provider.searchPayments({ reference: input.reference, status: 'paid' }));
    expect(paid.map((payment) => payment.id)).toEqual([second.id]);
  });

  test('searchPayments by dates excludes payments outside them', ['search'], async () => {
    const { provider } = harness();
    const input = paymentInput();
    const created = await provider.createPayment(input);
    const later = new Date(created.createdAt.getTime() + 60_000);
    const none = await collect(provider.searchPayments({ reference: input.reference, createdFrom: later }));
    expect(none).toEqual([]);
    const some = await collect(
      provider.searchPayments({
        reference: input.reference,
        createdFrom: new Date(created.createdAt.getTime() - 60_000),
        createdTo: later,
      }),
    );
    expect(some.map((payment) => payment.id)).toEqual([created.id]);
  });
}
