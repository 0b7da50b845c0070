import { badRequest, NotifyApiError } from './api-error.js';
import { checkDailyLimit, countTowardsDailyLimits } from './daily-limits.js';
import { uploadFiles } from './document-upload.js';
import { formatEmailAddressLikeNotify } from './email-address.js';
import { emailHtmlBody } from './email-html.js';
import type { NotificationRecord, SentFile } from './notification-store.js';
import type { NotifyState } from './notify-state.js';
import {
  InvalidPhoneError,
  type ParsedPhoneNumber,
  parsePhoneNumberLikeNotify,
  validatePhoneNumberLikeNotify,
} from './phone-number.js';
import { Personalisation } from './placeholders.js';
import { assertKeyMayReach } from './recipient-permissions.js';
import { assertNotTooLong, fillTemplate } from './render-template.js';
import { sanitisePersonalisation } from './sanitise-personalisation.js';
import type { ApiKeyRecord, ServiceSender } from './service.js';
import { assertServiceMaySend } from './service-permission.js';
import { isSmokeTestRecipient, simulatedFinalStatus } from './simulated-recipients.js';
import { internationalRateMultiplier } from './sms-rates.js';
import { smsFragmentCount, stripAndRemoveObscureWhitespace } from './typography.js';
import { canonicalUuid, newUuid } from './uuid.js';
import { validateTemplate } from './validate-template.js';

/** An email or text message request that passed the schema. */
export type MessageForm = Readonly<Record<string, unknown>>;

/**
 * Sends an email or text message as Notify's `post_notification` does once the body has passed its
 * schema, and returns the 201 body. Smoke-test recipients get the same answer but nothing is stored.
 */
export function sendMessage(
  state: NotifyState,
  key: ApiKeyRecord,
  form: MessageForm,
  type: 'email' | 'sms',
  root: string,
): Record<string, unknown> {
  assertServiceMaySend(state, type);
  const given = (form['personalisation'] ?? {}) as Record<string, unknown>;
  const sanitised =
    type === 'email'
      ? sanitisePersonalisation(
          given,
          Array.isArray(form['sanitise_content_for']) ? form['sanitise_content_for'] : [],
        )
      : { personalisation: given, sanitisedContent: {} };
  const { template, rendered: firstRendering } = validateTemplate(
    state.templates,
    String(form['template_id']),
    sanitised.personalisation,
    type,
  );
  const replyTo = type === 'email' ? emailReplyTo(state, form) : smsSender(state, form);

  const recipient = String(type === 'email' ? form['email_address'] : form['phone_number']);
  assertKeyMayReach(state.service, key.keyType, recipient);
  const phone = type === 'sms' ? phoneForSending(state, recipient) : undefined;
  if (phone !== undefined && !phone.isUk) checkDailyLimit(state, key.keyType, 'international_sms');
  const normalisedTo = phone === undefined ? formatEmailAddressLikeNotify(recipient) : phone.normalised;
  const simulated = isSmokeTestRecipient(type, normalisedTo);

  let personalisation: Record<string, unknown> = sanitised.personalisation;
  let files: SentFile[] = [];
  let rendered = firstRendering;
  if (type === 'email') {
    const uploaded = uploadFiles(personalisation, {
      serviceId: state.service.id,
      simulated,
      contactLink: state.service.contactLink,
    });
    // Links replace the files, so the content is filled again before its length is checked.
    if (uploaded.fileCount > 0)
      rendered = fillTemplate(template, new Personalisation(uploaded.personalisation));
    personalisation = uploaded.personalisation;
    files = uploaded.files;
  }
  assertNotTooLong(template, rendered);

  const id = newUuid();
  const unsubscribeUrl =
    typeof form['one_click_unsubscribe_url'] === 'string' ? form['one_click_unsubscribe_url'] : null;
  const fromEmail = `${state.service.emailSenderLocalPart}@notifications.service.gov.uk`;
  const response: Record<string, unknown> = {
    id,
    reference: typeof form['reference'] === 'string' ? form['reference'] : null,
    uri: `${root}v2/notifications/${id}`,
    template: {
      id: template.id,
      version: template.version,
      uri: `${root}services/${state.service.id}/templates/${template.id}`,
    },
    scheduled_for: null,
    content:
      type === 'email'
        ? {
            from_email: fromEmail,
            body: rendered.body,
            subject: rendered.subject,
            one_click_unsubscribe_url: unsubscribeUrl,
          }
        : { from_number: replyTo, body: rendered.body },
  };
  if (type === 'email') response['sanitised_content'] = sanitised.sanitisedContent;
  if (simulated) return response;

  const now = state.clock.now();
  const html =
    type === 'email' ? emailHtmlOnDemand(template.body, personalisation, unsubscribeUrl) : () => null;
  const record: NotificationRecord = {
    id,
    sequence: state.notifications.takeSequence(),
    keyType: key.keyType,
    apiKeyId: key.id,
    type,
    // notifications-api `persist_notification` keeps the recipient without surrounding spaces.
    to: stripAndRemoveObscureWhitespace(recipient),
    normalisedTo,
    templateId: template.id,
    templateVersion: template.version,
    personalisation,
    reference: typeof form['reference'] === 'string' ? form['reference'] : null,
    body: rendered.body,
    subject: rendered.subject,
    get html() {
      return html();
    },
    replyTo,
    fromEmail: type === 'email' ? fromEmail : null,
    oneClickUnsubscribeUrl: unsubscribeUrl,
    postage: null,
    addressLines: [],
    billableUnits: type === 'sms' ? smsFragmentCount(rendered.body) : 0,
    rateMultiplier:
      phone === undefined || phone.isUk
        ? 1
        : internationalRateMultiplier(phone.normalised, phone.countryCode),
    isPrecompiled: false,
    precompiledPdf: null,
    files,
    createdAt: now,
    status: 'created',
    sentAt: null,
    updatedAt: null,
    transitions: [
      { at: new Date(now.getTime() + state.settings.sendingAfterMs), status: 'sending' },
      {
        at: new Date(now.getTime() + state.settings.finalAfterMs),
        status: simulatedFinalStatus(type, normalisedTo),
      },
    ],
  };
  state.notifications.add(record);
  countTowardsDailyLimits(
    state,
    key.keyType,
    phone !== undefined && phone.countryCode !== 44 ? ['sms', 'international_sms'] : [type],
  );
  return response;
}

// Only the inbox and `control.notifications()` show the HTML, and most sends are never looked at
// there, so it is rendered on first read (from values that do not change) rather than on every send.
function emailHtmlOnDemand(
  content: string,
  personalisation: Readonly<Record<string, unknown>>,
  unsubscribeUrl: string | null,
): () => string {
  let html: string | undefined;
  return () => {
    html ??= emailHtmlBody(content, new Personalisation(personalisation), unsubscribeUrl);
    return html;
  };
}

function emailReplyTo(state: NotifyState, form: MessageForm): string | null {
  return senderValue(
    state.service.emailReplyTos,
    form['email_reply_to_id'],
    'email_reply_to_id',
    state.service.id,
  );
}

function smsSender(state: NotifyState, form: MessageForm): string | null {
  return senderValue(state.service.smsSenders, form['sms_sender_id'], 'sms_sender_id', state.service.id);
}

function senderValue(
  senders: readonly ServiceSender[],
  requestedId: unknown,
  field: string,
  serviceId: string,
): string | null {
  if (typeof requestedId === 'string' && requestedId !== '') {
    const wanted = canonicalUuid(requestedId);
    const found = senders.find((sender) => sender.id === wanted);
    if (!found)
      throw badRequest(`${field} ${requestedId} does not exist in database for service id ${serviceId}`);
    return found.value;
  }
  return senders.find((sender) => sender.isDefault)?.value ?? null;
}

// Checks the number against the service's permissions, as Notify does after the schema.
function phoneForSending(state: NotifyState, recipient: string): ParsedPhoneNumber {
  const permissions = {
    allowInternational: state.service.permissions.has('international_sms'),
    allowUkLandline: state.service.permissions.has('sms_to_uk_landlines'),
  };
  try {
    return validatePhoneNumberLikeNotify(recipient, permissions);
  } catch (error) {
    if (!(error instanceof InvalidPhoneError)) throw error;
    if (error.code === 'NOT_A_UK_MOBILE' && !parsePhoneNumberLikeNotify(recipient).isUk) {
      throw badRequest('Cannot send to international mobile numbers');
    }
    throw new NotifyApiError(400, [{ error: 'InvalidPhoneError', message: error.message }]);
  }
}
