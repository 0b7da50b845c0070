/**
 * @module @councilkit/pay-stripe
 * Stripe Checkout for `@councilkit/pay`: `stripePay({ secretKey })` and `verifyStripeWebhook`.
 */
export type { StripePayOptions } from './options.js';
export type { KeyMode } from './secret-key.js';
export type { StripeProviderOptions } from './session-params.js';
export { type StripePay, stripePay } from './stripe-pay.js';
export { VERSION } from './version.js';
export { type StripeEvent, type VerifyStripeWebhookOptions, verifyStripeWebhook } from './webhooks.js';
