import { type LoggerOptions, onFirstUse, parseConfig, parseInput, z } from '@councilkit/core';
import type { PaymentCapabilities } from './capabilities.js';
import { definePaymentProvider, type PaymentSearchRequest } from './define.js';
import { PaymentStore } from './memory/payment-store.js';
import { type CardSummary, idSchema, type Payment, type Refund } from './model.js';
import type { PaymentProvider } from './port.js';

/** Options of `memoryPay`. */
export interface MemoryPayOptions extends LoggerOptions {
  /** The clock that stamps payments; tests pass a fixed one. */
  now?: () => Date;
  /** Turn capabilities off to see how a service copes with a provider that lacks them. */
  capabilities?: Partial<PaymentCapabilities>;
  /** Where `nextUrl` points; nothing is served there. */
  payPageUrl?: string;
}

/** What a test can do to the memory provider's state, behind the port. */
export interface MemoryPayControls {
  /** The user opened the payment page. */
  start(paymentId: string): Payment;
  /** The user paid with a card that succeeded: `paid`, or `capturable` for delayed capture. */
  complete(paymentId: string, card?: Partial<CardSummary>): Payment;
  /** The card was declined. */
  decline(paymentId: string): Payment;
  /** The payment was not finished in time. */
  expire(paymentId: string): Payment;
  /** The user cancelled on the payment page. */
  cancelByUser(paymentId: string): Payment;
  /** A pending refund succeeded. */
  settleRefund(refundId: string): Refund;
  /** A pending refund failed. */
  failRefund(refundId: string): Refund;
  /** Every payment, in the order they were made. */
  payments(): Payment[];
  /** Forgets every payment. */
  clear(): void;
}

/** The memory provider: a `PaymentProvider` plus the controls a test needs. */
export type MemoryPaymentProvider = PaymentProvider & { readonly controls: MemoryPayControls };

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    now: z
      .custom<() => Date>((value) => typeof value === 'function', { error: 'must be a function' })
      .optional(),
    capabilities: z
      .strictObject({
        cancel: z.boolean().optional(),
        delayedCapture: z.boolean().optional(),
        refunds: z.boolean().optional(),
        partialRefunds: z.boolean().optional(),
        paymentEvents: z.boolean().optional(),
        search: z.boolean().optional(),
      })
      .optional(),
    payPageUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    level: z.unknown().optional(),
    logger: z.unknown().optional(),
  }),
);

const testCard: CardSummary = {
  brand: 'visa',
  rawBrand: 'visa',
  lastFour: '4242',
  expiryMonth: 12,
  expiryYear: 2030,
};
const unfinished = ['created', 'in_progress'] as const;

/**
 * A real payment provider that keeps everything in memory: payments start `created`, move on through
 * `controls` as a user on the payment page would, and can be captured, cancelled and refunded
 * (refunds start `pending`). For unit tests and demos.
 */
export function memoryPay(options: MemoryPayOptions = {}): MemoryPaymentProvider {
  parseConfig(optionsSchema(), options, 'memory');
  const now = options.now ?? (() => new Date());
  const store = new PaymentStore(now, options.payPageUrl ?? 'https://pay.memory.invalid/pay');
  const capabilities: PaymentCapabilities = {
    cancel: true,
    delayedCapture: true,
    refunds: true,
    partialRefunds: true,
    paymentEvents: true,
    search: true,
    ...options.capabilities,
  };

  const provider = definePaymentProvider(
    {
      provider: 'memory',
      capabilities,
      createPayment: async (request) => store.create(request),
      getPayment: async (id) => store.read(id),
      listPaymentEvents: async (id) => store.events(id),
      searchPayments: (filter) => search(store, filter),
      cancelPayment: async (id) => {
        store.move(id, 'cancelled', [...unfinished, 'capturable']);
      },
      capturePayment: async (id) => {
        store.move(id, 'paid', ['capturable']);
      },
      createRefund: async (paymentId, request) => store.refund(paymentId, request),
      getRefund: async (paymentId, refundId) => store.getRefund(paymentId, refundId),
      listRefunds: async (paymentId) => store.refunds(paymentId),
    },
    { logger: options.logger, level: options.level },
  );

  const id = (value: string) => parseInput(z.strictObject({ id: idSchema() }), { id: value }, 'memory').id;
  const controls: MemoryPayControls = {
    start: (paymentId) => store.move(id(paymentId), 'in_progress', ['created']),
    complete(paymentId, card) {
      const payment = store.read(id(paymentId));
      if (payment.status === 'created') store.move(paymentId, 'in_progress', ['created']);
      return store.move(paymentId, payment.delayedCapture ? 'capturable' : 'paid', ['in_progress'], {
        ...testCard,
        ...card,
      });
    },
    decline: (paymentId) => store.move(id(paymentId), 'declined', unfinished),
    expire: (paymentId) => store.move(id(paymentId), 'expired', [...unfinished, 'capturable']),
    cancelByUser: (paymentId) => store.move(id(paymentId), 'cancelled', unfinished),
    settleRefund: (refundId) => store.settleRefund(id(refundId), 'succeeded'),
    failRefund: (refundId) => store.settleRefund(id(refundId), 'failed'),
    payments: () => store.all(),
    clear: () => store.clear(),
  };
  return { ...provider, controls };
}

// Newest first, as providers list; a page at a time, so a caller that stops early stops the work.
async function* search(store: PaymentStore, filter: PaymentSearchRequest): AsyncIterable<Payment> {
  const matches = store
    .all()
    .filter(
      (payment) =>
        (filter.reference === undefined || payment.reference === filter.reference) &&
        (filter.email === undefined || payment.email?.toLowerCase() === filter.email.toLowerCase()) &&
        (filter.status === undefined || payment.status === filter.status) &&
        (filter.createdFrom === undefined || payment.createdAt >= filter.createdFrom) &&
        (filter.createdTo === undefined || payment.createdAt < filter.createdTo),
    )
    .reverse();
  yield* matches;
}
