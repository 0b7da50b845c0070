import type {
  EmailRequest,
  FileUpload,
  LetterRequest,
  PrecompiledLetterRequest,
  SmsRequest,
} from '@councilkit/notify';
import { notifyId } from '../ids.js';
import { govukNotifyOptions } from '../provider-options.js';

type WireValue = string | number | boolean | null | readonly string[] | Record<string, unknown>;

function isFileUpload(value: unknown): value is FileUpload {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'file' in value;
}

/** Personalisation as Notify reads it (sends and previews): files become `{ file, filename, confirm_email_before_download, retention_period }`. */
export function wirePersonalisation(
  personalisation: EmailRequest['personalisation'],
): Record<string, WireValue> | undefined {
  if (personalisation === undefined) return undefined;
  let wire: Record<string, WireValue> | undefined;
  for (const name in personalisation) {
    const value = personalisation[name];
    if (!isFileUpload(value)) continue;
    wire ??= { ...(personalisation as Record<string, WireValue>) };
    wire[name] = {
      file: value.file,
      filename: value.filename ?? null,
      confirm_email_before_download: value.confirmEmailBeforeDownload ?? null,
      retention_period: value.retentionPeriod ?? null,
    };
  }
  // Most personalisation has no files: send the caller's object as it is, without copying.
  return wire ?? (personalisation as Record<string, WireValue>);
}

/** POST /v2/notifications/email body. Absent options are left out: Notify's schema allows no nulls there. */
export function emailBody(request: EmailRequest): Record<string, unknown> {
  const { emailReplyToId } = govukNotifyOptions(request.providerOptions, 'email');
  const body: Record<string, unknown> = {
    template_id: notifyId(request.templateId, 'templateId'),
    email_address: request.emailAddress,
  };
  if (request.personalisation !== undefined)
    body['personalisation'] = wirePersonalisation(request.personalisation);
  if (request.reference !== undefined) body['reference'] = request.reference;
  if (emailReplyToId !== undefined) body['email_reply_to_id'] = emailReplyToId;
  if (request.oneClickUnsubscribeUrl !== undefined)
    body['one_click_unsubscribe_url'] = request.oneClickUnsubscribeUrl;
  return body;
}

/** POST /v2/notifications/sms body. */
export function smsBody(request: SmsRequest): Record<string, unknown> {
  const { smsSenderId } = govukNotifyOptions(request.providerOptions, 'sms');
  const body: Record<string, unknown> = {
    template_id: notifyId(request.templateId, 'templateId'),
    phone_number: request.phoneNumber,
  };
  if (request.personalisation !== undefined) body['personalisation'] = request.personalisation;
  if (request.reference !== undefined) body['reference'] = request.reference;
  if (smsSenderId !== undefined) body['sms_sender_id'] = smsSenderId;
  return body;
}

/** POST /v2/notifications/letter body for a templated letter. */
export function letterBody(request: LetterRequest): Record<string, unknown> {
  govukNotifyOptions(request.providerOptions, 'letter');
  const body: Record<string, unknown> = {
    template_id: notifyId(request.templateId, 'templateId'),
    personalisation: request.personalisation,
  };
  if (request.reference !== undefined) body['reference'] = request.reference;
  return body;
}

/** POST /v2/notifications/letter body for a precompiled letter: the PDF as base64 `content`. */
export function precompiledLetterBody(request: PrecompiledLetterRequest): Record<string, unknown> {
  govukNotifyOptions(request.providerOptions, 'letter');
  const { pdf } = request;
  const body: Record<string, unknown> = {
    reference: request.reference,
    content: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'),
  };
  if (request.postage !== undefined) body['postage'] = request.postage;
  return body;
}
