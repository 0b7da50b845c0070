import type { AddressInfo } from 'node:net';
import type { PaymentWebhookEvent } from '@councilkit/pay';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's samples, run against the sandbox with the environment they read.
describe('pay-stripe README samples', () => {
  let sandbox: Sandbox;
  const saved = { ...process.env };
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['STRIPE_SECRET_KEY'] = sandbox.credentials.stripe.secretKey;
    process.env['STRIPE_BASE_URL'] = sandbox.services.stripe;
    process.env['STRIPE_WEBHOOK_SECRET'] = sandbox.credentials.stripe.webhookSecret;
  });
  afterAll(async () => {
    for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_BASE_URL', 'STRIPE_WEBHOOK_SECRET']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('takes a payment, once however often it is asked, and sees the webhook', async () => {
    const { bookCollection, collectionStatus } = await import('./take-a-payment.js');
    const { stripeWebhookServer } = await import('./webhook-endpoint.js');
    const events: PaymentWebhookEvent[] = [];
    const server = stripeWebhookServer((event) => events.push(event));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const control = sandbox.emulators.stripe.control;
      control.setWebhookEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const booked = await bookCollection('7', 'resident@example.com');
      expect((await bookCollection('7', 'resident@example.com')).paymentId).toBe(booked.paymentId);
      expect(booked.payAt).toContain('/checkout/pay/');
      expect(await collectionStatus(booked.paymentId)).toBe('created');
      control.payCheckoutSession(booked.paymentId);
      expect(await collectionStatus(booked.paymentId)).toBe('paid');
      await control.webhooksSettled();
      expect(events.find((event) => event.paymentId === booked.paymentId)?.type).toBe('payment.paid');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
