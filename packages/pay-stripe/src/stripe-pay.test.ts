import { defaultTransport, type Transport, TransportError } from '@councilkit/core';
import { ConfigError, CouncilKitError } from '@councilkit/pay';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stripePay } from './index.js';
import { recordingTransport, stripeSandbox } from './sandbox-harness.test-helper.js';

const returnUrl = 'https://council.example/permits/return';
const input = (reference: string, more: Record<string, unknown> = {}) => ({
  amount: 2500,
  reference,
  description: 'Resident parking permit',
  returnUrl,
  ...more,
});

async function failure(call: () => Promise<unknown>): Promise<CouncilKitError & { field?: string }> {
  try {
    await call();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    return error as CouncilKitError & { field?: string };
  }
  throw new Error('expected a failure');
}

describe('stripePay options and keys', () => {
  const saved = process.env['STRIPE_SECRET_KEY'];
  afterEach(() => {
    if (saved === undefined) delete process.env['STRIPE_SECRET_KEY'];
    else process.env['STRIPE_SECRET_KEY'] = saved;
  });

  it('refuses a malformed or publishable key at construction, never echoing it', () => {
    for (const key of ['sk_test_short', 'not-a-key-at-all-1234567890', 'pk_test_abcdefghijklmnop']) {
      let error: unknown;
      try {
        stripePay({ secretKey: key });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(key);
    }
    expect(() => stripePay({ secretKey: 'pk_test_abcdefghijklmnop' })).toThrow(/publishable/);
  });

  it('accepts secret and restricted keys of both modes and says which mode', () => {
    expect(stripePay({ secretKey: 'sk_test_abcdefgh12345678' }).mode()).toBe('test');
    expect(stripePay({ secretKey: 'sk_live_abcdefgh12345678' }).mode()).toBe('live');
    expect(stripePay({ secretKey: 'rk_test_abcdefgh12345678' }).mode()).toBe('test');
    expect(stripePay({ secretKey: 'rk_live_abcdefgh12345678' }).mode()).toBe('live');
  });

  it('lists every bad option at once', () => {
    let error: ConfigError | undefined;
    try {
      stripePay({ baseUrl: 'ftp://x', timeoutMs: -1, surprise: 1 } as never);
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error?.issues.map((issue) => issue.path).sort()).toEqual(['baseUrl', 'surprise', 'timeoutMs']);
  });

  it('reads STRIPE_SECRET_KEY on the first call, naming option and variable when it is missing', async () => {
    delete process.env['STRIPE_SECRET_KEY'];
    const pay = stripePay({ baseUrl: 'http://127.0.0.1:9' });
    expect(pay.mode()).toBeUndefined();
    const missing = await failure(() => pay.getPayment('cs_test_abcdefgh'));
    expect(missing.code).toBe('config_invalid');
    expect(missing.message + JSON.stringify(missing)).toMatch(/secretKey/);
    expect(JSON.stringify(missing)).toMatch(/STRIPE_SECRET_KEY/);
    process.env['STRIPE_SECRET_KEY'] = 'sk_live_bad key';
    const bad = await failure(() => pay.getPayment('cs_test_abcdefgh'));
    expect(JSON.stringify(bad) + bad.message).toMatch(/STRIPE_SECRET_KEY/);
    expect(JSON.stringify(bad) + bad.message).not.toContain('bad key');
  });
});

describe('stripePay against the emulator', () => {
  let setup: Awaited<ReturnType<typeof stripeSandbox>>;
  beforeAll(async () => {
    setup = await stripeSandbox();
  });
  afterAll(() => setup.sandbox.close());

  it('creates a Checkout Session in payment mode, GBP, with the reference, metadata and return URL', async () => {
    const recorded = recordingTransport(defaultTransport());
    const pay = stripePay({
      secretKey: setup.sandbox.credentials.stripe.secretKey,
      baseUrl: setup.sandbox.services.stripe,
      transport: recorded.transport,
    });
    const payment = await pay.createPayment(input('PERMIT-100', { metadata: { ward: 'North' } }));
    const sent = recorded.requests[0]!;
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.headers['authorization']).toBe(`Bearer ${setup.sandbox.credentials.stripe.secretKey}`);
    expect(sent.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const form = new URLSearchParams(sent.body as string);
    expect(Object.fromEntries(form)).toMatchObject({
      mode: 'payment',
      'line_items[0][price_data][currency]': 'gbp',
      'line_items[0][price_data][unit_amount]': '2500',
      client_reference_id: 'PERMIT-100',
      'metadata[ward]': 'North',
      'payment_intent_data[metadata][reference]': 'PERMIT-100',
      success_url: returnUrl,
      cancel_url: returnUrl,
    });
    expect(payment).toMatchObject({
      status: 'created',
      reference: 'PERMIT-100',
      metadata: { ward: 'North' },
    });
    expect(payment.id.startsWith('cs_test_')).toBe(true);
  });

  it('repeats a creation whose answer was lost with the same Idempotency-Key: one session, not two', async () => {
    const keys: string[] = [];
    let dropped = false;
    const inner = defaultTransport();
    // The request reaches Stripe, then the connection breaks before the answer arrives.
    const flaky: Transport = async (request) => {
      keys.push(request.headers['idempotency-key'] ?? '');
      const response = await inner(request);
      if (request.method === 'POST' && !dropped) {
        dropped = true;
        throw new TransportError('socket hang up', { retryable: true });
      }
      return response;
    };
    const pay = stripePay({
      secretKey: setup.sandbox.credentials.stripe.secretKey,
      baseUrl: setup.sandbox.services.stripe,
      transport: flaky,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    const payment = await pay.createPayment(input('PERMIT-101'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const sessions = await setup.pay.searchPayments({ reference: 'PERMIT-101' });
    const found = [];
    for await (const item of sessions) found.push(item.id);
    expect(found).toEqual([payment.id]);
  });

  it('sends the caller’s idempotency key: a repeat returns the same payment, other input is a ConflictError', async () => {
    const first = await setup.pay.createPayment(input('PERMIT-102'), { idempotencyKey: 'permit-102' });
    const again = await setup.pay.createPayment(input('PERMIT-102'), { idempotencyKey: 'permit-102' });
    expect(again.id).toBe(first.id);
    const conflict = await failure(() =>
      setup.pay.createPayment(input('PERMIT-102', { amount: 9900 }), { idempotencyKey: 'permit-102' }),
    );
    expect(conflict.code).toBe('conflict');
    expect(conflict.providerCode).toBe('idempotency_error');
  });

  it('maps Stripe’s refusals to typed errors naming the port’s field', async () => {
    const small = await failure(() => setup.pay.createPayment(input('PERMIT-103', { amount: 10 })));
    expect(small).toMatchObject({
      code: 'validation_failed',
      field: 'amount',
      providerCode: 'amount_too_small',
    });
    const missing = await failure(() => setup.pay.getPayment('cs_test_doesnotexist0000'));
    expect(missing.code).toBe('not_found');
    const locale = await failure(() =>
      setup.pay.createPayment(input('PERMIT-104', { providerOptions: { stripe: { locale: 'klingon' } } })),
    );
    expect(locale).toMatchObject({ code: 'validation_failed', field: 'providerOptions.stripe.locale' });
    const soon = await failure(() =>
      setup.pay.createPayment(
        input('PERMIT-105', { providerOptions: { stripe: { expiresAt: new Date(Date.now() + 60_000) } } }),
      ),
    );
    expect(soon).toMatchObject({ code: 'validation_failed', field: 'providerOptions.stripe.expiresAt' });
    setup.control.forceRateLimit(1);
    const limited = await failure(() =>
      stripePay({
        secretKey: setup.sandbox.credentials.stripe.secretKey,
        baseUrl: setup.sandbox.services.stripe,
        retry: false,
      }).getPayment('cs_test_doesnotexist0000'),
    );
    expect(limited.code).toBe('rate_limited');
  });

  it('checks id shapes before any request', async () => {
    const recorded = recordingTransport(defaultTransport());
    const pay = stripePay({
      secretKey: setup.sandbox.credentials.stripe.secretKey,
      baseUrl: setup.sandbox.services.stripe,
      transport: recorded.transport,
    });
    expect(await failure(() => pay.getPayment('pi_3abcdef'))).toMatchObject({ field: 'id' });
    expect(await failure(() => pay.getPayment('cs_test_../../v1/refunds'))).toMatchObject({ field: 'id' });
    expect(await failure(() => pay.getRefund('cs_test_abcdefgh', 'ch_123456789'))).toMatchObject({
      field: 'refundId',
    });
    expect(await failure(() => pay.paymentIdOfIntent('cs_test_abcdefgh'))).toMatchObject({
      field: 'paymentIntentId',
    });
    expect(recorded.requests).toHaveLength(0);
  });

  it('keeps keys, emails and card numbers out of its logs', async () => {
    const lines: string[] = [];
    const logger = Object.fromEntries(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace'].map((level) => [
        level,
        (...args: unknown[]) => lines.push(JSON.stringify(args)),
      ]),
    );
    const pay = stripePay({
      secretKey: setup.sandbox.credentials.stripe.secretKey,
      baseUrl: setup.sandbox.services.stripe,
      logger: { ...logger, child: () => logger } as never,
    });
    const payment = await pay.createPayment(input('PERMIT-106', { email: 'ada.lovelace@example.com' }));
    setup.control.payCheckoutSession(payment.id);
    await pay.getPayment(payment.id);
    await failure(() =>
      pay.createPayment(input('PERMIT-107', { amount: 10, email: 'ada.lovelace@example.com' })),
    );
    expect(lines.length).toBeGreaterThan(0);
    const text = lines.join('\n');
    expect(text).not.toContain(setup.sandbox.credentials.stripe.secretKey);
    expect(text).not.toContain('ada.lovelace@example.com');
    expect(text).not.toContain('4242424242424242');
  });

  it('cancels a capturable payment by cancelling its PaymentIntent, and refuses to capture it then', async () => {
    const payment = await setup.pay.createPayment(input('PERMIT-108', { delayedCapture: true }));
    expect((await setup.pay.getPayment(payment.id)).delayedCapture).toBe(true);
    setup.control.payCheckoutSession(payment.id);
    await setup.pay.cancelPayment(payment.id);
    expect((await setup.pay.getPayment(payment.id)).status).toBe('cancelled');
    expect((await failure(() => setup.pay.capturePayment(payment.id))).code).toBe('conflict');
  });

  it('a declined card leaves the session open for another card, in progress with the reason', async () => {
    const payment = await setup.pay.createPayment(input('PERMIT-109'));
    setup.control.payCheckoutSession(payment.id, { number: '4000000000009995' });
    const read = await setup.pay.getPayment(payment.id);
    expect(read).toMatchObject({ status: 'in_progress', failure: { code: 'insufficient_funds' } });
    expect(read.nextUrl).toBe(payment.nextUrl);
    setup.control.payCheckoutSession(payment.id);
    expect((await setup.pay.getPayment(payment.id)).status).toBe('paid');
  });
});
