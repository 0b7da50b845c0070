import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The real API; the sandbox's Stripe emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.stripe.com';

/** The environment variable read when the `secretKey` option is absent. */
export const secretKeyEnvironmentVariable = 'STRIPE_SECRET_KEY';

/** The Stripe API version the adapter's mapping was written against (the one stripe-node 23 pins). */
export const stripeApiVersion = '2026-10-28.endive';

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    secretKey: z.string({ error: 'Must be the secret key as text' }).optional(),
    ...httpAdapterOptionsShape,
    apiVersion: z.string().min(1).max(64).optional(),
  }),
);

/** Settings for `stripePay()`. */
export interface StripePayOptions extends HttpAdapterOptions {
  /**
   * A secret key (`sk_test_…`/`sk_live_…`) or restricted key (`rk_…`). Defaults to the
   * `STRIPE_SECRET_KEY` environment variable, read when the first call is made.
   */
  secretKey?: string | undefined;
  /** The `Stripe-Version` to send; defaults to the version this adapter was written against. */
  apiVersion?: string | undefined;
}

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as stripePayOptionsSchema };
