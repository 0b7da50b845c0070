import { CouncilKitError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { definePaymentProvider, memoryPay, type PaymentProviderImplementation } from './index.js';

const capabilities = {
  cancel: false,
  delayedCapture: false,
  refunds: false,
  partialRefunds: false,
  paymentEvents: false,
  search: false,
};
const input = {
  amount: 1000,
  reference: 'PERMIT-1',
  description: 'Parking permit',
  returnUrl: 'https://council.example/return',
  email: 'ada.lovelace@example.com',
};

function capturingLogger() {
  const lines: string[] = [];
  const write = (fields: object, message?: string) => lines.push(JSON.stringify({ ...fields, message }));
  return { lines, logger: { error: write, warn: write, info: write, debug: write } };
}

describe('definePaymentProvider', () => {
  it('lists every problem with an implementation in one ConfigError', () => {
    try {
      definePaymentProvider({ provider: '', capabilities: { ...capabilities, refunds: true } } as never);
      expect.unreachable();
    } catch (error) {
      expect(CouncilKitError.isInstance(error) && error.code).toBe('config_invalid');
      const paths = (error as { issues: { path: string }[] }).issues.map((issue) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining(['provider', 'createPayment', 'getPayment', 'createRefund']),
      );
    }
  });

  it('checks input before the adapter runs, naming the field', async () => {
    let called = 0;
    const implementation: PaymentProviderImplementation = {
      provider: 'test',
      capabilities,
      createPayment: async () => {
        called += 1;
        throw new Error('unreachable');
      },
      getPayment: async () => {
        called += 1;
        throw new Error('unreachable');
      },
    };
    const pay = definePaymentProvider(implementation);
    await expect(pay.createPayment({ ...input, amount: -1 })).rejects.toMatchObject({ field: 'amount' });
    await expect(pay.getPayment('')).rejects.toMatchObject({ code: 'validation_failed', field: 'id' });
    expect(called).toBe(0);
  });

  it('turns anything else an adapter throws into a ProviderError, its message kept out', async () => {
    const pay = definePaymentProvider({
      provider: 'test',
      capabilities,
      createPayment: async () => {
        throw new TypeError('card 4444333322221111 broke');
      },
      getPayment: async () => {
        throw 'a string';
      },
    });
    const error = await pay.createPayment(input).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'provider_error', outcomeUnknown: true });
    expect(String((error as Error).message)).not.toContain('4444');
    await expect(pay.getPayment('abc')).rejects.toMatchObject({
      code: 'provider_error',
      outcomeUnknown: false,
    });
  });

  it('an aborted signal stops the call before the adapter, as not sent', async () => {
    const pay = memoryPay();
    const controller = new AbortController();
    controller.abort();
    await expect(pay.createPayment(input, { signal: controller.signal })).rejects.toMatchObject({
      code: 'transport_failed',
      notSent: true,
    });
    expect(pay.controls.payments()).toEqual([]);
  });

  it('never logs an email address, reference or card number', async () => {
    const { lines, logger } = capturingLogger();
    const pay = memoryPay({ logger });
    const payment = await pay.createPayment(input);
    pay.controls.complete(payment.id, { lastFour: '1111' });
    await pay.getPayment(payment.id);
    await pay.createPayment({ ...input, email: 'bad' }).catch(() => undefined);
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(text).not.toContain('ada.lovelace');
    expect(text).not.toContain('PERMIT-1');
    expect(text).toContain(payment.id);
  });
});
