import { startSandbox } from '@councilkit/sandbox';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { createStripeEmulator } from './create-stripe-emulator.js';
import type { StripeEmulator } from './types.js';

const origin = 'https://api.stripe.com';
const start = new Date('2026-11-02T10:00:00Z');

async function call(
  emulator: StripeEmulator,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  const response = await emulator.fetch(
    new Request(`${origin}${path}`, {
      method,
      ...(body === undefined ? {} : { body }),
      headers: {
        Authorization: `Bearer ${emulator.credentials.secretKey}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        ...headers,
      },
    }),
  );
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const sessionForm =
  'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp' +
  '&line_items[0][price_data][unit_amount]=1200&line_items[0][price_data][product_data][name]=Garden%20waste' +
  '&success_url=https%3A%2F%2Fcouncil.example%2Fdone%3Fs%3D%7BCHECKOUT_SESSION_ID%7D&cancel_url=https%3A%2F%2Fcouncil.example%2Fback';

describe('Stripe emulator behaviour', () => {
  const emulators: StripeEmulator[] = [];
  const make = () => {
    const emulator = createStripeEmulator({ now: () => new Date(start) });
    emulators.push(emulator);
    return emulator;
  };
  afterEach(async () => {
    await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
  });

  it('expires an open session on its test clock and raises checkout.session.expired', async () => {
    const emulator = make();
    const created = await call(
      emulator,
      'POST',
      '/v1/checkout/sessions',
      `${sessionForm}&expires_at=${start.getTime() / 1000 + 3600}`,
    );
    expect(created.status).toBe(200);
    emulator.control.advanceTime(3_599_000);
    expect((await call(emulator, 'GET', `/v1/checkout/sessions/${created.body.id}`)).body.status).toBe(
      'open',
    );
    emulator.control.advanceTime(1_000);
    const read = await call(emulator, 'GET', `/v1/checkout/sessions/${created.body.id}`);
    expect(read.body).toMatchObject({ status: 'expired', url: null });
    expect(emulator.control.events()[0]).toMatchObject({ type: 'checkout.session.expired' });
  });

  it('refuses expires_at outside 30 minutes to 24 hours, naming it', async () => {
    const emulator = make();
    const soon = await call(
      emulator,
      'POST',
      '/v1/checkout/sessions',
      `${sessionForm}&expires_at=${start.getTime() / 1000 + 60}`,
    );
    expect(soon).toMatchObject({
      status: 400,
      body: { error: { type: 'invalid_request_error', param: 'expires_at' } },
    });
  });

  it('lapses an uncaptured hold after seven days', async () => {
    const emulator = make();
    const created = await call(
      emulator,
      'POST',
      '/v1/checkout/sessions',
      `${sessionForm}&payment_intent_data[capture_method]=manual`,
    );
    emulator.control.payCheckoutSession(created.body.id);
    emulator.control.advanceTime(7 * 24 * 3600 * 1000);
    const session = await call(
      emulator,
      'GET',
      `/v1/checkout/sessions/${created.body.id}?expand[]=payment_intent`,
    );
    expect(session.body.payment_intent).toMatchObject({
      status: 'canceled',
      cancellation_reason: 'automatic',
    });
    expect(emulator.control.events().map((event) => event['type'])).toContain('charge.expired');
  });

  it('answers Stripe’s error bodies: missing and unknown parameters, wrong key, unknown URL', async () => {
    const emulator = make();
    expect((await call(emulator, 'POST', '/v1/checkout/sessions', 'mode=payment')).body.error).toMatchObject({
      code: 'parameter_missing',
      param: 'line_items',
    });
    expect(
      (await call(emulator, 'POST', '/v1/checkout/sessions', `${sessionForm}&payment_method_types[0]=card`))
        .body.error,
    ).toMatchObject({ code: 'parameter_unknown', param: 'payment_method_types' });
    const refused = await call(emulator, 'GET', '/v1/events', undefined, {
      Authorization: 'Bearer sk_test_notthekey1234',
    });
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toContain('notthekey');
    const basic = await call(emulator, 'GET', '/v1/events', undefined, {
      Authorization: `Basic ${Buffer.from(`${emulator.credentials.secretKey}:`).toString('base64')}`,
    });
    expect(basic.status).toBe(200);
    const unknown = await call(emulator, 'GET', '/v1/customers');
    expect(unknown).toMatchObject({ status: 404, body: { error: { type: 'invalid_request_error' } } });
    expect(unknown.body.error.message).toMatch(/^Unrecognized request URL \(GET: \/v1\/customers\)/);
  });

  it('replays an idempotent answer with Idempotent-Replayed, even an error it stored, and scopes keys to endpoints', async () => {
    const emulator = make();
    const key = { 'Idempotency-Key': 'k-1' };
    const first = await call(emulator, 'POST', '/v1/checkout/sessions', sessionForm, key);
    const again = await call(emulator, 'POST', '/v1/checkout/sessions', sessionForm, key);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('Request-Id')).toMatch(/^req_/);
    const elsewhere = await call(emulator, 'POST', `/v1/checkout/sessions/${first.body.id}/expire`, '', key);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.message).toMatch(/same endpoint/);
    // A refusal for bad parameters is not stored: the same key may be used once the input is fixed.
    const bad = await call(emulator, 'POST', '/v1/checkout/sessions', 'mode=payment', {
      'Idempotency-Key': 'k-2',
    });
    expect(bad.status).toBe(400);
    expect(
      (await call(emulator, 'POST', '/v1/checkout/sessions', sessionForm, { 'Idempotency-Key': 'k-2' }))
        .status,
    ).toBe(200);
  });

  it('pays on the hosted page: a decline shows the reason and keeps the session open, then a good card redirects', async () => {
    const emulator = make();
    const { body: session } = await call(emulator, 'POST', '/v1/checkout/sessions', sessionForm);
    const page = await emulator.fetch(new Request(session.url));
    const html = await page.text();
    expect(html).toContain('Sandbox');
    expect(html).toContain('<label for="cardnumber">');
    expect(html).toContain('£12.00');
    const pay = (card: string) =>
      emulator.fetch(
        new Request(session.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            email: 'ada@example.com',
            cardNumber: card,
            expiry: '12 / 34',
            cvc: '123',
            name: 'Ada',
          }).toString(),
        }),
      );
    const declined = await pay('4000 0000 0000 0002');
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain('role="alert"');
    expect((await call(emulator, 'GET', `/v1/checkout/sessions/${session.id}`)).body.status).toBe('open');
    const paid = await pay('4242424242424242');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('Location')).toBe(`https://council.example/done?s=${session.id}`);
    const read = await call(emulator, 'GET', `/v1/checkout/sessions/${session.id}?expand[]=payment_intent`);
    expect(read.body).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      customer_details: { email: 'ada@example.com', name: 'Ada' },
    });
    expect((await emulator.fetch(new Request(session.url))).status).toBe(410);
  });

  it('asks for authentication for 3-D Secure cards; failing it leaves the session open', async () => {
    const emulator = make();
    const { body: session } = await call(emulator, 'POST', '/v1/checkout/sessions', sessionForm);
    expect(emulator.control.payCheckoutSession(session.id, { number: '4000002500003155' })).toBe(
      'authenticate',
    );
    const challenge = await (await emulator.fetch(new Request(session.url))).text();
    expect(challenge).toContain('Complete authentication');
    expect(emulator.control.authenticate(session.id, false)).toBe('declined');
    const intent = (
      await call(emulator, 'GET', `/v1/checkout/sessions/${session.id}?expand[]=payment_intent`)
    ).body.payment_intent;
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      last_payment_error: { code: 'payment_intent_authentication_failure' },
    });
    expect(emulator.control.payCheckoutSession(session.id, { number: '4000002500003155' })).toBe(
      'authenticate',
    );
    expect(emulator.control.authenticate(session.id, true)).toBe('paid');
  });
});

describe('the Stripe emulator in the sandbox', () => {
  it('is at services.stripe with the same credentials on every start', async () => {
    const first = await startSandbox();
    const second = await startSandbox();
    try {
      expect(first.services.stripe).toBe(`${first.url}/stripe`);
      expect(first.credentials.stripe).toEqual(second.credentials.stripe);
      expect(first.credentials.stripe.secretKey).toMatch(/^sk_test_/);
      expect(first.credentials.stripe.webhookSecret).toMatch(/^whsec_/);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('serves stripe-node under /stripe through an httpClient that prefixes the path', async () => {
    const sandbox = await startSandbox();
    try {
      // stripe-node has no base path; its HttpClient seam can add one.
      const inner = Stripe.createNodeHttpClient();
      class PrefixingClient extends Stripe.HttpClient {
        override getClientName() {
          return inner.getClientName();
        }
        override makeRequest(...args: Parameters<Stripe.HttpClient['makeRequest']>) {
          const [host, port, path, ...rest] = args;
          return inner.makeRequest(host, port, `/stripe${path}`, ...rest);
        }
      }
      const url = new URL(sandbox.url);
      const stripe = new Stripe(sandbox.credentials.stripe.secretKey, {
        host: url.hostname,
        port: Number(url.port),
        protocol: 'http',
        telemetry: false,
        httpClient: new PrefixingClient(),
      });
      const session = await stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: { currency: 'gbp', unit_amount: 500, product_data: { name: 'Copy certificate' } },
          },
        ],
        success_url: 'https://council.example/done',
      });
      expect(session.url).toBe(`${sandbox.services.stripe}/checkout/pay/${session.id}`);
    } finally {
      await sandbox.close();
    }
  });
});
