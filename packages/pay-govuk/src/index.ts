/**
 * @module @councilkit/pay-govuk
 * GOV.UK Pay for `@councilkit/pay`: `govukPay({ apiKey })`, and `verifyPayWebhook` for its signed webhooks.
 */
export type {
  Agreement,
  AgreementSearchFilter,
  CreateAgreementInput,
  Dispute,
  DisputeSearchFilter,
} from './agreements.js';
export { type GovukPay, govukPay } from './govuk-pay.js';
export type { GovukPayOptions } from './options.js';
export type { GovukPayPaymentOptions } from './provider-options.js';
export { VERSION } from './version.js';
export { type PayWebhookMessage, verifyPayWebhook } from './webhooks.js';
