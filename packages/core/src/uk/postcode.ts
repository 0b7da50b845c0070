import { fieldOption } from '../config/options-argument.js';
import { ValidationError } from '../errors/classes.js';

/**
 * What sort of postcode it is. `standard` follows the BS 7666 shapes (this includes Jersey, Guernsey,
 * the Isle of Man and non-geographic areas such as BX); the rest are the special cases Royal Mail
 * routes: Girobank's `GIR 0AA`, British Forces Post Office numbers, and British overseas territories.
 */
export type PostcodeKind = 'standard' | 'girobank' | 'bfpo' | 'overseas_territory';

/**
 * A parsed postcode. `district`, `sector` and `unit` are the full codes at each level of Royal Mail's
 * hierarchy (`SW1A`, `SW1A 1`, `SW1A 1AA`), so each can be passed as is to a lookup by that level.
 * BFPO numbers and the overseas codes that have their own shape (`KY1-1234`, `VG1110`, `MSR 1110`,
 * `AI-2640`) have no sectors: their `sector` and `unit` are the whole postcode, and `outward` and
 * `inward` are the letter prefix and the number.
 */
export interface Postcode {
  /** The normalised postcode: upper case, one space before the inward code (`SW1A 1AA`). */
  readonly postcode: string;
  /** The outward code, before the space (`SW1A`). */
  readonly outward: string;
  /** The inward code, after the space (`1AA`). */
  readonly inward: string;
  /** The postcode area: the outward code's leading letters (`SW`). */
  readonly area: string;
  /** The postcode district; for standard postcodes, the outward code (`SW1A`). */
  readonly district: string;
  /** The postcode sector: the district plus the inward code's digit (`SW1A 1`). */
  readonly sector: string;
  /** The postcode unit: the whole postcode (`SW1A 1AA`). */
  readonly unit: string;
  readonly kind: PostcodeKind;
}

// BS 7666 letter rules, position by position. First: never Q, V or X. Second: never I, J or Z.
// Third of A9A: only A-H, J, K, P, S, T, U, W. Fourth of AA9A: only A B E H M N P R V W X Y.
// Inward letters: never C, I, K, M, O or V (they are too easily misread in handwriting).
const first = '[A-PR-UWYZ]';
const second = '[A-HK-Y]';
const thirdOfA9A = '[A-HJKPSTUW]';
const fourthOfAA9A = '[ABEHMNPRVWXY]';
const outwardShapes = [
  `${first}[0-9]{1,2}`,
  `${first}${second}[0-9]{1,2}`,
  `${first}[0-9]${thirdOfA9A}`,
  `${first}${second}[0-9]${fourthOfAA9A}`,
];
const standardPostcode = new RegExp(`^(${outwardShapes.join('|')})([0-9][ABD-HJLNP-UW-Z]{2})$`);

// Overseas territories with a single UK-style postcode each (Gibraltar's also fits the BS 7666 shapes).
const overseasTerritorySingleCodes = new Set([
  'ASCN 1ZZ', // Ascension Island
  'BBND 1ZZ', // British Indian Ocean Territory
  'BIQQ 1ZZ', // British Antarctic Territory
  'FIQQ 1ZZ', // Falkland Islands
  'GX11 1AA', // Gibraltar
  'PCRN 1ZZ', // Pitcairn Islands
  'SIQQ 1ZZ', // South Georgia and the South Sandwich Islands
  'STHL 1ZZ', // Saint Helena
  'TDCU 1ZZ', // Tristan da Cunha
  'TKCA 1ZZ', // Turks and Caicos Islands
]);

// Territories with their own schemes. Only these four are accepted: Bermuda's (`HM 12`) and other
// territories' codes look nothing like a UK postcode, and Barbados' `BB` codes are not British at all.
const caymanIslands = /^KY([1-3])-?([0-9]{4})$/;
const britishVirginIslands = /^VG(11[1-6]0)$/;
const montserratNumbers = new Set(['1110', '1120', '1210', '1230', '1250', '1310', '1330', '1350']);
const montserrat = /^MSR([0-9]{4})$/;
const anguilla = /^AI-?(2640)$/;
// BFPO numbers have one to four digits and never a leading zero.
const bfpo = /^BFPO([1-9][0-9]{0,3})$/;

// The longest accepted postcodes once whitespace is gone (`BFPO1234`, `KY1-1234`); anything longer
// is rejected before any pattern runs on it.
const longestCompactPostcode = 8;

/**
 * Parses a UK postcode in any case and spacing into its parts; throws `ValidationError` naming
 * `field` (default `postcode`) when it is not one.
 */
export function parsePostcode(input: unknown, field = 'postcode'): Postcode {
  fieldOption(field, 'postcode');
  if (typeof input !== 'string') throw invalid(field, 'must be a string');
  if (input.trim() === '') throw invalid(field, 'is required');
  const parsed = parseAnySpacing(input);
  // The input is never echoed: with a name beside it, a postcode can identify a household.
  if (parsed === undefined) throw invalid(field, 'is not a valid UK postcode');
  return parsed;
}

/** Returns the postcode in its normal form (`SW1A 1AA`); throws `ValidationError` when it is not one. */
export function normalisePostcode(input: unknown, field = 'postcode'): string {
  return parsePostcode(input, field).postcode;
}

/** True when the input is a UK postcode by the rules `parsePostcode` applies; never throws. */
export function isValidPostcode(input: unknown): boolean {
  return typeof input === 'string' && parseAnySpacing(input) !== undefined;
}

// However it is spaced, a postcode is never written in more characters than this.
const longestPostcodeText = 64;

function parseAnySpacing(input: string): Postcode | undefined {
  if (input.length > longestPostcodeText) return undefined;
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length <= longestCompactPostcode ? parseCompact(compact) : undefined;
}

function parseCompact(compact: string): Postcode | undefined {
  if (compact === 'GIR0AA') return splitPostcode('GIR', '0AA', 'girobank');
  const singleCode = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  if (overseasTerritorySingleCodes.has(singleCode)) {
    return splitPostcode(compact.slice(0, -3), compact.slice(-3), 'overseas_territory');
  }
  const standard = standardPostcode.exec(compact);
  if (standard) return splitPostcode(standard[1]!, standard[2]!, 'standard');

  const forces = bfpo.exec(compact);
  if (forces) return numberedPostcode(`BFPO ${forces[1]}`, 'BFPO', 'BFPO', forces[1]!, 'bfpo');
  const cayman = caymanIslands.exec(compact);
  if (cayman) {
    const district = `KY${cayman[1]}`;
    return numberedPostcode(`${district}-${cayman[2]}`, 'KY', district, cayman[2]!, 'overseas_territory');
  }
  const virginIslands = britishVirginIslands.exec(compact);
  if (virginIslands) return numberedPostcode(compact, 'VG', 'VG', virginIslands[1]!, 'overseas_territory');
  const montserratCode = montserrat.exec(compact);
  if (montserratCode && montserratNumbers.has(montserratCode[1]!)) {
    const number = montserratCode[1]!;
    return numberedPostcode(`MSR ${number}`, 'MSR', 'MSR', number, 'overseas_territory');
  }
  if (anguilla.test(compact)) return numberedPostcode('AI-2640', 'AI', 'AI', '2640', 'overseas_territory');
  return undefined;
}

function splitPostcode(outward: string, inward: string, kind: PostcodeKind): Postcode {
  const postcode = `${outward} ${inward}`;
  return {
    postcode,
    outward,
    inward,
    area: /^[A-Z]+/.exec(outward)![0],
    district: outward,
    sector: `${outward} ${inward.charAt(0)}`,
    unit: postcode,
    kind,
  };
}

function numberedPostcode(
  postcode: string,
  area: string,
  outward: string,
  inward: string,
  kind: PostcodeKind,
): Postcode {
  return { postcode, outward, inward, area, district: outward, sector: postcode, unit: postcode, kind };
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: field, message }]);
}
