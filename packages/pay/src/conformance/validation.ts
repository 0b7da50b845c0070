import type { PaymentCapabilities } from '../capabilities.js';
import type { CreatePaymentInput } from '../model.js';
import type { PaymentProvider } from '../port.js';
import { expectFailure, type SuiteContext } from './suite-context.js';

// Deliberately wrong input, cast as a JavaScript caller (or a bad cast) would send it.
const bad = <T>(value: unknown): T => value as T;

type BadCreate = readonly [field: string, overrides: Record<string, unknown>];

const badPayments: readonly BadCreate[] = [
  ['amount', { amount: 0 }],
  ['amount', { amount: 12.5 }],
  ['amount', { amount: 10_000_001 }],
  ['amount', { amount: '1000' }],
  ['reference', { reference: '' }],
  ['reference', { reference: '   ' }],
  ['reference', { reference: 'x'.repeat(201) }],
  ['reference', { reference: 'PERMIT<1>' }],
  ['reference', { reference: 'see https://example.com' }],
  ['description', { description: 'x'.repeat(256) }],
  ['description', { description: 'a | b' }],
  ['returnUrl', { returnUrl: 'ftp://council.example/return' }],
  ['returnUrl', { returnUrl: 'not a url' }],
  ['returnUrl', { returnUrl: `https://council.example/${'x'.repeat(2000)}` }],
  ['email', { email: 'not an email address' }],
  ['metadata', { metadata: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`key${i}`, 'v'])) }],
  [`metadata.${'k'.repeat(31)}`, { metadata: { ['k'.repeat(31)]: 'v' } }],
  ['metadata.ledger', { metadata: { ledger: 'x'.repeat(101) } }],
  ['metadata.ledger', { metadata: { ledger: 12 } }],
  ['delayedCapture', { delayedCapture: 'yes' }],
  ['amout', { amout: 1000 }],
  ['providerOptions', { providerOptions: 'cy' }],
];

/** Bad input is a ValidationError naming the field, from every method, before anything reaches the provider. */
export function registerValidationTests({ harness, test, paymentInput }: SuiteContext): void {
  for (const [field, overrides] of badPayments) {
    test(`createPayment refuses bad ${field} (${JSON.stringify(overrides).slice(0, 40)})`, [], async () => {
      const input = { ...paymentInput(), ...overrides } as CreatePaymentInput;
      await expectFailure(() => harness().provider.createPayment(input), 'validation_failed', field);
    });
  }

  test('createPayment with no input at all is a ValidationError', [], async () => {
    await expectFailure(() => harness().provider.createPayment(bad(undefined)), 'validation_failed');
  });

  test('per-call options are checked too', [], async () => {
    const { provider } = harness();
    await expectFailure(
      () => provider.createPayment(paymentInput(), { timeoutMs: -1 }),
      'validation_failed',
      'timeoutMs',
    );
    await expectFailure(
      () => provider.createPayment(paymentInput(), { idempotencyKey: 'has spaces in it' }),
      'validation_failed',
      'idempotencyKey',
    );
    await expectFailure(
      () => provider.getPayment('x', bad({ surprise: true })),
      'validation_failed',
      'surprise',
    );
  });

  const idCalls: readonly [string, keyof PaymentCapabilities | undefined, (p: PaymentProvider) => unknown][] =
    [
      ['getPayment', undefined, (p) => p.getPayment('')],
      ['getPayment', undefined, (p) => p.getPayment(bad(42))],
      ['listPaymentEvents', 'paymentEvents', (p) => p.listPaymentEvents('')],
      ['cancelPayment', 'cancel', (p) => p.cancelPayment('')],
      ['capturePayment', 'delayedCapture', (p) => p.capturePayment(bad(null))],
      ['listRefunds', 'refunds', (p) => p.listRefunds('')],
    ];
  for (const [name, capability, call] of idCalls) {
    test(`${name} refuses an empty or non-text id`, capability ? [capability] : [], async () => {
      await expectFailure(() => call(harness().provider), 'validation_failed', 'id');
    });
  }

  test('createRefund refuses a bad amount and a bad expected amount', ['refunds'], async () => {
    const { provider } = harness();
    await expectFailure(
      () => provider.createRefund('some-id', { amount: 0 }),
      'validation_failed',
      'input.amount',
    );
    await expectFailure(
      () => provider.createRefund('some-id', { amount: 100, expectedAmountAvailable: -1 }),
      'validation_failed',
      'input.expectedAmountAvailable',
    );
    await expectFailure(() => provider.createRefund('', { amount: 100 }), 'validation_failed', 'paymentId');
  });

  test('getRefund refuses empty ids', ['refunds'], async () => {
    await expectFailure(() => harness().provider.getRefund('payment', ''), 'validation_failed', 'refundId');
  });

  test('searchPayments refuses a bad filter when called', ['search'], async () => {
    const { provider } = harness();
    await expectFailure(
      () => provider.searchPayments({ status: bad('successful') }),
      'validation_failed',
      'status',
    );
    await expectFailure(
      () => provider.searchPayments({ createdFrom: bad('yesterday') }),
      'validation_failed',
      'createdFrom',
    );
    await expectFailure(() => provider.searchPayments({ email: 'nope' }), 'validation_failed', 'email');
  });
}

/** A method whose capability is off throws UnsupportedError rather than half-working. */
export function registerCapabilityTests({ harness, test, paymentInput }: SuiteContext): void {
  const calls: readonly [keyof PaymentCapabilities, (p: PaymentProvider, id: string) => unknown][] = [
    ['cancel', (p, id) => p.cancelPayment(id)],
    ['delayedCapture', (p, id) => p.capturePayment(id)],
    ['delayedCapture', (p) => p.createPayment({ ...paymentInput(), delayedCapture: true })],
    ['refunds', (p, id) => p.createRefund(id, { amount: 100 })],
    ['refunds', (p, id) => p.listRefunds(id)],
    ['paymentEvents', (p, id) => p.listPaymentEvents(id)],
    ['search', (p) => p.searchPayments({})],
  ];
  test('every method whose capability is off throws UnsupportedError', [], async () => {
    const { provider } = harness();
    const off = calls.filter(([capability]) => !provider.capabilities[capability]);
    for (const [, call] of off) await expectFailure(() => call(provider, 'any-id'), 'unsupported');
  });
}
