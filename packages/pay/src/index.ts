/**
 * @module @councilkit/pay
 * The provider-neutral payments port: take card payments, follow them, capture, cancel and refund
 * them. The model, `definePaymentProvider` for adapter authors and the memory adapter; the
 * conformance suite is at `@councilkit/pay/testing`.
 */
export {
  AuthError,
  ConfigError,
  ConflictError,
  CouncilKitError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  UnsupportedError,
  ValidationError,
  WebhookVerificationError,
} from '@councilkit/core';
export type { CallContext } from './call-runner.js';
export { type PaymentCapabilities, paymentCapabilityNames } from './capabilities.js';
export {
  type CreatePaymentRequest,
  type CreateRefundRequest,
  definePaymentProvider,
  type PaymentProviderImplementation,
  type PaymentSearchRequest,
} from './define.js';
export type { PaymentWebhookEvent, PaymentWebhookEventType, VerifiedPaymentWebhook } from './events.js';
export {
  type MemoryPayControls,
  type MemoryPaymentProvider,
  type MemoryPayOptions,
  memoryPay,
} from './memory.js';
export {
  type CallOptions,
  type CardBrand,
  type CardSummary,
  type CreatePaymentInput,
  type CreateRefundInput,
  isFinalPaymentStatus,
  maximumAmount,
  type Payment,
  type PaymentEvent,
  type PaymentFailure,
  type PaymentMetadata,
  type PaymentSearchFilter,
  type PaymentStatus,
  type ProviderMetadata,
  type ProviderOptions,
  paymentStatuses,
  type Refund,
  type RefundAvailability,
  type RefundStatus,
  type RefundSummary,
} from './model.js';
export type { PaymentProvider } from './port.js';
