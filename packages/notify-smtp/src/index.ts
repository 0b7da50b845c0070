/**
 * @module @councilkit/notify-smtp
 * Email through any SMTP relay for `@councilkit/notify`: `smtpNotify({ host, from, templates })`.
 */
export type { SmtpEmailOptions, SmtpNotifyOptions, SmtpTemplate } from './options.js';
export { smtpNotify } from './smtp-notify.js';
