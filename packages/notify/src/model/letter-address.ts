import { isValidPostcode, type z } from '@councilkit/core';
import { isOtherCountryName, isUkCountryName } from './countries.js';

const addressLineKeys = [
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'address_line_4',
  'address_line_5',
  'address_line_6',
] as const;

const minimumLines = 3;
// The printer's rule: these characters cannot start an address line.
const invalidFirstCharacters = '@()=[]"\\/,<>~”';
const noFixedAbode = /no fixed (abode|address)/i;

/** One non-empty line of a letter's address, with the personalisation key it came from. */
export interface AddressLine {
  readonly key: string;
  readonly value: string;
}

/**
 * The non-empty address lines of a letter's personalisation, in order: `address_line_1` to `_7`, or
 * `_1` to `_6` then `postcode` (the older way of giving the last line) when `_7` is absent.
 */
export function addressLinesOf(personalisation: Readonly<Record<string, unknown>>): AddressLine[] {
  const lastKey = 'address_line_7' in personalisation ? 'address_line_7' : 'postcode';
  return [...addressLineKeys, lastKey]
    .map((key) => ({ key, value: normaliseLine(personalisation[key]) }))
    .filter((line) => line.value !== '');
}

// Words joined by single spaces, less trailing spaces and commas, in one pass. The regexes this
// replaces (/\s+/g, then /[\s,]+$/) took quadratic time on a long ' , , ,…x' line: 39 s at 200 kB.
function normaliseLine(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value);
  let line = '';
  let wordStart = -1;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isWhitespace(text.charCodeAt(index))) {
      if (wordStart < 0) wordStart = index;
    } else if (wordStart >= 0) {
      line += line === '' ? text.slice(wordStart, index) : ` ${text.slice(wordStart, index)}`;
      wordStart = -1;
    }
  }
  let end = line.length;
  for (let code = line.charCodeAt(end - 1); code === 32 || code === 44; code = line.charCodeAt(end - 1))
    end--;
  return line.slice(0, end);
}

// What \s matches in JavaScript: ASCII and Unicode spaces, line terminators and the BOM.
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Adds an issue for each way a letter's address breaks the rules providers print by: at least three
 * lines, no line starting with a character the printer rejects, a real address, and a last line that
 * is a UK postcode or a country outside the UK. Paths name the personalisation key at fault.
 */
export function checkLetterAddress(
  personalisation: Readonly<Record<string, unknown>>,
  context: z.RefinementCtx,
): void {
  const issue = (key: string, message: string) => context.addIssue({ code: 'custom', path: [key], message });
  for (const key of [...addressLineKeys, 'address_line_7', 'postcode']) {
    const value = personalisation[key];
    const isText =
      value === undefined || value === null || typeof value === 'string' || typeof value === 'number';
    if (!isText) issue(key, 'must be text');
  }
  const lines = addressLinesOf(personalisation);

  if (lines.length < minimumLines) {
    const firstEmptyKey = addressLineKeys.find((key) => !lines.some((line) => line.key === key));
    issue(firstEmptyKey ?? 'address_line_1', `Address must be at least ${minimumLines} lines`);
    return;
  }
  for (const line of lines) {
    if (invalidFirstCharacters.includes(line.value.charAt(0))) {
      issue(
        line.key,
        'Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < > ~',
      );
    }
  }
  const placeholderLine = lines.find(
    (line) => line.value.toLowerCase() === 'nfa' || noFixedAbode.test(line.value),
  );
  if (placeholderLine) issue(placeholderLine.key, 'Must be a real address');

  // A trailing "United Kingdom" (or England, Wales, ...) is allowed; the postcode then comes before it.
  const withoutUk = [...lines];
  while (withoutUk.length > 1 && isUkCountryName(withoutUk.at(-1)!.value)) withoutUk.pop();
  const lastLine = withoutUk.at(-1)!;
  if (!isValidPostcode(lastLine.value) && !isOtherCountryName(lastLine.value)) {
    issue(lastLine.key, 'Last line of address must be a real UK postcode or another country');
  }
}
