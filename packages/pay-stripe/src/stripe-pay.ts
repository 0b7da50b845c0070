import {
  ConflictError,
  createHttpClient,
  createLogger,
  type HttpRequest,
  loadSecret,
  NotFoundError,
  parseConfig,
  userAgent,
} from '@councilkit/core';
import {
  type CallContext,
  definePaymentProvider,
  type PaymentProvider,
  type PaymentProviderImplementation,
} from '@councilkit/pay';
import { encodeForm, type StripeParams } from './form-encoding.js';
import { checkStripeId } from './ids.js';
import { listPages, paymentExpand, type StripeGet } from './list-pages.js';
import {
  defaultBaseUrl,
  type StripePayOptions,
  secretKeyEnvironmentVariable,
  stripeApiVersion,
  stripePayOptionsSchema,
} from './options.js';
import { searchSessions } from './search-sessions.js';
import { checkSecretKey, type KeyMode } from './secret-key.js';
import { checkoutSessionParams } from './session-params.js';
import { VERSION } from './version.js';
import { parseStripeError, remapStripeError } from './wire/error.js';
import { cancelledKey } from './wire/internal-metadata.js';
import { parseRefund, readRefund } from './wire/refund.js';
import {
  intentIdOf,
  intentOf,
  parseSession,
  readPayment,
  type StripeSession,
  statusOf,
} from './wire/session.js';

const provider = 'stripe';

/** Stripe Checkout as a `PaymentProvider`, plus what only Stripe has. */
export interface StripePay extends PaymentProvider {
  /** `test` or `live`, from the key; undefined until the key is known (it may come from the environment later). */
  readonly mode: () => KeyMode | undefined;
  /** The payment (Checkout Session) a PaymentIntent belongs to: for webhook events that name only the intent. */
  paymentIdOfIntent(
    paymentIntentId: string,
    options?: Pick<CallContext, 'signal' | 'timeoutMs'>,
  ): Promise<string | undefined>;
}

/**
 * Creates a Stripe Checkout client for the payment port. Options are checked at once (a
 * `ConfigError` lists every problem); a malformed key is refused there, never echoed. Every write
 * carries Stripe's `Idempotency-Key`, the same on each retry, so even creation is repeated safely.
 *
 * @example
 * const pay = stripePay({ secretKey: process.env.STRIPE_SECRET_KEY });
 * const payment = await pay.createPayment({ amount: 2500, reference: 'PERMIT-1', description: 'Parking permit', returnUrl });
 */
export function stripePay(options: StripePayOptions = {}): StripePay {
  const settings = parseConfig(stripePayOptionsSchema(), options, provider);
  let mode: KeyMode | undefined;
  let secretKey: string | undefined;
  if (settings.secretKey !== undefined) {
    mode = checkSecretKey(settings.secretKey, 'secretKey');
    secretKey = settings.secretKey.trim();
  }
  // With no key yet, the environment is read on the first call (it may be loaded after import).
  const authorization = () => {
    if (secretKey === undefined) {
      const fromEnvironment = loadSecret({
        value: undefined,
        option: 'secretKey',
        environmentVariable: secretKeyEnvironmentVariable,
        provider,
      });
      mode = checkSecretKey(fromEnvironment, secretKeyEnvironmentVariable);
      secretKey = fromEnvironment.trim();
    }
    return `Bearer ${secretKey}`;
  };

  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/pay-stripe', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    headers: () => ({
      authorization: authorization(),
      'stripe-version': settings.apiVersion ?? stripeApiVersion,
    }),
    parseError: parseStripeError,
    idempotencyHeader: 'Idempotency-Key',
  });

  const call = async <T = unknown>(request: HttpRequest): Promise<T> => {
    try {
      return (await http.request<T>(request)).data;
    } catch (error) {
      throw remapStripeError(error);
    }
  };
  const get: StripeGet = (path, context, query) =>
    call({ method: 'GET', path, query, signal: context.signal, timeoutMs: context.timeoutMs });
  // The key is made once per logical call (by core, or the caller's) and sent on every attempt.
  const post = (
    path: string,
    params: StripeParams,
    context: CallContext,
    idempotencyKey = context.idempotencyKey,
  ) =>
    call({
      method: 'POST',
      path,
      form: encodeForm(params),
      idempotencyKey,
      signal: context.signal,
      timeoutMs: context.timeoutMs,
    });
  // A second write in one logical call needs a key of its own: Stripe refuses a key reused on another endpoint.
  const derivedKey = (context: CallContext, step: string) =>
    context.idempotencyKey ? `${context.idempotencyKey.slice(0, 230)}-${step}` : undefined;

  const readSession = async (id: string, context: CallContext): Promise<StripeSession> =>
    parseSession(
      await get(`/v1/checkout/sessions/${checkStripeId(id, 'cs_', 'id')}`, context, {
        'expand[]': paymentExpand,
      }),
    );

  const paidIntentId = (session: StripeSession): string => {
    const intent = intentOf(session);
    if (intent?.status !== 'succeeded') {
      throw new ConflictError(`The payment is ${statusOf(session)}, not paid, so it cannot be refunded`, {
        provider,
      });
    }
    return intent.id;
  };

  const implementation: PaymentProviderImplementation = {
    provider,
    capabilities: {
      cancel: true,
      delayedCapture: true,
      refunds: true,
      partialRefunds: true,
      // Stripe's event list cannot be filtered by payment; webhooks carry the events instead.
      paymentEvents: false,
      search: true,
    },

    async createPayment(input, context) {
      const session = parseSession(
        await post('/v1/checkout/sessions', checkoutSessionParams(input), context),
      );
      return readPayment(session, input.description);
    },

    getPayment: async (id, context) => readPayment(await readSession(id, context), undefined),

    searchPayments: (filter, context) => searchSessions(get, filter, context),

    async cancelPayment(id, context) {
      const session = await readSession(id, context);
      const intent = intentOf(session);
      if (session.status === 'open') {
        // Marked first, so the expired session reads as cancelled by the service, not timed out.
        await post(
          `/v1/checkout/sessions/${session.id}`,
          { metadata: { [cancelledKey]: 'true' } },
          context,
          derivedKey(context, 'mark'),
        );
        await post(`/v1/checkout/sessions/${session.id}/expire`, {}, context, derivedKey(context, 'expire'));
        return;
      }
      if (intent?.status === 'requires_capture') {
        await post(`/v1/payment_intents/${intent.id}/cancel`, {}, context);
        return;
      }
      throw new ConflictError(`The payment is ${statusOf(session)}, so it cannot be cancelled`, { provider });
    },

    async capturePayment(id, context) {
      const session = await readSession(id, context);
      const intent = intentOf(session);
      if (intent?.status !== 'requires_capture') {
        throw new ConflictError(`The payment is ${statusOf(session)}, not capturable`, { provider });
      }
      await post(`/v1/payment_intents/${intent.id}/capture`, {}, context);
    },

    async createRefund(paymentId, input, context) {
      const session = await readSession(checkStripeId(paymentId, 'cs_', 'paymentId'), context);
      const intentId = paidIntentId(session);
      const available = readPayment(session, undefined).refundSummary?.amountAvailable ?? 0;
      // Stripe has no "expected amount" check of its own: the adapter compares before refunding.
      if (input.expectedAmountAvailable !== undefined && input.expectedAmountAvailable !== available) {
        throw new ConflictError(
          `The amount available to refund is now ${available} pence, not ${input.expectedAmountAvailable}: read the payment again before refunding`,
          { provider },
        );
      }
      const refund = parseRefund(
        await post('/v1/refunds', { payment_intent: intentId, amount: input.amount }, context),
      );
      return readRefund(refund, session.id);
    },

    async getRefund(paymentId, refundId, context) {
      checkStripeId(refundId, 're_', 'refundId');
      const session = await readSession(checkStripeId(paymentId, 'cs_', 'paymentId'), context);
      const refund = parseRefund(await get(`/v1/refunds/${refundId}`, context));
      if (refund.payment_intent !== intentIdOf(session)) {
        throw new NotFoundError('The refund is not one of this payment', { provider, status: 404 });
      }
      return readRefund(refund, session.id);
    },

    async listRefunds(paymentId, context) {
      const session = await readSession(checkStripeId(paymentId, 'cs_', 'paymentId'), context);
      const intentId = intentIdOf(session);
      if (intentId === undefined) return [];
      const refunds = [];
      for await (const body of listPages(get, '/v1/refunds', { payment_intent: intentId }, context)) {
        refunds.push(readRefund(parseRefund(body), session.id));
      }
      // Stripe lists newest first; the port gives the oldest first.
      return refunds.reverse();
    },
  };

  const port = definePaymentProvider(implementation, loggerOptions);
  return {
    ...port,
    mode: () => mode,
    async paymentIdOfIntent(paymentIntentId, callOptions = {}) {
      const list = (await get('/v1/checkout/sessions', callOptions, {
        payment_intent: checkStripeId(paymentIntentId, 'pi_', 'paymentIntentId'),
        limit: '1',
      })) as {
        data?: { id?: string }[];
      };
      return list?.data?.[0]?.id ?? undefined;
    },
  };
}
