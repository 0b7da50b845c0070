import { badRequest } from './api-error.js';
import { escapeHtmlText } from './html.js';
import { fillPlaceholders, Personalisation, placeholderNames } from './placeholders.js';
import type { TemplateVersion } from './template-types.js';
import {
  downgradeForSms,
  niceTypography,
  normaliseWhitespace,
  removeWhitespaceBeforePunctuation,
} from './typography.js';

/** Notify's limit on a text message's length, in characters (`SMS_CHAR_COUNT_LIMIT`). */
export const smsCharacterLimit = 918;
/** Notify's limit on an email body, in UTF-8 bytes. */
export const emailByteLimit = 2_000_000;

/** A template's content with the personalisation filled in, as Notify returns it. */
export interface RenderedContent {
  readonly body: string;
  /** Null for text messages. */
  readonly subject: string | null;
}

// A template version never changes once registered, so its placeholders are found once, not per send.
const placeholdersOfTemplate = new WeakMap<TemplateVersion, readonly string[]>();

/** Every placeholder a template needs, in Notify's order (letter contact block and subject first). */
export function templatePlaceholders(template: TemplateVersion): readonly string[] {
  let names = placeholdersOfTemplate.get(template);
  if (names === undefined) {
    names = findPlaceholders(template);
    placeholdersOfTemplate.set(template, names);
  }
  return names;
}

function findPlaceholders(template: TemplateVersion): string[] {
  if (template.type === 'sms') return placeholderNames(template.body);
  if (template.type === 'email') return placeholderNames(template.subject, template.body);
  return placeholderNames(template.letterContactBlock, template.subject, template.body);
}

/** Fills a template, or throws Notify's `Missing personalisation: a, b` error. */
export function renderTemplate(
  template: TemplateVersion,
  values: Readonly<Record<string, unknown>>,
): RenderedContent {
  const personalisation = new Personalisation(values);
  const missing = personalisation.missing(templatePlaceholders(template));
  if (missing.length > 0) throw badRequest(`Missing personalisation: ${missing.join(', ')}`);
  return fillTemplate(template, personalisation);
}

/** Fills a template without checking for missing values (placeholders without a value stay as written). */
export function fillTemplate(template: TemplateVersion, personalisation: Personalisation): RenderedContent {
  if (template.type === 'sms') return { body: smsBody(template.body, personalisation), subject: null };
  const body = fillPlaceholders(template.body, personalisation, { listStyle: 'markdown' }).trim();
  // Letter subjects go through Notify's HTML-escaping field; email subjects pass through as typed.
  const subjectText = fillPlaceholders(template.subject ?? '', personalisation, {
    listStyle: 'sentence',
    ...(template.type === 'letter' ? { escape: escapeHtmlText } : {}),
  });
  return { body, subject: normaliseWhitespace(niceTypography(subjectText)) };
}

/** Throws Notify's "Your message is empty." when the filled content is empty. */
export function assertNotEmpty(template: TemplateVersion, rendered: RenderedContent): void {
  if (template.type === 'sms') {
    if (rendered.body.length === 0) throw badRequest('Your message is empty.');
    return;
  }
  // Notify only counts content that begins and ends with a placeholder as possibly empty.
  const couldBeEmpty =
    template.body === '' || (template.body.startsWith('((') && template.body.endsWith('))'));
  if (couldBeEmpty && rendered.body.length === 0) throw badRequest('Your message is empty.');
}

/** Throws Notify's "Your message is too long…" for text messages over 918 characters and emails over 2 MB. */
export function assertNotTooLong(template: TemplateVersion, rendered: RenderedContent): void {
  if (template.type === 'sms' && rendered.body.length > smsCharacterLimit) {
    throw badRequest(
      `Your message is too long. Text messages cannot be longer than ${smsCharacterLimit} characters. ` +
        `Your message is ${rendered.body.length} characters long.`,
    );
  }
  if (template.type === 'email') {
    const bytes = Buffer.byteLength(rendered.body, 'utf8');
    if (bytes > emailByteLimit) {
      throw badRequest(
        `Your message is too long. Emails cannot be longer than ${emailByteLimit} bytes. Your message is ${bytes} bytes.`,
      );
    }
  }
}

function smsBody(content: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(content, personalisation, { listStyle: 'sentence' });
  const lines = removeWhitespaceBeforePunctuation(filled)
    .split(/\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/)
    .map(normaliseWhitespace)
    .join('\n');
  return downgradeForSms(lines.replace(/\n{3,}/g, '\n\n').trim());
}
