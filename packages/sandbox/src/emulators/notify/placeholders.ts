import { pythonStr } from './python-repr.js';

const placeholderPattern = /\(\(([^()]+)\)\)/g;

/** How a list value is written into a message: markdown bullets (email, letter) or "a, b and c" (text). */
export type ListStyle = 'markdown' | 'sentence';

/** Notify matches personalisation keys ignoring case, spaces, underscores and hyphens. */
export function placeholderKey(name: string): string {
  return name.replace(/[ _-]/g, '').toLowerCase();
}

/** Placeholder names in the order they first appear, de-duplicated the way Notify compares them. */
export function placeholderNames(...contents: readonly (string | null)[]): string[] {
  const names = new Map<string, string>();
  for (const content of contents) {
    if (!content) continue;
    for (const match of content.matchAll(placeholderPattern)) {
      const name = (match[1] ?? '').split('??')[0] ?? '';
      const key = placeholderKey(name);
      if (!names.has(key)) names.set(key, name);
    }
  }
  return [...names.values()];
}

/** Personalisation values looked up case- and separator-insensitively; later duplicates win, as in Notify. */
export class Personalisation {
  private readonly values = new Map<string, unknown>();

  constructor(values: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(values)) this.values.set(placeholderKey(key), value);
  }

  /** The value for a placeholder; undefined when absent or null (which Notify treats as missing). */
  get(name: string): unknown {
    const value = this.values.get(placeholderKey(name));
    return value === null ? undefined : value;
  }

  /** Names from `names` that have no value. */
  missing(names: readonly string[]): string[] {
    return names.filter((name) => this.get(name) === undefined);
  }
}

/**
 * Fills `((placeholders))` and `((name??conditional text))` in `content`, as Notify's `Field` does.
 * `escape` turns the template and values into HTML-safe text first (for HTML renderings).
 */
export function fillPlaceholders(
  content: string,
  personalisation: Personalisation,
  options: { listStyle: ListStyle; escape?: (text: string) => string },
): string {
  const sanitise = options.escape ?? ((text: string) => text);
  return sanitise(content).replace(placeholderPattern, (whole, body: string) => {
    const [name = '', ...rest] = body.split('??');
    const value = personalisation.get(name);
    if (value === undefined) return whole;
    const replacement = Array.isArray(value)
      ? sanitise(listText(value, options.listStyle))
      : sanitise(pythonStr(value));
    if (rest.length === 0) return replacement;
    return isShown(replacement) ? rest.join('??') : '';
  });
}

function listText(items: readonly unknown[], style: ListStyle): string {
  const texts = items
    .filter((item) => item !== null && item !== undefined)
    .map((item) => pythonStr(item).trim())
    .filter((text) => text !== '');
  if (texts.length === 0) return '';
  if (style === 'markdown') return `\n\n${texts.map((text) => `* ${text}`).join('\n')}`;
  if (texts.length === 1) return texts[0] ?? '';
  return `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}

// Notify's `str2bool`: these words show a conditional; anything else hides it.
function isShown(value: string): boolean {
  return ['yes', 'y', 'true', 't', '1', 'include', 'show'].includes(value.toLowerCase());
}
