import { NotifyApiError } from './api-error.js';

const addressLineKeys = [
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'address_line_4',
  'address_line_5',
  'address_line_6',
] as const;

const ukCountryNames = new Set([
  'united kingdom',
  'uk',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
]);
const invalidFirstCharacters = new Set([...'@()=[]"\\/,<>~']);

/** A letter's address as Notify reads it from the personalisation, with its normalised lines. */
export interface PostalAddress {
  /** Lines as printed: whitespace tidied, trailing UK country dropped, postcode formatted. */
  readonly lines: readonly string[];
}

/**
 * Reads and checks a letter's address from `address_line_1`…`address_line_7` (or the legacy
 * `postcode`) as Notify's `validate_address` does; throws its `ValidationError`s.
 * Non-UK addresses (which Notify posts internationally) are not recognised here.
 */
export function validatePostalAddress(personalisation: Readonly<Record<string, unknown>>): PostalAddress {
  const keys = Object.hasOwn(personalisation, 'address_line_7')
    ? [...addressLineKeys, 'address_line_7']
    : [...addressLineKeys, 'postcode'];
  const raw = keys.map((key) => lineText(personalisation[key])).join('\n');
  const lines = raw
    .split(/\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/)
    .map((line) =>
      line
        .replace(/[\u00a0\u202f]/g, ' ')
        .trim()
        .split(/\s+/)
        .join(' '),
    )
    .filter((line) => line.replace(/[ ,]+$/, '') !== '')
    .map((line) => line.replace(/[ ,]+$/, '').replace(/(?<![ \t])[ \t]+([,.])/g, '$1'));
  while (lines.length > 0 && ukCountryNames.has((lines.at(-1) ?? '').toLowerCase())) lines.pop();
  const postcode = formatUkPostcode(lines.at(-1) ?? '');
  const normalised = postcode === undefined ? lines : [...lines.slice(0, -1), postcode];

  if (normalised.length < 3) throw addressError('Address must be at least 3 lines');
  if (normalised.length > 7) throw addressError('Address must be no more than 7 lines');
  if (!normalised.slice(0, 2).every((line) => /[a-zA-Z0-9]/.test(line))) {
    throw addressError(
      'The first 2 lines of the address must both include at least one alphanumeric character',
    );
  }
  // Services may post abroad by default, so Notify words the last-line error for both cases.
  if (postcode === undefined)
    throw addressError('Last line of address must be a real UK postcode or another country');
  if (normalised.some((line) => invalidFirstCharacters.has(line.charAt(0)))) {
    throw addressError(
      'Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < >',
    );
  }
  return { lines: normalised };
}

/** Formats a UK postcode for printing (`SW1A 1AA`); undefined when it is not a real UK postcode. */
export function formatUkPostcode(text: string): string | undefined {
  const compact = text.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$/.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

function lineText(value: unknown): string {
  if (value === null || value === undefined || value === false || value === '' || value === 0) return '';
  return typeof value === 'string' ? value : String(value);
}

function addressError(message: string): NotifyApiError {
  return new NotifyApiError(400, [{ error: 'ValidationError', message }]);
}
