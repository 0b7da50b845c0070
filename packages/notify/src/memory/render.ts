import type { NotificationType } from '../model/fields.js';
import type { FileUpload } from '../model/file-upload.js';
import type { Personalisation, PersonalisationValue } from '../model/personalisation.js';

// `((name))`, or `((name??text))` which shows `text` only when the value says yes.
const placeholderPattern = /\(\(([^()]+)\)\)/g;
// The values that switch a conditional placeholder's text on, as GOV.UK Notify reads them.
const truthyWords: ReadonlySet<string> = new Set(['yes', 'y', 'true', 't', '1', 'include', 'show']);

/** The text with its placeholders filled, and the names of those that had no value. */
export interface RenderedText {
  readonly text: string;
  readonly missing: readonly string[];
}

/** How a rendering treats what differs by message type. */
export interface RenderOptions {
  readonly type: NotificationType;
  /** The link a file placeholder becomes, for emails. */
  readonly linkForFile: (file: FileUpload) => string;
}

/**
 * Placeholder names compare ignoring case, spaces, `_` and `-`, so `((First name))` takes the
 * value of `first_name`, as providers match them.
 */
export function placeholderKey(name: string): string {
  return name.replace(/[\s_-]/g, '').toLowerCase();
}

/** The names of a text's placeholders, in order of first use, each once. */
export function placeholderNames(text: string): string[] {
  const names = new Map<string, string>();
  for (const match of text.matchAll(placeholderPattern)) {
    const name = nameOf(match[1]!);
    if (!names.has(placeholderKey(name))) names.set(placeholderKey(name), name);
  }
  return [...names.values()];
}

/** Fills a template's text with personalisation; a placeholder with no value stays as it was and is reported. */
export function renderText(
  text: string,
  personalisation: Personalisation,
  options: RenderOptions,
): RenderedText {
  const values = new Map(Object.entries(personalisation).map(([key, value]) => [placeholderKey(key), value]));
  const missing = new Set<string>();
  const rendered = text.replace(placeholderPattern, (whole, body: string) => {
    const name = nameOf(body);
    const value = values.get(placeholderKey(name));
    if (value === undefined || value === null) {
      missing.add(name);
      return whole;
    }
    if (body.includes('??')) return isYes(value) ? body.slice(body.indexOf('??') + 2) : '';
    return formatValue(value, options);
  });
  return { text: rendered, missing: [...missing] };
}

function nameOf(body: string): string {
  return body.split('??')[0]!;
}

function isYes(value: PersonalisationValue): boolean {
  return Boolean(value) && truthyWords.has(String(value).toLowerCase());
}

function formatValue(value: Exclude<PersonalisationValue, null>, options: RenderOptions): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => item.trim()).filter((item) => item !== '');
    if (items.length === 0) return '';
    // Emails show a list as bullet points; elsewhere it reads as a sentence.
    if (options.type === 'email') return `\n\n${items.map((item) => `* ${item}`).join('\n')}`;
    return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  }
  if (typeof value === 'object') return options.linkForFile(value);
  return String(value);
}

/** A plain-text email body as simple HTML: paragraphs, line breaks and bullet lists, all escaped. */
export function emailBodyAsHtml(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('* '))) {
        return `<ul>${lines.map((line) => `<li>${escapeHtml(line.slice(2))}</li>`).join('')}</ul>`;
      }
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
