import { type LoggerLike, type LogLevel, type Transport, z } from '@councilkit/core';

/** The real API; the sandbox's Stripe emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.stripe.com';

/** The environment variable read when the `secretKey` option is absent. */
export const secretKeyEnvironmentVariable = 'STRIPE_SECRET_KEY';

/** The Stripe API version the adapter's mapping was written against (the one stripe-node 23 pins). */
export const stripeApiVersion = '2026-10-28.endive';

const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LogLevel[];

const isLoggerLike = (value: unknown): value is LoggerLike =>
  typeof value === 'object' &&
  value !== null &&
  ['error', 'warn', 'info', 'debug'].every(
    (method) => typeof (value as Record<string, unknown>)[method] === 'function',
  );

const optionsSchema = z.strictObject({
  secretKey: z.string({ error: 'Must be the secret key as text' }).optional(),
  baseUrl: z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }).optional(),
  transport: z
    .custom<Transport>((value) => typeof value === 'function', { error: 'Must be a transport function' })
    .optional(),
  timeoutMs: z.int({ error: 'Must be a whole number of milliseconds' }).positive().max(600_000).optional(),
  retry: z
    .union([
      z.literal(false),
      z.strictObject({
        maxRetries: z.int().min(0).max(10).optional(),
        baseDelayMs: z.int().min(0).max(60_000).optional(),
        maxDelayMs: z.int().min(0).max(300_000).optional(),
      }),
    ])
    .optional(),
  logger: z.custom<LoggerLike>(isLoggerLike, { error: 'Must be a pino-style logger' }).optional(),
  logLevel: z.enum(logLevels).optional(),
  apiVersion: z.string().min(1).max(64).optional(),
});

/** Settings for `stripePay()`. */
export interface StripePayOptions {
  /**
   * A secret key (`sk_test_…`/`sk_live_…`) or restricted key (`rk_…`). Defaults to the
   * `STRIPE_SECRET_KEY` environment variable, read when the first call is made.
   */
  secretKey?: string | undefined;
  /** Defaults to `https://api.stripe.com`; the sandbox gives its own (`services.stripe`). */
  baseUrl?: string | undefined;
  /** How requests travel; defaults to core's transport. Use `fetchTransport()` under msw. */
  transport?: Transport | undefined;
  /** Per-request timeout in milliseconds. Default 10,000. */
  timeoutMs?: number | undefined;
  /**
   * Backoff for repeats, or `false` for none. Every write carries Stripe's `Idempotency-Key`, the
   * same on each attempt, so creations and refunds are repeated safely too.
   */
  retry?: false | { maxRetries?: number; baseDelayMs?: number; maxDelayMs?: number } | undefined;
  /** Your pino (or pino-shaped) logger; every line is redacted first. Silent when absent. */
  logger?: LoggerLike | undefined;
  /** Log to stderr at this level through pino, when you have no logger of your own. */
  logLevel?: LogLevel | undefined;
  /** The `Stripe-Version` to send; defaults to the version this adapter was written against. */
  apiVersion?: string | undefined;
}

/** Checks options at construction; a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as stripePayOptionsSchema };
