import { NotifyApiError } from './api-error.js';
import { findCountry, type PostageZone, postageZone, unitedKingdom } from './countries.js';
import { isPythonTruthy, pythonStr } from './python-repr.js';

const addressLineKeys = [
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'address_line_4',
  'address_line_5',
  'address_line_6',
] as const;

const invalidFirstCharacters = new Set([...'@()=[]"\\/,<>~']);
// Royal Mail's postcode areas (notifications-utils `countries/_data/uk-postcode-zones.txt`).
const postcodeAreas = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC ' +
    'EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L GIR LA LD LE LL LN LS LU ' +
    'M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST ' +
    'SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
const zeroWidthCharacters = /\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** A letter's address as Notify reads it from the personalisation, with its normalised lines. */
export interface PostalAddress {
  /** Lines as printed: whitespace tidied, postcode formatted, BFPO and country lines in Notify's form. */
  readonly lines: readonly string[];
  /** `europe` or `rest-of-world` for an address abroad, which sets the letter's postage; else undefined. */
  readonly internationalPostage: InternationalPostage | undefined;
}

/** The postage zones of a letter sent abroad. */
export type InternationalPostage = Exclude<PostageZone, 'united-kingdom'>;

/**
 * Reads and checks a letter's address from `address_line_1`…`address_line_7` (or the legacy
 * `postcode`) as notifications-api's `validate_address` does with notifications-utils'
 * `PostalAddress`; throws its `ValidationError`s. Addresses abroad pass only when the service has
 * the `international_letters` permission (the default); BFPO addresses pass with or without a postcode.
 */
export function validatePostalAddress(
  personalisation: Readonly<Record<string, unknown>>,
  options: { readonly allowInternational: boolean } = { allowInternational: true },
): PostalAddress {
  const keys = Object.hasOwn(personalisation, 'address_line_7')
    ? [...addressLineKeys, 'address_line_7']
    : [...addressLineKeys, 'postcode'];
  const raw = keys.map((key) => lineText(personalisation[key])).join('\n');
  const lines = raw
    .split(/\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/)
    .map((line) =>
      line
        .replace(/[\u00a0\u202f]/g, ' ')
        .replace(zeroWidthCharacters, '')
        .trim()
        .split(/\s+/)
        .join(' '),
    )
    .map((line) => withoutTrailingSpacesAndCommas(line).replace(/(?<![ \t])[ \t]+([,.])/g, '$1'))
    .filter((line) => line !== '');
  const address = readAddress(lines);
  const count = address.lines.length === 1 && address.lines[0] === '' ? 0 : address.lines.length;

  if (count < 3) throw addressError('Address must be at least 3 lines');
  if (count > 7) throw addressError('Address must be no more than 7 lines');
  const firstTwo = address.lines.slice(0, 2);
  if (firstTwo.length < 2 || !firstTwo.every((line) => /[a-zA-Z0-9]/.test(line))) {
    throw addressError(
      'The first 2 lines of the address must both include at least one alphanumeric character',
    );
  }
  if (address.isBfpo && address.international) {
    throw addressError('The last line of a BFPO address must not be a country.');
  }
  const hasValidLastLine =
    (options.allowInternational && address.international && !address.isBfpo) ||
    address.postcode !== undefined ||
    address.isBfpo;
  if (!hasValidLastLine) {
    throw addressError(
      options.allowInternational
        ? 'Last line of address must be a real UK postcode or another country'
        : 'Must be a real UK postcode',
    );
  }
  if (address.lines.some((line) => invalidFirstCharacters.has(line.charAt(0)))) {
    throw addressError(
      'Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < >',
    );
  }
  if (isNoFixedAbode(address.lines)) throw addressError('Must be a real address');
  return {
    lines: address.lines,
    internationalPostage: address.postage === 'united-kingdom' ? undefined : address.postage,
  };
}

interface ReadAddress {
  readonly lines: readonly string[];
  readonly postcode: string | undefined;
  readonly postage: PostageZone;
  readonly international: boolean;
  readonly isBfpo: boolean;
}

// PostalAddress's reading of the lines: BFPO lines come out, the last line names the country (the UK
// when it names none) and is dropped. When it names the UK, Notify drops as many lines from the end
// as there are UK names after the last other country, wherever they stand: a quirk kept here.
function readAddress(allLines: readonly string[]): ReadAddress {
  const { bfpoNumber, lines } = extractBfpo(allLines.length > 0 ? allLines : ['']);
  const lastCountry = lines.length > 0 ? findCountry(lines.at(-1) ?? '') : undefined;
  const country = lastCountry ?? unitedKingdom;
  const body = lastCountry === undefined ? lines : lines.slice(0, -(trailingUkNames(lines) || 1));
  const postage = postageZone(country);
  const international = postage !== 'united-kingdom';
  const postcode = international || body.length === 0 ? undefined : formatUkPostcode(body.at(-1) ?? '');
  const withPostcode = postcode === undefined ? body : [...body.slice(0, -1), postcode];
  let printed: readonly string[];
  if (bfpoNumber !== undefined) {
    const bfpoLine = `BFPO ${bfpoNumber}`;
    printed = international ? [...body, bfpoLine, country] : [...withPostcode, bfpoLine];
  } else {
    printed = international ? [...body, country] : withPostcode;
  }
  return { lines: printed, postcode, postage, international, isBfpo: bfpoNumber !== undefined };
}

function trailingUkNames(lines: readonly string[]): number {
  let count = 0;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const country = findCountry(lines[index] ?? '');
    if (country === undefined) continue;
    if (country !== unitedKingdom) break;
    count += 1;
  }
  return count;
}

// A line that is "BFPO", "BFPO c/o" or either with a number; the first number found is the
// address's BFPO number, and every such line comes out (PostalAddress `_parse_and_extract_bfpo`).
function extractBfpo(lines: readonly string[]): { bfpoNumber: string | undefined; lines: readonly string[] } {
  const readings = lines.map(readBfpoLine);
  const found = readings.find((reading) => reading !== undefined && reading !== '');
  if (found === undefined) return { bfpoNumber: undefined, lines };
  return { bfpoNumber: found, lines: lines.filter((_, index) => readings[index] === undefined) };
}

// The line's BFPO number ('' for a BFPO line without one), or undefined when it is not a BFPO line.
function readBfpoLine(line: string): string | undefined {
  const text = line.toLowerCase().trim();
  if (!text.startsWith('bfpo')) return undefined;
  let rest = text.slice(4).trimStart();
  if (rest.startsWith('c/o')) rest = rest.slice(3);
  rest = rest.trim();
  if (rest === '') return '';
  return /^[0-9]+$/.test(rest) ? BigInt(rest).toString() : undefined;
}

// A line that is just "NFA", or "no fixed abode" or "no fixed address" anywhere.
function isNoFixedAbode(lines: readonly string[]): boolean {
  if (lines.some((line) => line.toLowerCase() === 'nfa')) return true;
  const text = lines.join('\n').toLowerCase();
  return text.includes('no fixed abode') || text.includes('no fixed address');
}

/**
 * Formats a UK postcode for printing (`SW1A 1AA`); undefined unless it is in one of Royal Mail's
 * postcode areas (notifications-utils `_is_a_real_uk_postcode`).
 */
export function formatUkPostcode(text: string): string | undefined {
  const compact = text.replace(zeroWidthCharacters, '').replace(/\s/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 8) return undefined;
  const inward = /^[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$/;
  const inArea = [1, 2, 3].some(
    (length) => postcodeAreas.has(compact.slice(0, length)) && inward.test(compact.slice(length)),
  );
  return inArea ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : undefined;
}

// A scan from the end, not /[ ,]+$/: that regex retries from every run of spaces and commas, so one
// long ' , , ,…x' line held the whole sandbox for seconds.
function withoutTrailingSpacesAndCommas(line: string): string {
  let end = line.length;
  for (let code = line.charCodeAt(end - 1); code === 32 || code === 44; code = line.charCodeAt(end - 1))
    end--;
  return line.slice(0, end);
}

// `str(personalisation.get(key) or "")`: Python's falsy values are empty lines, the rest its str().
function lineText(value: unknown): string {
  return isPythonTruthy(value) ? pythonStr(value) : '';
}

function addressError(message: string): NotifyApiError {
  return new NotifyApiError(400, [{ error: 'ValidationError', message }]);
}
