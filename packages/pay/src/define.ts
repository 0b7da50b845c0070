import {
  ConfigError,
  createLogger,
  type LoggerOptions,
  onFirstUse,
  parseInput,
  UnsupportedError,
  z,
} from '@councilkit/core';
import { type CallContext, createCallRunner } from './call-runner.js';
import { capabilityOfMethod, type PaymentCapabilities, paymentCapabilityNames } from './capabilities.js';
import {
  type CreateRefundInput,
  createPaymentInputSchema,
  createRefundInputSchema,
  idSchema,
  type Payment,
  type PaymentEvent,
  type PaymentSearchFilter,
  paymentSearchFilterSchema,
  type Refund,
} from './model.js';
import type { PaymentProvider } from './port.js';

/** `createPayment`'s input after checking, as an adapter receives it. */
export type CreatePaymentRequest = z.output<ReturnType<typeof createPaymentInputSchema>>;
/** `createRefund`'s input after checking. */
export type CreateRefundRequest = z.output<ReturnType<typeof createRefundInputSchema>>;
/** `searchPayments`' filter after checking. */
export type PaymentSearchRequest = z.output<ReturnType<typeof paymentSearchFilterSchema>>;

/**
 * What an adapter implements: each method gets input that has already been checked, and a context
 * with the caller's options (`idempotencyKey`, `signal`, `timeoutMs`) and a redacting logger. Methods
 * behind a capability the provider declares false may be left out; the caller then gets `UnsupportedError`.
 */
export interface PaymentProviderImplementation {
  readonly provider: string;
  readonly capabilities: PaymentCapabilities;
  createPayment(input: CreatePaymentRequest, context: CallContext): Promise<Payment>;
  getPayment(id: string, context: CallContext): Promise<Payment>;
  listPaymentEvents?(id: string, context: CallContext): Promise<PaymentEvent[]>;
  searchPayments?(filter: PaymentSearchRequest, context: CallContext): AsyncIterable<Payment>;
  cancelPayment?(id: string, context: CallContext): Promise<void>;
  capturePayment?(id: string, context: CallContext): Promise<void>;
  createRefund?(paymentId: string, input: CreateRefundRequest, context: CallContext): Promise<Refund>;
  getRefund?(paymentId: string, refundId: string, context: CallContext): Promise<Refund>;
  listRefunds?(paymentId: string, context: CallContext): Promise<Refund[]>;
}

const idInput = onFirstUse(() => z.strictObject({ id: idSchema() }));
const refundIdsInput = onFirstUse(() => z.strictObject({ paymentId: idSchema(), refundId: idSchema() }));
const createRefundArguments = onFirstUse(() =>
  z.strictObject({ paymentId: idSchema(), input: createRefundInputSchema() }),
);

/**
 * Wraps an adapter as a `PaymentProvider`. Every call checks its input and options with the model's
 * schemas (a `ValidationError` naming the field, before the adapter runs), refuses what the
 * provider's capabilities rule out (`UnsupportedError`), logs its start, end and failure with ids,
 * amounts and statuses only, and turns anything thrown that is not a councilkit error into a
 * `ProviderError` that keeps it as `cause`.
 */
export function definePaymentProvider(
  implementation: PaymentProviderImplementation,
  options: LoggerOptions = {},
): PaymentProvider {
  checkImplementation(implementation);
  const { provider } = implementation;
  const capabilities: PaymentCapabilities = Object.freeze({ ...implementation.capabilities });
  const runner = createCallRunner(provider, createLogger({ ...options, bindings: { provider } }));
  const parse = <Schema extends z.ZodType>(schema: Schema, value: unknown) =>
    parseInput(schema, value, provider);

  // The adapter's method, or one that says the provider cannot do it. Checked after the input, so
  // bad input is still a ValidationError naming the field.
  const optional = <Name extends keyof typeof capabilityOfMethod>(name: Name) => {
    const method = implementation[name];
    if (capabilities[capabilityOfMethod[name]] && method !== undefined) return method.bind(implementation);
    return () => {
      throw new UnsupportedError(name, { provider });
    };
  };
  const listPaymentEvents = optional('listPaymentEvents') as NonNullable<
    PaymentProviderImplementation['listPaymentEvents']
  >;
  const searchPayments = optional('searchPayments') as NonNullable<
    PaymentProviderImplementation['searchPayments']
  >;
  const cancelPayment = optional('cancelPayment') as NonNullable<
    PaymentProviderImplementation['cancelPayment']
  >;
  const capturePayment = optional('capturePayment') as NonNullable<
    PaymentProviderImplementation['capturePayment']
  >;
  const createRefund = optional('createRefund') as NonNullable<PaymentProviderImplementation['createRefund']>;
  const getRefund = optional('getRefund') as NonNullable<PaymentProviderImplementation['getRefund']>;
  const listRefunds = optional('listRefunds') as NonNullable<PaymentProviderImplementation['listRefunds']>;

  const paymentFields = (payment: Payment) => ({
    paymentId: payment.id,
    status: payment.status,
    rawStatus: payment.rawStatus,
  });
  const refundFields = (refund: Refund) => ({
    refundId: refund.id,
    paymentId: refund.paymentId,
    amount: refund.amount,
    status: refund.status,
  });

  return {
    provider,
    capabilities,

    createPayment: (input, callOptions) =>
      runner.call(
        {
          name: 'createPayment',
          writes: true,
          parse: () => {
            const request = parse(createPaymentInputSchema(), input);
            if (request.delayedCapture && !capabilities.delayedCapture)
              throw new UnsupportedError('delayedCapture', { provider });
            return request;
          },
          startFields: (request) => ({ amount: request.amount, delayedCapture: request.delayedCapture }),
          finishFields: paymentFields,
        },
        callOptions,
        (request, context) => implementation.createPayment(request, context),
      ),

    getPayment: (id, callOptions) =>
      runner.call(
        {
          name: 'getPayment',
          parse: () => parse(idInput(), { id }).id,
          startFields: (paymentId) => ({ paymentId }),
          finishFields: paymentFields,
        },
        callOptions,
        (paymentId, context) => implementation.getPayment(paymentId, context),
      ),

    listPaymentEvents: (id, callOptions) =>
      runner.call(
        {
          name: 'listPaymentEvents',
          parse: () => parse(idInput(), { id }).id,
          startFields: (paymentId) => ({ paymentId }),
          finishFields: (events) => ({ count: events.length }),
        },
        callOptions,
        (paymentId, context) => listPaymentEvents(paymentId, context),
      ),

    searchPayments: (filter?: PaymentSearchFilter, callOptions?) =>
      runner.listing(
        {
          name: 'searchPayments',
          parse: () => {
            const parsed = parse(paymentSearchFilterSchema(), filter ?? {});
            if (!capabilities.search) throw new UnsupportedError('searchPayments', { provider });
            return parsed;
          },
          startFields: (parsed) => ({ status: parsed.status }),
        },
        callOptions,
        (parsed, context) => searchPayments(parsed, context),
      ),

    cancelPayment: (id, callOptions) =>
      runner.call(
        {
          name: 'cancelPayment',
          writes: true,
          parse: () => parse(idInput(), { id }).id,
          startFields: (paymentId) => ({ paymentId }),
        },
        callOptions,
        (paymentId, context) => cancelPayment(paymentId, context),
      ),

    capturePayment: (id, callOptions) =>
      runner.call(
        {
          name: 'capturePayment',
          writes: true,
          parse: () => parse(idInput(), { id }).id,
          startFields: (paymentId) => ({ paymentId }),
        },
        callOptions,
        (paymentId, context) => capturePayment(paymentId, context),
      ),

    createRefund: (paymentId, input: CreateRefundInput, callOptions) =>
      runner.call(
        {
          name: 'createRefund',
          writes: true,
          parse: () => parse(createRefundArguments(), { paymentId, input }),
          startFields: (request) => ({ paymentId: request.paymentId, amount: request.input.amount }),
          finishFields: refundFields,
        },
        callOptions,
        (request, context) => createRefund(request.paymentId, request.input, context),
      ),

    getRefund: (paymentId, refundId, callOptions) =>
      runner.call(
        {
          name: 'getRefund',
          parse: () => parse(refundIdsInput(), { paymentId, refundId }),
          startFields: (ids) => ({ paymentId: ids.paymentId, refundId: ids.refundId }),
          finishFields: refundFields,
        },
        callOptions,
        (ids, context) => getRefund(ids.paymentId, ids.refundId, context),
      ),

    listRefunds: (paymentId, callOptions) =>
      runner.call(
        {
          name: 'listRefunds',
          parse: () => parse(idInput(), { id: paymentId }).id,
          startFields: (id) => ({ paymentId: id }),
          finishFields: (refunds) => ({ count: refunds.length }),
        },
        callOptions,
        (id, context) => listRefunds(id, context),
      ),
  };
}

const requiredMethods = ['createPayment', 'getPayment'] as const;

// A missing method would otherwise surface as a ProviderError on first use, far from the mistake.
function checkImplementation(
  implementation: unknown,
): asserts implementation is PaymentProviderImplementation {
  const candidate = (implementation ?? {}) as Record<string, unknown>;
  const capabilities = (candidate['capabilities'] ?? undefined) as Record<string, unknown> | undefined;
  const issues: { path: string; message: string }[] = [];
  if (typeof candidate['provider'] !== 'string' || candidate['provider'] === '')
    issues.push({ path: 'provider', message: 'must be a non-empty string naming the provider' });
  for (const name of requiredMethods)
    if (typeof candidate[name] !== 'function') issues.push({ path: name, message: 'must be a function' });
  if (typeof capabilities !== 'object' || capabilities === null) {
    issues.push({ path: 'capabilities', message: 'must say which capabilities the provider has' });
  } else {
    for (const name of paymentCapabilityNames)
      if (typeof capabilities[name] !== 'boolean')
        issues.push({ path: `capabilities.${name}`, message: 'must be true or false' });
    for (const [method, capability] of Object.entries(capabilityOfMethod))
      if (capabilities[capability] === true && typeof candidate[method] !== 'function')
        issues.push({
          path: method,
          message: `must be a function, since capabilities.${capability} is true`,
        });
  }
  if (issues.length > 0)
    throw new ConfigError(issues, { summary: 'Invalid payment provider implementation' });
}
