import type { AddressInfo } from 'node:net';
import { signHmacSha256 } from '@councilkit/core';
import type { PaymentWebhookEvent } from '@councilkit/pay';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The payments guide's samples, run against the sandbox with the environment they read.
describe('docs/payments.md samples', () => {
  let sandbox: Sandbox;
  const names = ['GOVUK_PAY_API_KEY', 'GOVUK_PAY_BASE_URL', 'GOVUK_PAY_WEBHOOK_SECRET'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['GOVUK_PAY_API_KEY'] = sandbox.credentials.pay.apiKey;
    process.env['GOVUK_PAY_BASE_URL'] = sandbox.services.pay;
    process.env['GOVUK_PAY_WEBHOOK_SECRET'] =
      `webhook_test_old,${sandbox.credentials.pay.webhookSigningSecret}`;
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('takes a payment and decides the return page from the payment', async () => {
    const { startPayment } = await import('./take-a-payment.js');
    const { afterPaymentPage } = await import('./handle-return.js');
    const started = await startPayment('42', 4500);
    expect(started.nextUrl).toContain('/pay/secure/');
    expect(await afterPaymentPage(started.paymentId)).toMatchObject({ page: 'continue' });
    sandbox.emulators.pay.control.complete(started.paymentId);
    expect(await afterPaymentPage(started.paymentId)).toEqual({ page: 'confirmation', cardEnding: '1111' });
    const declined = await startPayment('43', 4500);
    sandbox.emulators.pay.control.decline(declined.paymentId);
    expect(await afterPaymentPage(declined.paymentId)).toEqual({ page: 'try-again' });
  });

  it('verifies GOV.UK Pay webhooks and turns away anything else', async () => {
    const { startPayment } = await import('./take-a-payment.js');
    const { payWebhookServer } = await import('./webhook-endpoint.js');
    const events: PaymentWebhookEvent[] = [];
    const server = payWebhookServer((event) => events.push(event));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const control = sandbox.emulators.pay.control;
      control.setWebhookUrl(url);
      const started = await startPayment('44', 4500);
      control.complete(started.paymentId);
      await control.webhooksIdle();
      expect(
        events.filter((event) => event.paymentId === started.paymentId).map((event) => event.type),
      ).toEqual(['payment.started', 'payment.paid', 'payment.captured']);
      const forged = JSON.stringify({ event_type: 'card_payment_succeeded' });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Pay-Signature': signHmacSha256(forged, 'webhook_test_guessed') },
        body: forged,
      });
      expect(response.status).toBe(400);
    } finally {
      sandbox.emulators.pay.control.setWebhookUrl(undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
