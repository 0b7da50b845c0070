import { ProviderError } from '@councilkit/core';
import type { LetterPostage, SentNotification, SentPrecompiledLetter } from '@councilkit/notify';
import { asObject, definedOnly, optionalNumber, optionalText, requiredText } from './read.js';

/**
 * Reads a send's 2xx body. Notify answered success, so the message may well be on its way even when
 * the body is empty or garbled: the error says so, and a batch or a caller never sends it again blindly.
 */
function readAcceptedSend<T>(read: (body: unknown) => T, body: unknown): T {
  try {
    return read(body);
  } catch (error) {
    throw new ProviderError(
      'GOV.UK Notify accepted the message but its answer could not be read: the message may have been sent; look for it (by reference) before sending it again',
      { provider: 'govuk-notify', outcomeUnknown: true, cause: error },
    );
  }
}

/** Reads the 201 body of an email, text message or templated letter send. */
export function readSentNotification(body: unknown): SentNotification {
  return readAcceptedSend(readNotificationSent, body);
}

/** Reads the 201 body of a precompiled letter: `{ id, reference, postage }`. */
export function readSentPrecompiledLetter(body: unknown): SentPrecompiledLetter {
  return readAcceptedSend(readPrecompiledLetterSent, body);
}

function readNotificationSent(body: unknown): SentNotification {
  const sent = asObject(body, 'a send');
  const template = asObject(sent['template'] ?? {}, 'a send');
  const content = asObject(sent['content'] ?? {}, 'a send');
  return definedOnly({
    id: requiredText(sent, 'id', 'a send'),
    reference: optionalText(sent, 'reference'),
    templateId: requiredText(template, 'id', 'a send'),
    templateVersion: optionalNumber(template, 'version') ?? 0,
    content: definedOnly({
      body: optionalText(content, 'body') ?? '',
      subject: optionalText(content, 'subject'),
      fromEmail: optionalText(content, 'from_email'),
      fromNumber: optionalText(content, 'from_number'),
      oneClickUnsubscribeUrl: optionalText(content, 'one_click_unsubscribe_url'),
    }),
  });
}

function readPrecompiledLetterSent(body: unknown): SentPrecompiledLetter {
  const sent = asObject(body, 'a precompiled letter');
  return {
    id: requiredText(sent, 'id', 'a precompiled letter'),
    reference: optionalText(sent, 'reference') ?? '',
    postage: (optionalText(sent, 'postage') ?? 'second') as LetterPostage,
  };
}
