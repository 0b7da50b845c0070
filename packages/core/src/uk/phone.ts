import { fieldOption, optionsArgument } from '../config/options-argument.js';
import { ValidationError } from '../errors/classes.js';

/** A phone number checked and normalised to E.164. */
export interface PhoneNumber {
  /** The number in E.164 form: `+447700900123`. */
  readonly e164: string;
  /** The number as written in the UK (`07700 900123`); for numbers outside the UK, the E.164 form. */
  readonly national: string;
  /** True for UK mobiles (07 numbers except 070 personal numbers and 076 pagers; 07624 is a mobile). */
  readonly isMobile: boolean;
  /** True for +44 numbers, which include Jersey, Guernsey and the Isle of Man. */
  readonly isUk: boolean;
}

/** Options for `parsePhoneNumber` and `normalisePhoneNumber`. */
export interface PhoneNumberOptions {
  /** The field named in a `ValidationError`; `phoneNumber` unless given. */
  readonly field?: string;
}

interface UkNumberRule {
  /** The national significant number lengths (digits after the trunk 0) this range uses. */
  readonly lengths: readonly number[];
  readonly isMobile: boolean;
}

// Digits, whitespace and the punctuation people write numbers with; anything else is a typo or not a number.
const allowedCharacters = /^[0-9\s+().-]*$/;
const punctuation = /[\s().-]/g;
// E.164 caps a number at 15 digits with its country code; fewer than 8 is far likelier a typo than a number.
const maximumE164Digits = 15;
const minimumE164Digits = 8;
const longestPhoneNumberText = 64;

/**
 * Parses a UK number in any usual writing (`07700 900123`, `+44 (0) 7700 900123`, `0044…`) or an
 * international one in `+<country code>…` form; throws `ValidationError` naming the field when it is not one.
 */
export function parsePhoneNumber(input: unknown, options: PhoneNumberOptions = {}): PhoneNumber {
  const field = fieldOption(optionsArgument<PhoneNumberOptions>(options).field, 'phoneNumber');
  if (typeof input !== 'string') throw invalid(field, 'must be a string');
  // Refused before any pattern runs: no way of writing a phone number needs this many characters.
  if (input.length > longestPhoneNumberText) throw invalid(field, 'is not a valid phone number');
  if (input.trim() === '') throw invalid(field, 'is required');
  if (!allowedCharacters.test(input)) throw invalid(field, 'must not contain letters or symbols');
  const compact = input.replace(punctuation, '');
  if (compact.lastIndexOf('+') > 0) throw invalid(field, 'is not a valid phone number');

  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : undefined;
  if (international !== undefined) {
    if (!international.startsWith('44')) return parseInternational(international, field);
    // `+44 (0) 7700…` keeps the trunk 0 that international dialling drops.
    const afterCountryCode = international.slice(2);
    return parseUk(afterCountryCode.startsWith('0') ? afterCountryCode.slice(1) : afterCountryCode, field);
  }
  if (compact.startsWith('0')) return parseUk(compact.slice(1), field);
  // Digits with no prefix: `447700900123` (how GOV.UK Notify stores numbers) or a number missing its 0.
  if (compact.startsWith('44') && ukNumberError(compact.slice(2)) === undefined) {
    return parseUk(compact.slice(2), field);
  }
  return parseUk(compact, field);
}

/** Returns the number in E.164 form (`+447700900123`); throws `ValidationError` when it is not a number. */
export function normalisePhoneNumber(input: unknown, options: PhoneNumberOptions = {}): string {
  return parsePhoneNumber(input, options).e164;
}

/** True when the input is a UK mobile number, in any usual writing; never throws. */
export function isUkMobile(input: unknown): boolean {
  try {
    const phoneNumber = parsePhoneNumber(input);
    return phoneNumber.isUk && phoneNumber.isMobile;
  } catch {
    return false;
  }
}

function parseUk(nationalNumber: string, field: string): PhoneNumber {
  const error = ukNumberError(nationalNumber);
  if (error !== undefined) throw invalid(field, error);
  return {
    e164: `+44${nationalNumber}`,
    national: formatUkNational(nationalNumber),
    isMobile: ukNumberRule(nationalNumber)!.isMobile,
    isUk: true,
  };
}

function parseInternational(digits: string, field: string): PhoneNumber {
  if (digits.startsWith('0')) throw invalid(field, 'is not a valid phone number');
  if (digits.length < minimumE164Digits) throw invalid(field, 'has too few digits');
  if (digits.length > maximumE164Digits) throw invalid(field, 'has too many digits');
  const e164 = `+${digits}`;
  return { e164, national: e164, isMobile: false, isUk: false };
}

function ukNumberError(nationalNumber: string): string | undefined {
  if (nationalNumber === '') return 'has too few digits';
  const rule = ukNumberRule(nationalNumber);
  if (rule === undefined) return 'is not a valid UK phone number';
  if (rule.lengths.includes(nationalNumber.length)) return undefined;
  return nationalNumber.length > Math.max(...rule.lengths) ? 'has too many digits' : 'has too few digits';
}

// Ofcom's National Telephone Numbering Plan, by the first digits of the national significant number.
function ukNumberRule(nationalNumber: string): UkNumberRule | undefined {
  switch (nationalNumber.charAt(0)) {
    case '1':
      // 01xxx areas (not 011x or 01x1 cities) include a few that keep five-digit local numbers,
      // and 016977 four-digit ones: nine digits in all. Which areas changes as Ofcom renumbers.
      return { lengths: /^1[2-9][02-9]/.test(nationalNumber) ? [9, 10] : [10], isMobile: false };
    case '2':
    case '3':
    case '9':
      return { lengths: [10], isMobile: false };
    case '5':
      // 055 and 056 are corporate and VoIP numbers; the rest of 05 is unallocated.
      return nationalNumber.length === 1 || /^5[56]/.test(nationalNumber)
        ? { lengths: [10], isMobile: false }
        : undefined;
    case '7':
      // 070 personal numbers and 076 pagers are not mobiles, except 07624 (Isle of Man mobiles).
      return { lengths: [10], isMobile: /^7(?:[1-57-9]|624)/.test(nationalNumber) };
    case '8':
      // Freephone 0800 still has some shorter numbers, e.g. 0800 1111.
      return { lengths: /^800/.test(nationalNumber) ? [7, 9, 10] : [10], isMobile: false };
    default:
      return undefined;
  }
}

// Ofcom's number groups: 07xxx xxxxxx, 020 xxxx xxxx, 0113 xxx xxxx, 01632 xxxxxx, 0300 xxx xxxx.
function formatUkNational(nationalNumber: string): string {
  const national = `0${nationalNumber}`;
  const groups = (...lengths: number[]) => {
    const parts: string[] = [];
    let start = 0;
    for (const length of lengths) {
      parts.push(national.slice(start, start + length));
      start += length;
    }
    parts.push(national.slice(start));
    return parts.join(' ');
  };
  if (national.length === 8) return groups(4);
  switch (national.charAt(1)) {
    case '7':
      return groups(5);
    case '2':
    case '5':
      return groups(3, 4);
    case '1':
      return /^01(?:1\d|\d1)/.test(national) ? groups(4, 3) : groups(5);
    default:
      return groups(4, 3);
  }
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: field, message }]);
}
