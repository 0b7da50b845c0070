import { Hono } from 'hono';
import { invalidOption } from '../../errors.js';
import { createEmulatorClock } from '../notify/clock.js';
import { PayApiError, tooManyRequests } from './api-error.js';
import { isWellFormedApiKey, makeApiKey } from './api-key.js';
import { createPayControl, sandboxWebhookSecret } from './control.js';
import type { PayEmulator, PayEmulatorOptions } from './emulator-types.js';
import { json } from './http.js';
import { PaymentStore } from './payment-store.js';
import { RateLimiter } from './rate-limiter.js';
import { activateAgreement, registerAgreementRoutes } from './routes/agreement-routes.js';
import { registerCardPageRoutes } from './routes/card-page-routes.js';
import { registerDisputeRoutes } from './routes/dispute-routes.js';
import { registerPaymentRoutes } from './routes/payment-routes.js';
import { registerRefundRoutes } from './routes/refund-routes.js';
import type { PayState } from './state.js';
import { WebhookSender } from './webhooks.js';

// A fixed token id, so `credentials.apiKey` is the same on every start.
const sandboxTokenId = 'c0unc1lk1tsandb0xpayt0ken0'.replace(/[^0-9a-v]/g, '0');

/**
 * Makes a GOV.UK Pay emulator: the v1 API (payments, events, search, cancel, capture, refunds,
 * agreements, disputes) with GOV.UK Pay's status codes, error codes and state machine, the hosted
 * card page at `next_url`, signed webhooks, a clock tests can move, and a backdoor in `control`.
 */
export function createPayEmulator(options: PayEmulatorOptions = {}): PayEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/')))
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  const webhookUrl = options.webhooks?.url;
  if (webhookUrl !== undefined && !URL.canParse(webhookUrl))
    throw invalidOption('webhooks.url', 'must be a URL');
  const retryDelaysMs = options.webhooks?.retryDelaysMs ?? [
    60_000, 300_000, 3_600_000, 86_400_000, 172_800_000,
  ];
  if (!Array.isArray(retryDelaysMs) || !retryDelaysMs.every((delay) => Number.isFinite(delay) && delay >= 0))
    throw invalidOption('webhooks.retryDelaysMs', 'must be a list of numbers >= 0');
  const signingSecret = options.webhooks?.signingSecret ?? sandboxWebhookSecret;
  if (typeof signingSecret !== 'string' || signingSecret === '')
    throw invalidOption('webhooks.signingSecret', 'must be a non-empty string');
  const limits = options.rateLimit;
  const positive = (value: number | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < 1) throw invalidOption(name, 'must be an integer >= 1');
    return value;
  };
  const rateLimiter = new RateLimiter(
    limits === false
      ? false
      : {
          postsPerSecond: positive(limits?.postsPerSecond, 15, 'rateLimit.postsPerSecond'),
          readsPerSecond: positive(limits?.readsPerSecond, 75, 'rateLimit.readsPerSecond'),
        },
  );

  const clock = createEmulatorClock(options.now);
  const now = () => clock.now();
  const webhooks = new WebhookSender(
    {
      url: webhookUrl,
      signingSecret,
      retryDelaysMs,
      timeoutMs: positive(options.webhooks?.timeoutMs, 3_000, 'webhooks.timeoutMs'),
    },
    now,
  );
  const state: PayState = {
    basePath,
    clock,
    payments: new PaymentStore(now, (record, eventType) => {
      if (eventType === 'card_payment_succeeded') activateAgreement(state, record);
      webhooks.send(record, eventType);
    }),
    agreements: new Map(),
    disputes: [],
    idempotency: new Map(),
    webhooks,
    rateLimiter,
  };

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', () => json({ status: 'ok', service: 'pay' }));
  // Every API call: the bearer key's checksum first, then the rate limit, as GOV.UK Pay's filters run.
  app.use('/v1/*', async (context, next) => {
    const authorization = context.req.header('Authorization') ?? '';
    const key = authorization.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
    if (!isWellFormedApiKey(key))
      return new Response('Credentials are required to access this resource.', {
        status: 401,
        headers: { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer realm="GOV.UK Pay"' },
      });
    if (!rateLimiter.allow(context.req.method, new URL(context.req.url).pathname, Date.now()))
      throw tooManyRequests();
    state.payments.settle();
    await next();
  });
  registerPaymentRoutes(app, state);
  registerRefundRoutes(app, state);
  registerAgreementRoutes(app, state);
  registerDisputeRoutes(app, state);
  registerCardPageRoutes(app, state);
  app.notFound(() => json({ code: 'P0920', description: 'Not found' }, 404));
  app.onError((error) =>
    error instanceof PayApiError
      ? json(error.toBody(), error.status)
      : json({ code: 'P0999', description: 'GOV.UK Pay is unavailable' }, 500),
  );

  return {
    service: 'pay',
    basePath,
    credentials: { apiKey: makeApiKey(sandboxTokenId), webhookSigningSecret: signingSecret },
    control: createPayControl(state),
    fetch: async (request) => app.fetch(request),
    async close() {
      await webhooks.close();
    },
  };
}
