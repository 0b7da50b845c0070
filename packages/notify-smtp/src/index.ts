/**
 * @module @councilkit/notify-smtp
 * Email through any SMTP relay for @councilkit/notify.
 */
export {};
