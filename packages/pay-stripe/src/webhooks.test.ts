import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CouncilKitError, WebhookVerificationError } from '@councilkit/pay';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyStripeWebhook } from './index.js';
import { stripeSandbox } from './sandbox-harness.test-helper.js';

/** A webhook endpoint on 127.0.0.1 that keeps each delivery's raw bytes and headers. */
async function receiver() {
  const received: { body: Buffer; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: request.headers });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stripe-webhooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('verifyStripeWebhook', () => {
  let setup: Awaited<ReturnType<typeof stripeSandbox>>;
  let endpoint: Awaited<ReturnType<typeof receiver>>;
  let secret: string;
  const returnUrl = 'https://council.example/return';

  beforeAll(async () => {
    setup = await stripeSandbox();
    endpoint = await receiver();
    setup.control.setWebhookEndpoint(endpoint.url);
    secret = setup.sandbox.credentials.stripe.webhookSecret;
  });
  afterAll(async () => {
    await setup.sandbox.close();
    await endpoint.close();
  });

  const delivery = async (type: string, paymentId: string) => {
    await setup.control.webhooksSettled();
    const found = endpoint.received.find((item) => {
      const event = JSON.parse(item.body.toString('utf8'));
      return event.type === type && JSON.stringify(event.data.object).includes(paymentId);
    });
    if (!found) throw new Error(`no ${type} delivery for ${paymentId}`);
    return { body: found.body, header: found.headers['stripe-signature'] as string };
  };

  it('verifies what the emulator signed and names the payment', async () => {
    const payment = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-1',
      description: 'Permit',
      returnUrl,
    });
    setup.control.payCheckoutSession(payment.id);
    const { body, header } = await delivery('checkout.session.completed', payment.id);
    const { event, raw } = verifyStripeWebhook(body, header, secret);
    expect(event).toMatchObject({
      type: 'payment.paid',
      rawType: 'checkout.session.completed',
      paymentId: payment.id,
    });
    expect(event.id).toBe(raw.id);
    expect(event.payment?.status).toBe('paid');
    expect(event.occurredAt).toBeInstanceOf(Date);
    // A string decoded from the same bytes passes too; rotation: any of several secrets.
    expect(
      verifyStripeWebhook(body.toString('utf8'), header, ['whsec_oldsecret0000000000', secret]).event.id,
    ).toBe(event.id);
  });

  it('reads cancelled, expired, capturable, refund and other events in the port’s words', async () => {
    const cancelled = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-2',
      description: 'Permit',
      returnUrl,
    });
    await setup.pay.cancelPayment(cancelled.id);
    const a = await delivery('checkout.session.expired', cancelled.id);
    expect(verifyStripeWebhook(a.body, a.header, secret).event.type).toBe('payment.cancelled');

    const expired = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-3',
      description: 'Permit',
      returnUrl,
    });
    setup.control.expireCheckoutSession(expired.id);
    const b = await delivery('checkout.session.expired', expired.id);
    expect(verifyStripeWebhook(b.body, b.header, secret).event.type).toBe('payment.expired');

    const held = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-4',
      description: 'Permit',
      returnUrl,
      delayedCapture: true,
    });
    setup.control.payCheckoutSession(held.id);
    const c = await delivery('checkout.session.completed', held.id);
    expect(verifyStripeWebhook(c.body, c.header, secret).event.type).toBe('payment.capturable');

    const paid = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-5',
      description: 'Permit',
      returnUrl,
    });
    setup.control.payCheckoutSession(paid.id);
    const refund = await setup.pay.createRefund(paid.id, { amount: 500 });
    const d = await delivery('refund.created', refund.id);
    const refunded = verifyStripeWebhook(d.body, d.header, secret).event;
    expect(refunded).toMatchObject({ type: 'refund.succeeded', refundId: refund.id, paymentId: '' });
    const intentId = (await setup.pay.getPayment(paid.id)).providerMetadata?.['stripe']?.[
      'paymentIntentId'
    ] as string;
    expect(await setup.pay.paymentIdOfIntent(intentId)).toBe(paid.id);

    const declined = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-6',
      description: 'Permit',
      returnUrl,
    });
    setup.control.payCheckoutSession(declined.id, { number: '4000000000000002' });
    await setup.control.webhooksSettled();
    const failed = endpoint.received
      .map((item) => verifyStripeWebhook(item.body, item.headers['stripe-signature'] as string, secret))
      .find(({ raw }) => raw.type === 'payment_intent.payment_failed');
    expect(failed?.event.type).toBe('payment.declined');
  });

  it('refuses a changed body, a wrong secret, a missing or malformed header, and parsed JSON', async () => {
    const payment = await setup.pay.createPayment({
      amount: 1500,
      reference: 'WH-7',
      description: 'Permit',
      returnUrl,
    });
    setup.control.payCheckoutSession(payment.id);
    const { body, header } = await delivery('checkout.session.completed', payment.id);
    const refused = (call: () => unknown) => expect(call).toThrow(WebhookVerificationError);
    refused(() => verifyStripeWebhook(Buffer.concat([body, Buffer.from('\n')]), header, secret));
    refused(() => verifyStripeWebhook(body, header, 'whsec_someoneelses0000000000'));
    refused(() => verifyStripeWebhook(body, undefined, secret));
    refused(() => verifyStripeWebhook(body, header.replace('v1=', 'v0='), secret));
    refused(() => verifyStripeWebhook(body, header.replace(/^t=\d+/, 't=1'), secret));
    refused(() => verifyStripeWebhook(JSON.parse(body.toString()) as never, header, secret));
    refused(() => verifyStripeWebhook(body, 'x'.repeat(100_000), secret));
    try {
      verifyStripeWebhook(body, header, 'whsec_someoneelses0000000000');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(secret);
    }
  });

  it('applies the tolerance window after the signature', async () => {
    const payload = JSON.stringify({
      id: 'evt_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      created: 1_800_000_000,
      data: { object: { object: 'payment_intent', id: 'pi_1' } },
    });
    // Stripe's own client signs the payload: a second, independent signer.
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: 1_800_000_000 });
    const at = (seconds: number) => ({ now: new Date((1_800_000_000 + seconds) * 1000) });
    expect(verifyStripeWebhook(payload, header, secret, at(299)).event.type).toBe('payment.paid');
    expect(() => verifyStripeWebhook(payload, header, secret, at(301))).toThrow(/tolerance/);
    expect(() => verifyStripeWebhook(payload, header, secret, at(-301))).toThrow(/tolerance/);
    expect(
      verifyStripeWebhook(payload, header, secret, { ...at(500), toleranceSeconds: 600 }).event.paymentId,
    ).toBe('');
  });

  it('answers any argument of any type with a typed error, never a crash', () => {
    const values: unknown[] = [
      undefined,
      null,
      0,
      42,
      '',
      'x',
      [],
      {},
      ['a'],
      new Uint8Array(3),
      new Date(Number.NaN),
      () => 1,
      Symbol('s'),
      'x'.repeat(100_000),
    ];
    for (const body of values)
      for (const header of values)
        for (const secrets of values.slice(0, 8))
          for (const options of [undefined, null, {}, { toleranceSeconds: 'x' }, { now: 'yesterday' }]) {
            let thrown: unknown;
            try {
              verifyStripeWebhook(body as never, header as never, secrets as never, options as never);
            } catch (error) {
              thrown = error;
            }
            expect(CouncilKitError.isInstance(thrown), String(thrown)).toBe(true);
          }
  });
});
