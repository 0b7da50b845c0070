import { placeholderKey } from './placeholders.js';

const url = /\b(?<![@.])(https?:\/\/)?([\w-]{1,63}\.){1,10}([a-z]{2,63})(?!@)\b([/?#][^<\s]*)?/gi;

/**
 * Applies `sanitise_content_for`: in the named values, links are removed (a bare domain is broken up
 * as `example. com` instead) and markdown characters are escaped, so users' text cannot format or
 * link in the email. Returns the new personalisation and Notify's `sanitised_content` report.
 */
export function sanitisePersonalisation(
  personalisation: Readonly<Record<string, unknown>>,
  keys: readonly unknown[],
): { personalisation: Record<string, unknown>; sanitisedContent: Record<string, unknown> } {
  if (keys.length === 0) return { personalisation: { ...personalisation }, sanitisedContent: {} };
  const wanted = new Set(keys.filter((key): key is string => typeof key === 'string').map(placeholderKey));
  const updated: Record<string, unknown> = {};
  const sanitisedContent: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(personalisation)) {
    const sanitised = wanted.has(placeholderKey(key)) && typeof value === 'string' ? sanitise(value) : value;
    updated[key] = sanitised;
    if (sanitised !== value) sanitisedContent[key] = { unsanitised: value, sanitised };
  }
  return { personalisation: updated, sanitisedContent };
}

function sanitise(value: string): string {
  const withoutLinks = value.replace(url, (link) =>
    /^[a-zA-Z0-9.-]+$/.test(link) ? link.replaceAll('.', '. ') : '',
  );
  return withoutLinks.replace(/([`*_()\\{}[\]<>#+\-.!|])/g, '\\$1');
}
