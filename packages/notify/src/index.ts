/**
 * @module @councilkit/notify
 * The provider-neutral notification port: send emails, text messages and letters, follow their
 * status, read templates and received texts. The model, the memory adapter and `defineNotificationProvider`
 * for adapter authors; the conformance suite is at `@councilkit/notify/testing`.
 */
// Councils catch these from the package they installed, without installing core themselves.
export {
  type AnyCouncilKitError,
  AuthError,
  ConfigError,
  ConflictError,
  CouncilKitError,
  type CouncilKitErrorCode,
  type Issue,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  UnsupportedError,
  ValidationError,
  WebhookVerificationError,
} from '@councilkit/core';
export {
  type ComplaintCallback,
  type DeliveryStatusCallback,
  parseComplaintCallback,
  parseDeliveryStatusCallback,
  parseReceivedTextCallback,
  parseReturnedLetterCallback,
  type ReceivedTextCallback,
  type ReturnedLetterCallback,
} from './callbacks.js';
export {
  defineNotificationProvider,
  type ImplementationContext,
  type NotificationProviderImplementation,
} from './define.js';
export { memoryTemplateIds } from './memory/seed-templates.js';
export type { MemoryTemplateInput } from './memory/template-store.js';
export {
  type MemoryNotificationProvider,
  type MemoryNotifyControls,
  type MemoryNotifyOptions,
  memoryNotify,
} from './memory.js';
export type { CallOptions } from './model/call-options.js';
export {
  type NotificationCapabilities,
  type NotificationCapability,
  resolveCapabilities,
} from './model/capabilities.js';
export type { LetterPostage, NotificationType } from './model/fields.js';
export type { FileUpload } from './model/file-upload.js';
export type {
  NotificationListFilter,
  ParsedNotificationListFilter,
  ReceivedTextListFilter,
} from './model/list-filters.js';
export type {
  EmailNotification,
  LetterNotification,
  Notification,
  NotificationBase,
  NotificationCostDetails,
  SentContent,
  SentNotification,
  SentPrecompiledLetter,
  SmsNotification,
} from './model/notification.js';
export type {
  Personalisation,
  PersonalisationValue,
  PlainPersonalisation,
  PlainPersonalisationValue,
} from './model/personalisation.js';
export type { ProviderOptions } from './model/provider-options.js';
export type { ReceivedText } from './model/received-text.js';
export type { EmailRequest, LetterRequest, PrecompiledLetterRequest, SmsRequest } from './model/requests.js';
export {
  type FilterableNotificationStatus,
  isFailureStatus,
  isFinalStatus,
  type NotificationStatus,
  notificationStatuses,
  notificationStatusFromRaw,
} from './model/status.js';
export type {
  Template,
  TemplateListFilter,
  TemplatePreview,
  TemplateVersionQuery,
} from './model/template.js';
export type { NotificationProvider } from './port.js';
export { type PrepareUploadOptions, prepareUpload } from './prepare-upload.js';
export {
  type RenderedTemplate,
  renderTemplate,
  type TemplateText,
  templatePlaceholders,
} from './render-template.js';
