import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStripeEmulator, webhookReceiver } from './stripe.test-helper.js';

// Stripe's own Node client, unmodified, proves the emulator speaks the real wire format. It has no
// base-path option, so it reaches the emulator served at the root of its own loopback port.
describe('the official stripe client against the emulator', () => {
  let served: Awaited<ReturnType<typeof serveStripeEmulator>>;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let stripe: Stripe;

  beforeAll(async () => {
    receiver = await webhookReceiver();
    served = await serveStripeEmulator({ webhookUrl: receiver.url });
    stripe = new Stripe(served.emulator.credentials.secretKey, {
      host: '127.0.0.1',
      port: served.port,
      protocol: 'http',
      telemetry: false,
      maxNetworkRetries: 0,
    });
  });
  afterAll(async () => {
    await served.close();
    await receiver.close();
  });

  const createSession = (reference: string, amount = 2500, options?: Stripe.RequestOptions) =>
    stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'gbp',
              unit_amount: amount,
              product_data: { name: 'Resident parking permit' },
            },
          },
        ],
        client_reference_id: reference,
        metadata: { reference, council: 'Sandbox Borough' },
        success_url: 'https://council.example/pay/done?session={CHECKOUT_SESSION_ID}',
        cancel_url: 'https://council.example/pay/cancelled',
        customer_email: 'ada@example.com',
      },
      options,
    );

  it('creates and retrieves a Checkout Session in Stripe’s shape', async () => {
    const session = await createSession('PERMIT-1');
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      currency: 'gbp',
      amount_total: 2500,
      status: 'open',
      payment_status: 'unpaid',
      payment_intent: null,
      client_reference_id: 'PERMIT-1',
      metadata: { reference: 'PERMIT-1', council: 'Sandbox Borough' },
      livemode: false,
    });
    expect(session.url).toBe(`${served.url}/checkout/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    expect(session.lastResponse.requestId).toMatch(/^req_/);

    const again = await stripe.checkout.sessions.retrieve(session.id);
    expect(again.id).toBe(session.id);
    const lines = await stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data[0]).toMatchObject({
      quantity: 1,
      amount_total: 2500,
      description: 'Resident parking permit',
    });
  });

  it('retrieves the PaymentIntent a paid session made, expanded and alone', async () => {
    const session = await createSession('PERMIT-2');
    expect(served.emulator.control.payCheckoutSession(session.id)).toBe('paid');
    const paid = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', url: null });
    const intent = paid.payment_intent as Stripe.PaymentIntent;
    expect(intent.id).toMatch(/^pi_[A-Za-z0-9]{24}$/);
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: 2500,
      amount_received: 2500,
      currency: 'gbp',
    });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge.payment_method_details?.card).toMatchObject({ brand: 'visa', last4: '4242' });

    const alone = await stripe.paymentIntents.retrieve(intent.id);
    expect(alone.latest_charge).toBe(charge.id);
    const listed = await stripe.checkout.sessions.list({ payment_intent: intent.id });
    expect(listed.data.map((item) => item.id)).toEqual([session.id]);
  });

  it('refunds part and then the rest, and refuses a refund beyond the charge', async () => {
    const session = await createSession('PERMIT-3');
    served.emulator.control.payCheckoutSession(session.id);
    const intentId = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const part = await stripe.refunds.create({
      payment_intent: intentId,
      amount: 1000,
      reason: 'requested_by_customer',
    });
    expect(part.id).toMatch(/^re_[A-Za-z0-9]{24}$/);
    expect(part).toMatchObject({
      object: 'refund',
      amount: 1000,
      status: 'succeeded',
      payment_intent: intentId,
    });
    const tooMuch = await stripe.refunds
      .create({ payment_intent: intentId, amount: 5000 })
      .catch((error) => error);
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(tooMuch).toMatchObject({ statusCode: 400, param: 'amount' });
    const rest = await stripe.refunds.create({ payment_intent: intentId });
    expect(rest.amount).toBe(1500);
    const again = await stripe.refunds.create({ payment_intent: intentId }).catch((error) => error);
    expect(again).toMatchObject({ code: 'charge_already_refunded' });
    const refunds = await stripe.refunds.list({ payment_intent: intentId });
    expect(refunds.data.map((refund) => refund.id)).toEqual([rest.id, part.id]);
  });

  it('lists events newest first and pages through them with the client’s auto-paging', async () => {
    const events = await stripe.events.list({ limit: 3 });
    expect(events.object).toBe('list');
    expect(events.data).toHaveLength(3);
    expect(events.has_more).toBe(true);
    expect(events.data[0]!.id).toMatch(/^evt_[A-Za-z0-9]{24}$/);
    const all: Stripe.Event[] = [];
    for await (const event of stripe.events.list({ limit: 2 })) all.push(event);
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
    const completed = await stripe.events.list({ type: 'checkout.session.completed' });
    expect(completed.data.every((event) => event.type === 'checkout.session.completed')).toBe(true);
    const one = await stripe.events.retrieve(completed.data[0]!.id);
    expect((one.data.object as Stripe.Checkout.Session).status).toBe('complete');
  });

  it('replays an idempotent request and refuses the same key with other parameters', async () => {
    const first = await createSession('PERMIT-4', 2500, { idempotencyKey: 'permit-4-create' });
    const replay = await createSession('PERMIT-4', 2500, { idempotencyKey: 'permit-4-create' });
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(replay.lastResponse.idempotencyKey).toBe('permit-4-create');
    const conflict = await createSession('PERMIT-4', 9900, { idempotencyKey: 'permit-4-create' }).catch(
      (error) => error,
    );
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(conflict).toMatchObject({ statusCode: 400, rawType: 'idempotency_error' });
  });

  it('answers errors with the classes the client picks by status', async () => {
    const missing = await stripe.checkout.sessions.retrieve('cs_test_nope').catch((error) => error);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    const small = await createSession('PERMIT-5', 10).catch((error) => error);
    expect(small).toMatchObject({ statusCode: 400, code: 'amount_too_small' });
    const unknown = await stripe.checkout.sessions
      .create({
        mode: 'payment',
        line_items: [
          { quantity: 1, price_data: { currency: 'gbp', unit_amount: 500, product_data: { name: 'x' } } },
        ],
        colour: 'red',
      } as Stripe.Checkout.SessionCreateParams)
      .catch((error) => error);
    expect(unknown).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
    const badKey = new Stripe('sk_test_wrongwrongwrong1234', {
      host: '127.0.0.1',
      port: served.port,
      protocol: 'http',
      telemetry: false,
    });
    const refused = await badKey.events.list().catch((error) => error);
    expect(refused).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(refused.message).not.toContain('wrongwrongwrong');
    served.emulator.control.forceRateLimit(1);
    const limited = await stripe.events.list().catch((error) => error);
    expect(limited).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
  });

  it('expires an open session and refuses to expire it twice', async () => {
    const session = await createSession('PERMIT-6');
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    const twice = await stripe.checkout.sessions.expire(session.id).catch((error) => error);
    expect(twice).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError' });
  });

  it('captures a manual-capture payment', async () => {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          quantity: 2,
          price_data: { currency: 'gbp', unit_amount: 1500, product_data: { name: 'Bulky waste' } },
        },
      ],
      payment_intent_data: { capture_method: 'manual' },
      success_url: 'https://council.example/done',
    });
    served.emulator.control.payCheckoutSession(session.id);
    const held = await stripe.paymentIntents.retrieve(
      (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string,
    );
    expect(held).toMatchObject({ status: 'requires_capture', amount_capturable: 3000 });
    const captured = await stripe.paymentIntents.capture(held.id, { amount_to_capture: 2000 });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 2000 });
    const again = await stripe.paymentIntents.capture(held.id).catch((error) => error);
    expect(again).toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it('signs webhooks that stripe.webhooks.constructEvent accepts', async () => {
    const session = await createSession('PERMIT-7');
    served.emulator.control.payCheckoutSession(session.id);
    await served.emulator.control.webhooksSettled();
    const delivery = receiver.received.find(
      (item) => item.body.includes(session.id) && item.body.includes('"checkout.session.completed"'),
    );
    expect(delivery).toBeDefined();
    const header = delivery!.headers['stripe-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = stripe.webhooks.constructEvent(
      delivery!.body,
      header,
      served.emulator.credentials.webhookSecret,
    );
    expect(event.type).toBe('checkout.session.completed');
    expect((event.data.object as Stripe.Checkout.Session).client_reference_id).toBe('PERMIT-7');
    expect(() =>
      stripe.webhooks.constructEvent(`${delivery!.body} `, header, served.emulator.credentials.webhookSecret),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});
