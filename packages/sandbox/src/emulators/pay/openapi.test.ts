import { describe, expect, it } from 'vitest';
import { openApiErrors, responseSchemaName } from './openapi-validator.test-helper.js';
import { payHarness } from './pay.test-helper.js';

type Harness = ReturnType<typeof payHarness>;

// Calls an endpoint and checks the answer against the schema GOV.UK Pay's description gives for it.
async function expectConforms(
  harness: Harness,
  method: string,
  template: string,
  path: string,
  expectedStatus: number,
  body?: unknown,
) {
  const response = await harness.call(method, path, body);
  expect(response.status, response.text).toBe(expectedStatus);
  const schema = responseSchemaName(method, template, expectedStatus);
  if (expectedStatus === 204) {
    expect(response.text).toBe('');
    return response;
  }
  expect(schema, `the description declares a body for ${method} ${template} ${expectedStatus}`).toBeDefined();
  expect(openApiErrors(schema!, response.json)).toEqual([]);
  return response;
}

async function paidPayment(harness: Harness) {
  const payment = await harness.createPayment();
  harness.control.complete(payment.payment_id);
  return payment.payment_id;
}

describe('every JSON answer of the Pay emulator validates against GOV.UK Pay’s OpenAPI description', () => {
  it('POST /v1/payments: 201, 400 and 422', async () => {
    const harness = payHarness();
    const body = {
      amount: 100,
      reference: 'R1',
      description: 'D',
      return_url: 'https://x.example/r',
      metadata: { a: 1 },
    };
    await expectConforms(harness, 'POST', '/v1/payments', '/v1/payments', 201, body);
    await expectConforms(harness, 'POST', '/v1/payments', '/v1/payments', 400, {
      ...body,
      amount: undefined,
    });
    await expectConforms(harness, 'POST', '/v1/payments', '/v1/payments', 422, {
      ...body,
      amount: 10_000_001,
    });
  });

  it('GET /v1/payments/{paymentId}: 200 in every state, and 404', async () => {
    const harness = payHarness();
    const template = '/v1/payments/{paymentId}';
    const created = await harness.createPayment({ delayed_capture: true, email: 'a@example.com' });
    await expectConforms(harness, 'GET', template, `/v1/payments/${created.payment_id}`, 200);
    harness.control.complete(created.payment_id);
    await expectConforms(harness, 'GET', template, `/v1/payments/${created.payment_id}`, 200);
    const declined = await harness.createPayment();
    harness.control.decline(declined.payment_id);
    await expectConforms(harness, 'GET', template, `/v1/payments/${declined.payment_id}`, 200);
    await expectConforms(harness, 'GET', template, '/v1/payments/aaaaaaaaaaaaaaaaaaaaaaaaaa', 404);
  });

  it('GET /v1/payments/{paymentId}/events: 200 and 404', async () => {
    const harness = payHarness();
    const id = await paidPayment(harness);
    const template = '/v1/payments/{paymentId}/events';
    const { json } = await expectConforms(harness, 'GET', template, `/v1/payments/${id}/events`, 200);
    expect(json.events.map((event: { state: { status: string } }) => event.state.status)).toEqual([
      'created',
      'started',
      'submitted',
      'success',
    ]);
    await expectConforms(harness, 'GET', template, '/v1/payments/aaaaaaaaaaaaaaaaaaaaaaaaaa/events', 404);
  });

  it('GET /v1/payments (search): 200 and 422', async () => {
    const harness = payHarness();
    await paidPayment(harness);
    await harness.createPayment();
    const { json } = await expectConforms(
      harness,
      'GET',
      '/v1/payments',
      '/v1/payments?display_size=1&page=2',
      200,
    );
    expect(json).toMatchObject({ total: 2, count: 1, page: 2 });
    expect(Object.keys(json._links).sort()).toEqual(['first_page', 'last_page', 'prev_page', 'self']);
    const invalid = await expectConforms(
      harness,
      'GET',
      '/v1/payments',
      '/v1/payments?state=capturable&display_size=501',
      422,
    );
    expect(invalid.json).toEqual({
      code: 'P0401',
      description:
        'Invalid parameters: state, display_size. See Public API documentation for the correct data formats',
    });
  });

  it('POST /v1/payments/{paymentId}/cancel: 204, 409 and 404', async () => {
    const harness = payHarness();
    const template = '/v1/payments/{paymentId}/cancel';
    const created = await harness.createPayment();
    await expectConforms(harness, 'POST', template, `/v1/payments/${created.payment_id}/cancel`, 204);
    await expectConforms(harness, 'POST', template, `/v1/payments/${created.payment_id}/cancel`, 409);
    await expectConforms(harness, 'POST', template, '/v1/payments/aaaaaaaaaaaaaaaaaaaaaaaaaa/cancel', 404);
  });

  it('POST /v1/payments/{paymentId}/capture: 204, 409 and 404', async () => {
    const harness = payHarness();
    const template = '/v1/payments/{paymentId}/capture';
    const created = await harness.createPayment({ delayed_capture: true });
    await expectConforms(harness, 'POST', template, `/v1/payments/${created.payment_id}/capture`, 409);
    harness.control.complete(created.payment_id);
    await expectConforms(harness, 'POST', template, `/v1/payments/${created.payment_id}/capture`, 204);
    await expectConforms(harness, 'POST', template, '/v1/payments/aaaaaaaaaaaaaaaaaaaaaaaaaa/capture', 404);
  });

  it('POST /v1/payments/{paymentId}/refunds: 202 and 404', async () => {
    const harness = payHarness();
    const id = await paidPayment(harness);
    const template = '/v1/payments/{paymentId}/refunds';
    await expectConforms(harness, 'POST', template, `/v1/payments/${id}/refunds`, 202, { amount: 100 });
    await expectConforms(harness, 'POST', template, '/v1/payments/aaaaaaaaaaaaaaaaaaaaaaaaaa/refunds', 404, {
      amount: 1,
    });
  });

  it('GET /v1/payments/{paymentId}/refunds and …/refunds/{refundId}: 200 and 404', async () => {
    const harness = payHarness();
    const id = await paidPayment(harness);
    const refund = (await harness.call('POST', `/v1/payments/${id}/refunds`, { amount: 100 })).json;
    await expectConforms(
      harness,
      'GET',
      '/v1/payments/{paymentId}/refunds',
      `/v1/payments/${id}/refunds`,
      200,
    );
    const one = '/v1/payments/{paymentId}/refunds/{refundId}';
    await expectConforms(harness, 'GET', one, `/v1/payments/${id}/refunds/${refund.refund_id}`, 200);
    await expectConforms(harness, 'GET', one, `/v1/payments/${id}/refunds/aaaaaaaaaaaaaaaaaaaaaaaaaa`, 404);
  });

  it('GET /v1/refunds (search): 200 and 422', async () => {
    const harness = payHarness();
    const id = await paidPayment(harness);
    await harness.call('POST', `/v1/payments/${id}/refunds`, { amount: 100 });
    const { json } = await expectConforms(harness, 'GET', '/v1/refunds', '/v1/refunds', 200);
    expect(json.total).toBe(1);
    await expectConforms(harness, 'GET', '/v1/refunds', '/v1/refunds?from_date=yesterday', 422);
  });

  it('agreements: POST 201 and 400, GET 200 and 404, search 200, cancel 204 and 400', async () => {
    const harness = payHarness();
    const created = await expectConforms(harness, 'POST', '/v1/agreements', '/v1/agreements', 201, {
      reference: 'CT-1',
      description: 'Council tax',
    });
    await expectConforms(harness, 'POST', '/v1/agreements', '/v1/agreements', 400, {
      description: 'no reference',
    });
    const id = created.json.agreement_id;
    const one = '/v1/agreements/{agreementId}';
    await expectConforms(harness, 'GET', one, `/v1/agreements/${id}`, 200);
    await expectConforms(harness, 'GET', one, '/v1/agreements/aaaaaaaaaaaaaaaaaaaaaaaaaa', 404);
    await expectConforms(harness, 'GET', '/v1/agreements', '/v1/agreements', 200);
    const cancel = '/v1/agreements/{agreementId}/cancel';
    await expectConforms(harness, 'POST', cancel, `/v1/agreements/${id}/cancel`, 400);
    const setUp = await harness.createPayment({ set_up_agreement: id });
    harness.control.complete(setUp.payment_id);
    await expectConforms(harness, 'GET', one, `/v1/agreements/${id}`, 200);
    await expectConforms(harness, 'POST', cancel, `/v1/agreements/${id}/cancel`, 204);
  });

  it('GET /v1/disputes: 200 and 422', async () => {
    const harness = payHarness();
    harness.control.raiseDispute(await paidPayment(harness), 'lost');
    const { json } = await expectConforms(harness, 'GET', '/v1/disputes', '/v1/disputes', 200);
    expect(json.results[0]).toMatchObject({ status: 'lost' });
    await expectConforms(harness, 'GET', '/v1/disputes', '/v1/disputes?status=open', 422);
  });

  it('429 P0900 on every endpoint once rate limited', async () => {
    const harness = payHarness();
    harness.control.forceRateLimit(1);
    const response = await expectConforms(harness, 'GET', '/v1/payments', '/v1/payments', 429);
    expect(response.json).toEqual({ code: 'P0900', description: 'Too many requests' });
  });
});
