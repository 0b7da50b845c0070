import { type Transport, TransportError, undiciTransport } from '@councilkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { govukPay } from './index.js';
import { paySandbox, recordingTransport } from './sandbox-harness.test-helper.js';

const input = {
  amount: 2500,
  reference: 'PERMIT-42',
  description: 'Resident parking permit',
  returnUrl: 'https://council.example/permits/42/paid',
};

// The request reaches the service, then the connection breaks before the answer arrives.
function breakingAfterSending(inner: Transport, times = 1): Transport {
  let left = times;
  return async (request) => {
    const response = await inner(request);
    if (request.method === 'POST' && left > 0) {
      left -= 1;
      throw new TransportError('The connection failed (ECONNRESET) before the provider answered', {
        retryable: true,
        outcomeUnknown: true,
      });
    }
    return response;
  };
}

let context: Awaited<ReturnType<typeof paySandbox>>;
beforeAll(async () => {
  context = await paySandbox();
});
afterAll(() => context.sandbox.close());

describe('govukPay options', () => {
  const savedKey = process.env['GOVUK_PAY_API_KEY'];
  afterEach(() => {
    if (savedKey === undefined) delete process.env['GOVUK_PAY_API_KEY'];
    else process.env['GOVUK_PAY_API_KEY'] = savedKey;
  });

  it('refuses a malformed API key at construction without echoing it', () => {
    const key = 'sk_live_this_is_not_a_pay_key_1234567890';
    try {
      govukPay({ apiKey: key });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'config_invalid', issues: [{ path: 'apiKey' }] });
      expect(JSON.stringify(error) + String(error)).not.toContain('this_is_not');
    }
  });

  it('lists every bad option in one ConfigError', () => {
    expect(() => govukPay({ apiKey: 'x', baseUrl: 'ftp://x', timeoutMs: -1, surprise: 1 } as never)).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([expect.objectContaining({ path: 'surprise' })]),
      }),
    );
  });

  it('reads GOVUK_PAY_API_KEY on the first call when no key is given, naming option and variable when absent', async () => {
    delete process.env['GOVUK_PAY_API_KEY'];
    const pay = govukPay({ baseUrl: context.sandbox.services.pay });
    await expect(pay.getPayment('aaaaaaaaaaaaaaaaaaaaaaaaaa')).rejects.toThrow(/apiKey.*GOVUK_PAY_API_KEY/);
    process.env['GOVUK_PAY_API_KEY'] = context.sandbox.credentials.pay.apiKey;
    const created = await pay.createPayment(input);
    expect(created.status).toBe('created');
  });

  it('a key GOV.UK Pay does not know is an AuthError', async () => {
    const pay = govukPay({ apiKey: `api_test_${'a'.repeat(58)}`, baseUrl: context.sandbox.services.pay });
    await expect(pay.getPayment('aaaaaaaaaaaaaaaaaaaaaaaaaa')).rejects.toMatchObject({
      code: 'auth_failed',
      status: 401,
    });
  });
});

describe('govukPay against the emulator', () => {
  it('sends nothing when the input or the id is bad', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const pay = govukPay({
      apiKey: context.sandbox.credentials.pay.apiKey,
      baseUrl: context.sandbox.services.pay,
      transport,
    });
    await expect(pay.createPayment({ ...input, amount: 0 })).rejects.toMatchObject({ field: 'amount' });
    await expect(pay.getPayment('../v1/refunds')).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'id',
    });
    await expect(
      pay.createPayment({ ...input, providerOptions: { govukPay: { language: 'fr' } } }),
    ).rejects.toMatchObject({ field: 'providerOptions.govukPay.language' });
    await expect(pay.createRefund('bad id!', { amount: 1 })).rejects.toMatchObject({ field: 'paymentId' });
    const badCalls: [string, () => unknown][] = [
      ['id', () => pay.cancelPayment('not/an/id')],
      ['id', () => pay.capturePayment('')],
      ['id', () => pay.listPaymentEvents('x y')],
      ['id', () => pay.listRefunds('')],
      ['refundId', () => pay.getRefund('aaaaaaaaaaaaaaaaaaaaaaaaaa', 'no!')],
      [
        'status',
        () =>
          pay
            .searchPayments({ status: 'successful' as never })
            [Symbol.asyncIterator]()
            .next(),
      ],
      ['reference', () => pay.createAgreement({ reference: '', description: 'Council tax' })],
      ['id', () => pay.getAgreement('NOT-AN-ID')],
      ['id', () => pay.cancelAgreement('')],
      [
        'status',
        () =>
          pay
            .searchDisputes({ status: 'open' as never })
            [Symbol.asyncIterator]()
            .next(),
      ],
    ];
    for (const [field, call] of badCalls)
      await expect(Promise.resolve().then(call), field).rejects.toMatchObject({
        code: 'validation_failed',
        field,
      });
    expect(requests).toEqual([]);
  });

  it('sends GOV.UK-only options: a Welsh page, prefilled name, and reads them back', async () => {
    const payment = await context.pay.createPayment({
      ...input,
      providerOptions: {
        govukPay: { language: 'cy', prefilledCardholderDetails: { cardholderName: 'Ada Lovelace' } },
      },
    });
    expect(payment.providerMetadata?.['govukPay']).toMatchObject({
      language: 'cy',
      paymentProvider: 'sandbox',
    });
    expect(context.control.payment(payment.id)?.prefilledCardholderName).toBe('Ada Lovelace');
  });

  it('never sends a web payment twice: a broken connection after sending is an outcome-unknown error saying how to find it', async () => {
    const { transport, requests } = recordingTransport(breakingAfterSending(undiciTransport()));
    const pay = govukPay({
      apiKey: context.sandbox.credentials.pay.apiKey,
      baseUrl: context.sandbox.services.pay,
      transport,
    });
    const reference = `ONCE-${Date.now()}`;
    const error = await pay.createPayment({ ...input, reference }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'transport_failed', outcomeUnknown: true });
    expect(String((error as Error).message)).toMatch(/searchPayments\(\{ reference \}\)/);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    const found = [];
    for await (const payment of context.pay.searchPayments({ reference })) found.push(payment);
    expect(found).toHaveLength(1);
  });

  it('a refund whose answer was lost is found, not made again', async () => {
    const created = await context.pay.createPayment(input);
    context.control.complete(created.id);
    const { transport, requests } = recordingTransport(breakingAfterSending(undiciTransport()));
    const pay = govukPay({
      apiKey: context.sandbox.credentials.pay.apiKey,
      baseUrl: context.sandbox.services.pay,
      transport,
    });
    const refund = await pay.createRefund(created.id, { amount: 500 }, { idempotencyKey: 'refund-42-1' });
    expect(refund).toMatchObject({ amount: 500, status: 'succeeded' });
    expect(context.control.refunds(created.id)).toHaveLength(1);
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.headers['idempotency-key']).toBe('refund-42-1');
    expect(JSON.parse(String(posts[0]?.body))).toEqual({ amount: 500, refund_amount_available: 2500 });
  });

  it('agreement payments carry one Idempotency-Key and GOV.UK Pay answers the repeat with the same payment', async () => {
    const agreement = await context.pay.createAgreement({ reference: 'CT-1', description: 'Council tax' });
    const setUp = await context.pay.createPayment({
      ...input,
      providerOptions: { govukPay: { setUpAgreement: agreement.id } },
    });
    context.control.complete(setUp.id);
    expect((await context.pay.getAgreement(agreement.id)).status).toBe('active');
    const recurring = {
      ...input,
      providerOptions: { govukPay: { authorisationMode: 'agreement' as const, agreementId: agreement.id } },
    };
    const first = await context.pay.createPayment(recurring, { idempotencyKey: 'ct-2026-04' });
    const again = await context.pay.createPayment(recurring, { idempotencyKey: 'ct-2026-04' });
    expect(again.id).toBe(first.id);
    expect(first.status).toBe('paid');
    await expect(
      context.pay.createPayment({ ...recurring, amount: 1 }, { idempotencyKey: 'ct-2026-04' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      providerCode: 'P0191',
    });
    await context.pay.cancelAgreement(agreement.id);
    const found = [];
    for await (const item of context.pay.searchAgreements({ reference: 'CT-1', status: 'cancelled' }))
      found.push(item);
    expect(found.map((item) => item.id)).toContain(agreement.id);
  });

  it('maps GOV.UK Pay errors with their P-codes', async () => {
    const created = await context.pay.createPayment(input);
    await expect(context.pay.capturePayment(created.id)).rejects.toMatchObject({
      code: 'conflict',
      providerCode: 'P1003',
    });
    await expect(context.pay.getPayment('aaaaaaaaaaaaaaaaaaaaaaaaaa')).rejects.toMatchObject({
      code: 'not_found',
      providerCode: 'P0200',
    });
    context.control.forceRateLimit(3);
    await expect(context.pay.getPayment(created.id)).rejects.toMatchObject({
      code: 'rate_limited',
      providerCode: 'P0900',
    });
  });

  it('a 429 is waited out and repeated, even for a payment: GOV.UK Pay refused it before acting', async () => {
    context.control.forceRateLimit(1);
    const payment = await context.pay.createPayment(input);
    expect(payment.status).toBe('created');
  });

  it('lists disputes', async () => {
    const created = await context.pay.createPayment(input);
    context.control.complete(created.id);
    const disputeId = context.control.raiseDispute(created.id, 'under_review');
    const found = [];
    for await (const dispute of context.pay.searchDisputes({ status: 'under_review' })) found.push(dispute);
    expect(found.find((dispute) => dispute.id === disputeId)).toMatchObject({
      paymentId: created.id,
      amount: 2500,
    });
  });

  it('never logs the API key, an email address or a card number', async () => {
    const lines: string[] = [];
    const write = (fields: object, message?: string) => lines.push(JSON.stringify({ ...fields, message }));
    const logger = { error: write, warn: write, info: write, debug: write };
    const pay = govukPay({
      apiKey: context.sandbox.credentials.pay.apiKey,
      baseUrl: context.sandbox.services.pay,
      logger,
    });
    const created = await pay.createPayment({ ...input, email: 'ada.lovelace@example.com' });
    context.control.complete(created.id, '4242424242424242');
    await pay.getPayment(created.id);
    await pay.createPayment({ ...input, email: 'nope' }).catch(() => undefined);
    await pay.getPayment('aaaaaaaaaaaaaaaaaaaaaaaaaa').catch(() => undefined);
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(text).not.toContain(context.sandbox.credentials.pay.apiKey);
    expect(text).not.toContain('ada.lovelace');
    expect(text).not.toContain('4242424242424242');
  });
});
