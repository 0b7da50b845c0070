/**
 * @module @councilkit/notify
 * The provider-neutral notification port: send emails, text messages and letters, follow their
 * status, read templates and received texts. The model, the memory adapter and `defineNotificationProvider`
 * for adapter authors; the conformance suite is at `@councilkit/notify/testing`.
 */
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
export { defineNotificationProvider, type NotificationProviderImplementation } from './define.js';
export { memoryTemplateIds } from './memory/seed-templates.js';
export type { MemoryTemplateInput } from './memory/template-store.js';
export {
  type MemoryNotificationProvider,
  type MemoryNotifyControls,
  type MemoryNotifyOptions,
  memoryNotify,
} from './memory.js';
export type { CallOptions } from './model/call-options.js';
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
