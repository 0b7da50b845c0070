import {
  createHttpClient,
  createLogger,
  type HttpRequest,
  loadSecret,
  parseConfig,
  userAgent,
  ValidationError,
} from '@councilkit/core';
import {
  type CallContext,
  definePaymentProvider,
  type Payment,
  type PaymentProvider,
  type PaymentProviderImplementation,
  type PaymentSearchRequest,
  type PaymentStatus,
} from '@councilkit/pay';
import { agreementsAndDisputes } from './agreements.js';
import { checkPayApiKey } from './api-key.js';
import {
  apiKeyEnvironmentVariable,
  defaultBaseUrl,
  type GovukPayOptions,
  govukPayOptionsSchema,
} from './options.js';
import { readGovukPayOptions } from './provider-options.js';
import { createRefund, listRefunds } from './refunds.js';
import { VERSION } from './version.js';
import { createPaymentBody } from './wire/create-body.js';
import { parsePayError } from './wire/error-body.js';
import { followPages, pageSize } from './wire/pages.js';
import { readPayment, readPaymentEvents } from './wire/payment.js';
import { readRefund } from './wire/refund.js';

const provider = 'govuk-pay';

// GOV.UK Pay's ids (payments, refunds) are short runs of lower-case letters and digits.
const idShape = /^[0-9a-z]{10,64}$/i;

// Web payments are not deduplicated by GOV.UK Pay, so this is what a creation error says when the
// request may have arrived.
const createOutcomeUnknown =
  'The payment may or may not have been created, and GOV.UK Pay does not deduplicate web payments, so it was not sent again: find it with searchPayments({ reference }) before creating another';

// The one GOV.UK Pay state a neutral status can be searched by; the rest are filtered after reading.
const searchState: Partial<Record<PaymentStatus, string>> = {
  created: 'created',
  paid: 'success',
  declined: 'failed',
  expired: 'failed',
};

/** GOV.UK Pay as a `PaymentProvider`, plus recurring-payment agreements and disputes. */
export type GovukPay = PaymentProvider & ReturnType<typeof agreementsAndDisputes>;

/**
 * Creates a GOV.UK Pay client. Options are checked at once (a `ConfigError` lists every problem); a
 * malformed API key is rejected here, never echoed.
 *
 * @example
 * const pay = govukPay({ apiKey: process.env.GOVUK_PAY_API_KEY });
 * const payment = await pay.createPayment({ amount: 2500, reference: 'PERMIT-1', description: 'Parking permit', returnUrl });
 */
export function govukPay(options: GovukPayOptions = {}): GovukPay {
  const settings = parseConfig(govukPayOptionsSchema(), options, provider);
  const keyFromEnvironment = process.env[apiKeyEnvironmentVariable];
  let apiKey =
    settings.apiKey !== undefined
      ? checkPayApiKey(settings.apiKey, 'apiKey')
      : keyFromEnvironment
        ? checkPayApiKey(keyFromEnvironment, apiKeyEnvironmentVariable)
        : undefined;
  let authorization = apiKey === undefined ? undefined : `Bearer ${apiKey}`;
  // With no key yet, the environment is read again on the first call (it may be loaded after import).
  const authorizationHeader = () => {
    if (authorization === undefined) {
      apiKey = checkPayApiKey(
        loadSecret({
          value: undefined,
          option: 'apiKey',
          environmentVariable: apiKeyEnvironmentVariable,
          provider,
        }),
        apiKeyEnvironmentVariable,
      );
      authorization = `Bearer ${apiKey}`;
    }
    return authorization;
  };

  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/pay-govuk', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    headers: () => ({ authorization: authorizationHeader() }),
    parseError: parsePayError,
  });

  const checkId = (id: string, field = 'id') => {
    if (!idShape.test(id))
      throw new ValidationError([{ path: field, message: 'is not a GOV.UK Pay id (letters and digits)' }], {
        provider,
      });
    return id;
  };
  const call = (context: CallContext): Pick<HttpRequest, 'signal' | 'timeoutMs'> => ({
    signal: context.signal,
    timeoutMs: context.timeoutMs,
  });
  const get = async (path: string, context: CallContext, query?: HttpRequest['query']) =>
    (await http.request({ method: 'GET', path, query, ...call(context) })).data;

  const searchPayments = (filter: PaymentSearchRequest, context: CallContext): AsyncIterable<Payment> => {
    const payments = followPages(
      (page) =>
        get('/v1/payments', context, {
          reference: filter.reference,
          email: filter.email,
          state: filter.status === undefined ? undefined : searchState[filter.status],
          from_date: filter.createdFrom?.toISOString(),
          to_date: filter.createdTo?.toISOString(),
          page,
          display_size: pageSize,
        }),
      readPayment,
    );
    return (async function* () {
      for await (const payment of payments)
        if (filter.status === undefined || payment.status === filter.status) yield payment;
    })();
  };

  const implementation: PaymentProviderImplementation = {
    provider,
    capabilities: {
      cancel: true,
      delayedCapture: true,
      refunds: true,
      partialRefunds: true,
      paymentEvents: true,
      search: true,
    },
    async createPayment(request, context) {
      const govukPayOptions = readGovukPayOptions(request.providerOptions);
      const agreement = govukPayOptions.authorisationMode === 'agreement';
      const { data } = await http.request({
        method: 'POST',
        path: '/v1/payments',
        json: createPaymentBody(request, govukPayOptions),
        // GOV.UK Pay honours Idempotency-Key only for agreement payments: only those may be repeated.
        ...(agreement
          ? {
              headers: { 'Idempotency-Key': context.idempotencyKey ?? crypto.randomUUID() },
              idempotent: true,
            }
          : { idempotent: false }),
        outcomeUnknownNote: createOutcomeUnknown,
        ...call(context),
      });
      return readPayment(data);
    },
    getPayment: async (id, context) => readPayment(await get(`/v1/payments/${checkId(id)}`, context)),
    listPaymentEvents: async (id, context) =>
      readPaymentEvents(await get(`/v1/payments/${checkId(id)}/events`, context)),
    searchPayments,
    async cancelPayment(id, context) {
      await http.request({
        method: 'POST',
        path: `/v1/payments/${checkId(id)}/cancel`,
        idempotent: false,
        ...call(context),
      });
    },
    async capturePayment(id, context) {
      await http.request({
        method: 'POST',
        path: `/v1/payments/${checkId(id)}/capture`,
        idempotent: false,
        ...call(context),
      });
    },
    createRefund: (paymentId, request, context) =>
      createRefund(http, checkId(paymentId, 'paymentId'), request, context),
    getRefund: async (paymentId, refundId, context) =>
      readRefund(
        await get(
          `/v1/payments/${checkId(paymentId, 'paymentId')}/refunds/${checkId(refundId, 'refundId')}`,
          context,
        ),
      ),
    listRefunds: (paymentId, context) => listRefunds(http, checkId(paymentId), context),
  };

  return { ...definePaymentProvider(implementation, loggerOptions), ...agreementsAndDisputes(http) };
}
