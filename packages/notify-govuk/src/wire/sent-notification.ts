import type { LetterPostage, SentNotification, SentPrecompiledLetter } from '@councilkit/notify';
import { asObject, definedOnly, optionalNumber, optionalText, requiredText } from './read.js';

/** Reads the 201 body of an email, text message or templated letter send. */
export function readSentNotification(body: unknown): SentNotification {
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

/** Reads the 201 body of a precompiled letter: `{ id, reference, postage }`. */
export function readSentPrecompiledLetter(body: unknown): SentPrecompiledLetter {
  const sent = asObject(body, 'a precompiled letter');
  return {
    id: requiredText(sent, 'id', 'a precompiled letter'),
    reference: optionalText(sent, 'reference') ?? '',
    postage: (optionalText(sent, 'postage') ?? 'second') as LetterPostage,
  };
}
