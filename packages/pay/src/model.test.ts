import { describe, expect, it } from 'vitest';
import { memoryPay } from './index.js';

const valid = {
  amount: 1000,
  reference: 'PERMIT-1',
  description: 'Parking permit',
  returnUrl: 'https://council.example/return',
};

describe('input checks hold whatever the input', () => {
  const pay = memoryPay();
  const hostile: unknown[] = [
    null,
    42,
    'text',
    [],
    Symbol('x'),
    () => 1,
    { ...valid, reference: 'x'.repeat(5_000_000) },
    { ...valid, description: '<'.repeat(1_000_000) },
    { ...valid, returnUrl: `https://${'a'.repeat(1_000_000)}.example` },
    { ...valid, email: `${'a'.repeat(1_000_000)}@example.com` },
    { ...valid, metadata: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'v'])) },
    { ...valid, amount: Number.NaN },
    { ...valid, amount: Number.POSITIVE_INFINITY },
    { ...valid, amount: 2 ** 60 },
    Object.create(null),
  ];

  it('answers every hostile input with a ValidationError, quickly', async () => {
    for (const input of hostile) {
      const started = performance.now();
      const error = await pay.createPayment(input as never).catch((caught: unknown) => caught);
      expect(error, String(typeof input)).toMatchObject({ code: 'validation_failed' });
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(pay.controls.payments()).toEqual([]);
  });

  it('answers hostile ids and filters with a ValidationError', async () => {
    for (const id of [undefined, null, 1, {}, 'x'.repeat(10_000)]) {
      await expect(pay.getPayment(id as never)).rejects.toMatchObject({
        code: 'validation_failed',
        field: 'id',
      });
    }
    for (const filter of [
      42,
      'paid',
      { status: 'x'.repeat(1_000_000) },
      { createdFrom: new Date(Number.NaN) },
    ]) {
      await expect(async () => {
        for await (const _ of pay.searchPayments(filter as never)) break;
      }).rejects.toMatchObject({ code: 'validation_failed' });
    }
  });

  it('keeps the neutral limits every provider accepts', async () => {
    await expect(pay.createPayment({ ...valid, reference: 'x'.repeat(200) })).resolves.toMatchObject({
      status: 'created',
    });
    await expect(pay.createPayment({ ...valid, amount: 10_000_000 })).resolves.toMatchObject({
      amount: 10_000_000,
    });
    await expect(
      pay.createPayment({
        ...valid,
        metadata: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, 'v'])),
      }),
    ).resolves.toMatchObject({ status: 'created' });
    await expect(
      pay.createPayment({ ...valid, metadata: { Ledger: 'a', ledger: 'b' } }),
    ).rejects.toMatchObject({
      field: 'metadata',
    });
  });
});
