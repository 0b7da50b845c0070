import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripePay } from './index.js';

// In process: msw answers requests to api.stripe.com with the sandbox's Stripe emulator, so the
// adapter runs with its default base URL and no socket is opened.
describe('stripePay under msw', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
  });

  it('takes and refunds a payment at the real host, answered by the emulator', async () => {
    const pay = stripePay({ secretKey: emulators.stripe.credentials.secretKey, transport: fetchTransport() });
    const payment = await pay.createPayment({
      amount: 1200,
      reference: 'MSW-1',
      description: 'Garden waste',
      returnUrl: 'https://council.example/return',
    });
    expect(payment.nextUrl?.startsWith('https://api.stripe.com/checkout/pay/')).toBe(true);
    emulators.stripe.control.payCheckoutSession(payment.id);
    const refund = await pay.createRefund(payment.id, { amount: 200 });
    expect((await pay.getPayment(payment.id)).refundSummary).toMatchObject({
      amountRefunded: 200,
      amountAvailable: 1000,
    });
    expect((await pay.listRefunds(payment.id)).map((item) => item.id)).toEqual([refund.id]);
  });
});
