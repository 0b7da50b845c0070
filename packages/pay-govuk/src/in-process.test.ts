import { fetchTransport } from '@councilkit/core';
import { createEmulators } from '@councilkit/sandbox';
import { sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govukPay } from './index.js';

// The emulator is a fetch function: the adapter runs against it with no socket at all, at the real
// host's URLs, directly or through msw.
describe('govukPay in process', () => {
  it('through fetchTransport(emulator.fetch)', async () => {
    const emulators = createEmulators();
    const pay = govukPay({
      apiKey: emulators.pay.credentials.apiKey,
      transport: fetchTransport(emulators.pay.fetch),
    });
    const payment = await pay.createPayment({
      amount: 1200,
      reference: 'IN-PROCESS-1',
      description: 'Garden waste',
      returnUrl: 'https://council.example/return',
    });
    expect(payment.nextUrl).toMatch(/^https:\/\/publicapi\.payments\.service\.gov\.uk\/secure\//);
    emulators.pay.control.complete(payment.id);
    expect((await pay.getPayment(payment.id)).status).toBe('paid');
  });

  describe('through msw at the real host', () => {
    const emulators = createEmulators();
    const server = setupServer(...sandboxHandlers(emulators));
    beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => server.close());

    it('creates and reads a payment', async () => {
      const pay = govukPay({ apiKey: emulators.pay.credentials.apiKey, transport: fetchTransport() });
      const payment = await pay.createPayment({
        amount: 1200,
        reference: 'IN-PROCESS-2',
        description: 'Garden waste',
        returnUrl: 'https://council.example/return',
      });
      expect((await pay.getPayment(payment.id)).reference).toBe('IN-PROCESS-2');
    });
  });
});
