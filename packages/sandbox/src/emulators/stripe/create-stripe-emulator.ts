import { Hono } from 'hono';
import { invalidOption } from '../../errors.js';
import { createEmulatorClock } from '../notify/clock.js';
import { StripeApiError } from './api-error.js';
import { errorResponse } from './api-route.js';
import { createStripeControl } from './control.js';
import { newId } from './ids.js';
import { registerCheckoutPageRoutes } from './routes/checkout-page-routes.js';
import { registerCheckoutSessionRoutes } from './routes/checkout-session-routes.js';
import { registerEventRoutes } from './routes/event-routes.js';
import { registerPaymentIntentRoutes } from './routes/payment-intent-routes.js';
import { registerRefundRoutes } from './routes/refund-routes.js';
import { createStripeState, type StripeState } from './stripe-state.js';
import type { StripeEmulator, StripeEmulatorOptions } from './types.js';
import { WebhookSender } from './webhook-sender.js';

// Fixed, so a demo or .env configured once keeps working after a restart. Test-mode shapes only.
const defaultSecretKey = 'sk_test_51CouncilKitSandbox0000000000000000000000000000000000000000';
const defaultWebhookSecret = 'whsec_councilkitSandboxStripeWebhookSecret0000';

/**
 * Makes a Stripe emulator: Checkout Sessions, PaymentIntents, refunds and events under `/v1` with
 * Stripe's form-encoded parameters, ids, object shapes, error bodies and idempotent replay; a
 * hosted checkout page at `<basePath>/checkout/pay/<session id>`; signed webhooks; fixed test
 * credentials in `credentials` and a test backdoor in `control`.
 */
export function createStripeEmulator(options: StripeEmulatorOptions = {}): StripeEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const secretKey = options.secretKey ?? defaultSecretKey;
  if (typeof secretKey !== 'string' || !/^(sk|rk)_test_[A-Za-z0-9]{8,}$/.test(secretKey)) {
    throw invalidOption(
      'secretKey',
      'must be a test-mode key: sk_test_ or rk_test_ and at least 8 letters or digits',
    );
  }
  const webhookSecret = options.webhookSecret ?? defaultWebhookSecret;
  if (typeof webhookSecret !== 'string' || !webhookSecret.startsWith('whsec_') || webhookSecret.length < 16) {
    throw invalidOption('webhookSecret', 'must start with whsec_ and be at least 16 characters');
  }
  const clock = createEmulatorClock(options.now);
  const webhooks = new WebhookSender(
    {
      retryIntervalMs: nonNegative(options.webhooks?.retryIntervalMs, 60_000, 'webhooks.retryIntervalMs'),
      maxRetries: nonNegative(options.webhooks?.maxRetries, 3, 'webhooks.maxRetries'),
      timeoutMs: nonNegative(options.webhooks?.timeoutMs, 10_000, 'webhooks.timeoutMs'),
    },
    () => webhookSecret,
    () => Math.floor(clock.now().getTime() / 1000),
  );
  if (options.webhookUrl !== undefined) {
    try {
      new URL(options.webhookUrl);
    } catch {
      throw invalidOption('webhookUrl', 'must be an absolute URL');
    }
    webhooks.setEndpoint(options.webhookUrl);
  }
  const state = createStripeState({ basePath, clock, secretKey, webhookSecret, webhooks });

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', (context) => context.json({ status: 'ok', service: 'stripe' }));
  registerCheckoutSessionRoutes(app, state);
  registerPaymentIntentRoutes(app, state);
  registerRefundRoutes(app, state);
  registerEventRoutes(app, state);
  registerCheckoutPageRoutes(app, state);
  app.notFound((context) =>
    errorResponse(
      new StripeApiError(404, {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${context.req.method}: ${new URL(context.req.url).pathname.slice(basePath.length)}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      }),
      newId.request(),
    ),
  );
  app.onError((error) =>
    errorResponse(
      error instanceof StripeApiError
        ? error
        : new StripeApiError(
            500,
            { type: 'api_error', message: 'An unknown error occurred' },
            {
              'Stripe-Should-Retry': 'false',
            },
          ),
      newId.request(),
    ),
  );

  // Expiries are applied whenever anything reads; with the real clock a timer also applies the next
  // one on time, so `checkout.session.expired` reaches the webhook endpoint without anyone asking.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const scheduleNext = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const due = closed || clock.isCustom ? undefined : nextDueSeconds(state);
    if (due === undefined) return;
    const delay = Math.min(Math.max(due * 1000 - clock.now().getTime(), 0), 2_147_483_647);
    timer = setTimeout(() => {
      timer = undefined;
      state.settle();
      scheduleNext();
    }, delay);
    timer.unref?.();
  };

  return {
    service: 'stripe',
    basePath,
    credentials: { secretKey, webhookSecret },
    control: createStripeControl(state),
    fetch: async (request) => {
      const response = await app.fetch(request);
      scheduleNext();
      return response;
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await webhooks.close();
    },
  };
}

/** When, in unix seconds, the next open session expires or uncaptured hold lapses. */
function nextDueSeconds(state: StripeState): number | undefined {
  let due: number | undefined;
  for (const session of state.sessions.values()) {
    if (session.status === 'open' && (due === undefined || session.expiresAt < due)) due = session.expiresAt;
  }
  for (const intent of state.intents.values()) {
    const charge =
      intent.status === 'requires_capture' ? state.charges.get(intent.latestChargeId ?? '') : undefined;
    if (charge && (due === undefined || charge.captureBefore < due)) due = charge.captureBefore;
  }
  return due;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw invalidOption(name, 'must be a number >= 0');
  return value;
}
