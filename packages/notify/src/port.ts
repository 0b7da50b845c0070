import type { CallOptions } from './model/call-options.js';
import type { NotificationCapabilities } from './model/capabilities.js';
import type { NotificationListFilter, ReceivedTextListFilter } from './model/list-filters.js';
import type { Notification, SentNotification, SentPrecompiledLetter } from './model/notification.js';
import type { Personalisation } from './model/personalisation.js';
import type { ReceivedText } from './model/received-text.js';
import type { EmailRequest, LetterRequest, PrecompiledLetterRequest, SmsRequest } from './model/requests.js';
import type {
  Template,
  TemplateListFilter,
  TemplatePreview,
  TemplateVersionQuery,
} from './model/template.js';

/**
 * Sends emails, text messages and letters, and reports on them, through one provider. Every method
 * checks its input first and throws a `ValidationError` naming the field before anything is sent;
 * anything else that goes wrong is a `CouncilKitError` (`NotFoundError` for an unknown id,
 * `RateLimitError`, `TransportError`, ...). Methods that list return async iterables that fetch page
 * after page as you iterate; their input is checked when they are called, before the first page.
 *
 * Not every provider can do everything: read `capabilities` first. A method the provider cannot
 * serve throws `UnsupportedError` (code `unsupported`) and contacts no one. Ids are the provider's
 * own, opaque to you; phone numbers come back in E.164 (`+447700900123`).
 *
 * @example
 * const sent = await notify.sendEmail({
 *   templateId: '…',
 *   emailAddress: 'resident@example.com',
 *   personalisation: { name: 'Ada' },
 * });
 */
export interface NotificationProvider {
  /** The provider's name, e.g. `govuk-notify` or `memory`. */
  readonly provider: string;

  /** What this provider can do; a method whose capability is false throws `UnsupportedError`. */
  readonly capabilities: NotificationCapabilities;

  /** Sends an email from a template. */
  sendEmail(request: EmailRequest, options?: CallOptions): Promise<SentNotification>;

  /** Sends a text message from a template. */
  sendSms(request: SmsRequest, options?: CallOptions): Promise<SentNotification>;

  /** Sends a letter from a template to the address in its personalisation. */
  sendLetter(request: LetterRequest, options?: CallOptions): Promise<SentNotification>;

  /** Sends a letter already laid out as a PDF. */
  sendPrecompiledLetter(
    request: PrecompiledLetterRequest,
    options?: CallOptions,
  ): Promise<SentPrecompiledLetter>;

  /** Gets one notification and its current status; `NotFoundError` when there is none with that id. */
  getNotification(id: string, options?: CallOptions): Promise<Notification>;

  /** Lists notifications, newest first, following the provider's pages until there are no more. */
  listNotifications(filter?: NotificationListFilter, options?: CallOptions): AsyncIterable<Notification>;

  /** Gets a template, at its latest version or the one asked for. */
  getTemplate(id: string, query?: TemplateVersionQuery, options?: CallOptions): Promise<Template>;

  /** Lists the service's templates, optionally of one type. */
  listTemplates(filter?: TemplateListFilter, options?: CallOptions): Promise<Template[]>;

  /**
   * Renders a template with some personalisation, without sending it; a missing placeholder value
   * is a `ValidationError`.
   */
  previewTemplate(
    id: string,
    personalisation?: Personalisation,
    options?: CallOptions,
  ): Promise<TemplatePreview>;

  /** Lists text messages sent to the service's inbound number, newest first, page after page. */
  listReceivedTexts(filter?: ReceivedTextListFilter, options?: CallOptions): AsyncIterable<ReceivedText>;

  /** Gets a letter as the PDF that is (or was) printed. */
  getLetterPdf(id: string, options?: CallOptions): Promise<Uint8Array>;
}
