/**
 * @module @councilkit/notify-govuk
 * GOV.UK Notify for `@councilkit/notify`: `govukNotify({ apiKey })`.
 */

export { prepareUpload } from '@councilkit/notify';
export {
  type NotifyDeliveryStatusPayload,
  type NotifyReceivedTextPayload,
  readDeliveryStatusCallback,
  readReceivedTextCallback,
  verifyNotifyCallback,
} from './callbacks.js';
export { type GovukNotify, govukNotify } from './govuk-notify.js';
export type { GovukNotifyOptions } from './options.js';
export type {
  GovukNotifyEmailOptions,
  GovukNotifyProviderOptions,
  GovukNotifySmsOptions,
} from './provider-options.js';
export type { BatchRequest, BatchResult, SendBatchOptions } from './send-batch.js';
export { VERSION } from './version.js';
