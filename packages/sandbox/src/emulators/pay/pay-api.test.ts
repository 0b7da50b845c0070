import { describe, expect, it } from 'vitest';
import { createPayEmulator } from './create-pay-emulator.js';
import { payHarness } from './pay.test-helper.js';

const valid = {
  amount: 1450,
  reference: 'R1',
  description: 'Permit',
  return_url: 'https://council.example/return',
};

describe('Pay emulator: creating payments as GOV.UK Pay checks them', () => {
  const cases: [string, unknown, number, Record<string, string>][] = [
    [
      'missing amount',
      { ...valid, amount: undefined },
      400,
      { code: 'P0101', field: 'amount', description: 'Missing mandatory attribute: amount' },
    ],
    ['null reference', { ...valid, reference: null }, 400, { code: 'P0101', field: 'reference' }],
    ['blank description', { ...valid, description: '  ' }, 400, { code: 'P0101', field: 'description' }],
    [
      'amount as text',
      { ...valid, amount: '1450' },
      400,
      { code: 'P0102', description: 'Invalid attribute value: amount. Must be a valid numeric format' },
    ],
    [
      'amount too large',
      { ...valid, amount: 10_000_001 },
      422,
      {
        code: 'P0102',
        description: 'Invalid attribute value: amount. Must be less than or equal to 10000000',
      },
    ],
    ['amount zero', { ...valid, amount: 0 }, 422, { code: 'P0102', field: 'amount' }],
    [
      'long reference',
      { ...valid, reference: 'x'.repeat(256) },
      422,
      {
        code: 'P0102',
        description:
          'Invalid attribute value: reference. Must be less than or equal to 255 characters length',
      },
    ],
    [
      '< in reference',
      { ...valid, reference: 'a<b' },
      400,
      { code: 'P0102', description: 'Invalid attribute value: reference. Must be a valid string format' },
    ],
    [
      'language fr',
      { ...valid, language: 'fr' },
      422,
      { code: 'P0102', description: 'Invalid attribute value: language. Must be "en" or "cy"' },
    ],
    [
      'delayed_capture as text',
      { ...valid, delayed_capture: 'true' },
      400,
      { code: 'P0102', description: 'Invalid attribute value: delayed_capture. Must be true or false' },
    ],
    [
      '16 metadata keys',
      { ...valid, metadata: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, i])) },
      422,
      { code: 'P0102', field: 'metadata' },
    ],
    ['null metadata value', { ...valid, metadata: { a: null } }, 422, { code: 'P0102', field: 'metadata' }],
    [
      'return_url on a MOTO API payment',
      { ...valid, authorisation_mode: 'moto_api' },
      400,
      { code: 'P0104', description: 'Unexpected attribute: return_url' },
    ],
    ['agreement_id on a web payment', { ...valid, agreement_id: 'abc' }, 400, { code: 'P0104' }],
    ['unparseable JSON', '{"amount": 1', 400, { code: 'P0197', description: 'Unable to parse JSON' }],
  ];
  for (const [name, body, status, expected] of cases) {
    it(`${name}: ${status} ${expected['code']}`, async () => {
      const { call } = payHarness();
      const response = await call('POST', '/v1/payments', body);
      expect(response.status).toBe(status);
      expect(response.json).toMatchObject(expected);
    });
  }

  it('an Idempotency-Key that is not letters, digits and hyphens is 422 naming the header', async () => {
    const { call } = payHarness();
    const response = await call('POST', '/v1/payments', valid, { 'Idempotency-Key': 'not ok!' });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ header: 'Idempotency-Key', code: 'P0102' });
  });

  it('a web payment with the same Idempotency-Key is created again: the key is honoured for agreements only', async () => {
    const { call } = payHarness();
    const first = await call('POST', '/v1/payments', valid, { 'Idempotency-Key': 'same-key' });
    const second = await call('POST', '/v1/payments', valid, { 'Idempotency-Key': 'same-key' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.json.payment_id).not.toBe(first.json.payment_id);
  });

  it('an agreement payment repeated with its Idempotency-Key is 200 with the same payment; another body is 409 P0191', async () => {
    const { call, control } = payHarness();
    const agreement = (
      await call('POST', '/v1/agreements', { reference: 'CT-1', description: 'Council tax' })
    ).json;
    const setUp = (await call('POST', '/v1/payments', { ...valid, set_up_agreement: agreement.agreement_id }))
      .json;
    control.complete(setUp.payment_id);
    const recurring = {
      amount: 1450,
      reference: 'CT-1-04',
      description: 'April',
      authorisation_mode: 'agreement',
      agreement_id: agreement.agreement_id,
    };
    const first = await call('POST', '/v1/payments', recurring, { 'Idempotency-Key': 'ct-1-04' });
    const replay = await call('POST', '/v1/payments', recurring, { 'Idempotency-Key': 'ct-1-04' });
    expect([first.status, replay.status]).toEqual([201, 200]);
    expect(replay.json.payment_id).toBe(first.json.payment_id);
    expect(first.json.state.status).toBe('success');
    const different = await call(
      'POST',
      '/v1/payments',
      { ...recurring, amount: 1 },
      { 'Idempotency-Key': 'ct-1-04' },
    );
    expect(different.status).toBe(409);
    expect(different.json.code).toBe('P0191');
  });

  it('201 carries Location, Pragma and Cache-Control; every read mints a new single-use next_url', async () => {
    const { call } = payHarness();
    const created = await call('POST', '/v1/payments', valid);
    expect(created.headers.get('location')).toBe(
      `https://publicapi.payments.service.gov.uk/v1/payments/${created.json.payment_id}`,
    );
    expect(created.headers.get('pragma')).toBe('no-cache');
    expect(created.headers.get('cache-control')).toBe('no-store');
    const read = await call('GET', `/v1/payments/${created.json.payment_id}`);
    expect(read.json._links.next_url.href).not.toBe(created.json._links.next_url.href);
    expect(Object.keys(read.json._links).sort()).toEqual([
      'cancel',
      'events',
      'next_url',
      'next_url_post',
      'refunds',
      'self',
    ]);
    expect(read.json.refund_summary).toEqual({ status: 'pending', amount_available: 0, amount_submitted: 0 });
  });

  it('links follow the state: capture only when capturable, no cancel or next_url once finished', async () => {
    const { call, control } = payHarness();
    const created = (await call('POST', '/v1/payments', { ...valid, delayed_capture: true })).json;
    control.complete(created.payment_id);
    const capturable = (await call('GET', `/v1/payments/${created.payment_id}`)).json;
    expect(Object.keys(capturable._links).sort()).toEqual(['cancel', 'capture', 'events', 'refunds', 'self']);
    expect(capturable.state).toEqual({ status: 'capturable', finished: false });
    await call('POST', `/v1/payments/${created.payment_id}/capture`);
    const paid = (await call('GET', `/v1/payments/${created.payment_id}`)).json;
    expect(Object.keys(paid._links).sort()).toEqual(['events', 'refunds', 'self']);
    expect(paid.card_details).toMatchObject({
      last_digits_card_number: '1111',
      first_digits_card_number: '444433',
      card_brand: 'Visa',
    });
    expect(JSON.stringify(paid)).not.toContain('4444333322221111');
  });

  it('an unpaid payment expires 90 minutes after creation, on the emulator’s clock', async () => {
    const { call, control } = payHarness();
    const created = (await call('POST', '/v1/payments', valid)).json;
    control.advanceTime(89 * 60 * 1000);
    expect((await call('GET', `/v1/payments/${created.payment_id}`)).json.state.status).toBe('created');
    control.advanceTime(60 * 1000);
    expect((await call('GET', `/v1/payments/${created.payment_id}`)).json.state).toEqual({
      status: 'failed',
      finished: true,
      message: 'Payment expired',
      code: 'P0020',
    });
  });

  it('cancel is 204, then 409 P0502; events record each status', async () => {
    const { call } = payHarness();
    const created = (await call('POST', '/v1/payments', valid)).json;
    expect((await call('POST', `/v1/payments/${created.payment_id}/cancel`)).status).toBe(204);
    expect((await call('POST', `/v1/payments/${created.payment_id}/cancel`)).json).toEqual({
      code: 'P0502',
      description: 'Cancellation of payment failed',
    });
    const events = (await call('GET', `/v1/payments/${created.payment_id}/events`)).json.events;
    expect(events.at(-1).state).toMatchObject({ status: 'cancelled', code: 'P0040' });
  });

  it('refunds: 202 success at once, 412 P0604 on a stale amount available, 400 P0603 when not refundable', async () => {
    const { call, control } = payHarness();
    const unpaid = (await call('POST', '/v1/payments', valid)).json;
    expect((await call('POST', `/v1/payments/${unpaid.payment_id}/refunds`, { amount: 100 })).json).toEqual({
      code: 'P0603',
      description: 'The payment is not available for refund. Payment refund status: pending',
    });
    const paid = (await call('POST', '/v1/payments', valid)).json;
    control.complete(paid.payment_id);
    const refund = await call('POST', `/v1/payments/${paid.payment_id}/refunds`, {
      amount: 450,
      refund_amount_available: 1450,
    });
    expect(refund.status).toBe(202);
    expect(refund.json).toMatchObject({ amount: 450, status: 'success' });
    const stale = await call('POST', `/v1/payments/${paid.payment_id}/refunds`, {
      amount: 450,
      refund_amount_available: 1450,
    });
    expect(stale.status).toBe(412);
    expect(stale.json).toEqual({ code: 'P0604', description: 'Refund amount available mismatch.' });
    const summary = (await call('GET', `/v1/payments/${paid.payment_id}`)).json.refund_summary;
    expect(summary).toEqual({ status: 'available', amount_available: 1000, amount_submitted: 450 });
  });

  it('answers 401 without a well-formed key; the test key is the same on every start', async () => {
    const { emulator } = payHarness();
    const response = await emulator.fetch(
      new Request('https://publicapi.payments.service.gov.uk/v1/payments'),
    );
    expect(response.status).toBe(401);
    const tampered =
      emulator.credentials.apiKey.slice(0, -1) + (emulator.credentials.apiKey.endsWith('a') ? 'b' : 'a');
    const rejected = await emulator.fetch(
      new Request('https://publicapi.payments.service.gov.uk/v1/payments', {
        headers: { Authorization: `Bearer ${tampered}` },
      }),
    );
    expect(rejected.status).toBe(401);
    expect(createPayEmulator().credentials).toEqual(emulator.credentials);
    expect(emulator.credentials.apiKey).toMatch(/^api_test_[0-9a-v]{58}$/);
  });

  it('rate limits 15 payment creations a second with 429 P0900', async () => {
    const { call } = payHarness({ rateLimit: { postsPerSecond: 15 } });
    const answers = [];
    for (let index = 0; index < 40; index++) answers.push(await call('POST', '/v1/payments', valid));
    // Forty quick requests span at most two one-second windows, so at most 30 get through.
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(refused[0]?.json).toEqual({ code: 'P0900', description: 'Too many requests' });
  });
});
