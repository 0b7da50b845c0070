import { isBilledCountryCode } from './sms-rates.js';

/**
 * Phone number checks as Notify makes them (notifications-utils `PhoneNumber`, built on Google's
 * libphonenumber with GB as the default region). UK numbers follow Ofcom's ranges closely enough
 * for Notify's messages; abroad, the common countries' premium-rate, toll-free and shared-cost ranges
 * are refused as libphonenumber types them, and other countries are checked by code and length.
 */

/** Why a phone number was refused, as notifications-utils names it. */
export type PhoneErrorCode =
  | 'INVALID_NUMBER'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'NOT_A_UK_MOBILE'
  | 'UNKNOWN_CHARACTER'
  | 'UNSUPPORTED_COUNTRY_CODE';

// The v2 API still uses the "legacy" wording for these (notifications-utils `errors.py`).
const legacyMessages: Readonly<Record<PhoneErrorCode, string>> = {
  INVALID_NUMBER: 'Number is not valid – double check the phone number you entered',
  TOO_LONG: 'Too many digits',
  TOO_SHORT: 'Not enough digits',
  NOT_A_UK_MOBILE: 'Not a UK mobile number',
  UNKNOWN_CHARACTER: 'Must not contain letters or symbols',
  UNSUPPORTED_COUNTRY_CODE: 'Not a valid country prefix',
};

/** A refused phone number; `message` is the wording the v2 API returns. */
export class InvalidPhoneError extends Error {
  readonly code: PhoneErrorCode;
  constructor(code: PhoneErrorCode) {
    super(legacyMessages[code]);
    this.name = 'InvalidPhoneError';
    this.code = code;
  }
}

/** A parsed phone number. */
export interface ParsedPhoneNumber {
  /** E.164 without the `+`, e.g. `447700900123`: what Notify stores as `normalised_to`. */
  readonly normalised: string;
  readonly countryCode: number;
  readonly nationalNumber: string;
  readonly isUk: boolean;
  /** A UK landline (geographic or 03), which services may only text with `sms_to_uk_landlines`. */
  readonly isUkLandline: boolean;
}

const allWhitespace = ' \t\n\r\v\f\u180e\u200b\u200c\u200d\u2060\ufeff\u2028\u2029\u00a0\u202f';
const allowedCharacters = new Set([...allWhitespace, ...'()-+0123456789']);

// ITU country calling codes (Notify refuses numbers whose code has no billing rate).
const countryCodes = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 ' +
    '81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 ' +
    '233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 ' +
    '260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 ' +
    '371 372 373 374 375 376 377 378 379 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 ' +
    '506 507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 ' +
    '683 685 686 687 688 689 690 691 692 850 852 853 855 856 880 886 960 961 962 963 964 965 966 967 968 970 ' +
    '971 972 973 974 975 976 977 992 993 994 995 996 998'
  ).split(' '),
);

// National number lengths of the countries councils text most; others are allowed 6 to 14 digits.
const nationalLengths: Readonly<Record<number, readonly number[]>> = {
  1: [10],
  7: [10],
  27: [9],
  30: [10],
  31: [9],
  32: [8, 9],
  33: [9],
  34: [9],
  40: [9],
  41: [9],
  45: [8],
  46: [7, 8, 9, 10],
  47: [8],
  48: [9],
  61: [9, 10],
  64: [8, 9, 10],
  91: [10],
  351: [9],
  353: [7, 8, 9, 10],
};

type PossibleResult = 'possible' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_NUMBER';

class ParseFailure extends Error {}

/**
 * Parses a phone number as Notify does before any permission check; throws `InvalidPhoneError`.
 * A number that fails is retried once with stray `+` and leading zeros removed, as Notify does.
 */
export function parsePhoneNumberLikeNotify(input: string): ParsedPhoneNumber {
  try {
    return parseOnce(input);
  } catch (error) {
    if (!(error instanceof InvalidPhoneError)) throw error;
    return parseOnce(input.replaceAll('+', '').replace(/^0+/, ''));
  }
}

/**
 * Parses and checks a number against a service's permissions, as `PhoneNumber.validate` does.
 * The request schema allows international numbers and landlines; sending checks the real permissions.
 */
export function validatePhoneNumberLikeNotify(
  input: string,
  permissions: { allowInternational: boolean; allowUkLandline: boolean },
): ParsedPhoneNumber {
  const number = parsePhoneNumberLikeNotify(input);
  if (!permissions.allowInternational && !number.isUk) throw new InvalidPhoneError('NOT_A_UK_MOBILE');
  if (!permissions.allowUkLandline && number.isUkLandline) throw new InvalidPhoneError('NOT_A_UK_MOBILE');
  // Notify texts only the countries it has a billing rate for (`COUNTRY_PREFIXES`).
  if (!isBilledCountryCode(number.countryCode)) throw new InvalidPhoneError('UNSUPPORTED_COUNTRY_CODE');
  return number;
}

function parseOnce(input: string): ParsedPhoneNumber {
  if ([...input].some((character) => !allowedCharacters.has(character))) {
    throw new InvalidPhoneError('UNKNOWN_CHARACTER');
  }
  if (input === '') throw new InvalidPhoneError('TOO_SHORT');
  let number: { countryCode: number; national: string };
  try {
    number = parseLikeLibphonenumber(input);
  } catch (error) {
    if (error instanceof ParseFailure) throw new InvalidPhoneError('INVALID_NUMBER');
    throw error;
  }
  const possible = possibility(number);
  if (possible !== 'possible') {
    const forced = forcedInternational(input);
    if (forced === undefined) throw new InvalidPhoneError(possible);
    number = forced;
  }
  const isUk = number.countryCode === 44;
  if (isUk && !isAllowedUkNumber(number.national) && !isTvNumber(number.national)) {
    throw new InvalidPhoneError('INVALID_NUMBER');
  }
  // `is_valid_number` and `_is_allowed_phone_number_type`: only fixed lines, mobiles, personal
  // numbers and UANs pass, so premium-rate, toll-free and shared-cost numbers are "not valid".
  if (!isUk && !isAllowedInternationalNumber(number.countryCode, number.national)) {
    throw new InvalidPhoneError('INVALID_NUMBER');
  }
  return {
    normalised: `${number.countryCode}${number.national}`,
    countryCode: number.countryCode,
    nationalNumber: number.national,
    isUk,
    isUkLandline: isUk && isUkLandline(number.national),
  };
}

function parseLikeLibphonenumber(input: string): { countryCode: number; national: string } {
  const start = input.search(/[+0-9]/);
  if (start < 0) throw new ParseFailure();
  const candidate = input.slice(start).replace(/[^0-9]+$/, '');
  const hasPlus = candidate.startsWith('+');
  const rest = hasPlus ? candidate.slice(1) : candidate;
  if (rest.includes('+')) throw new ParseFailure();
  const digits = rest.replace(/[^0-9]/g, '');
  if (digits.length < 2) throw new ParseFailure();
  if (hasPlus) return fromInternational(digits);
  if (digits.startsWith('00')) return fromInternational(digits.slice(2));
  // A GB number written with its country code but no `+` (e.g. 447700900123) keeps the code.
  if (digits.startsWith('44') && [9, 10].includes(digits.slice(2).replace(/^0/, '').length)) {
    return fromInternational(digits);
  }
  return { countryCode: 44, national: digits.replace(/^0/, '') };
}

function fromInternational(digits: string): { countryCode: number; national: string } {
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    if (countryCodes.has(code)) {
      let national = digits.slice(length);
      if (code === '44') national = national.replace(/^0/, '');
      if (national.length < 2) throw new ParseFailure();
      return { countryCode: Number(code), national };
    }
  }
  throw new ParseFailure();
}

function possibility(number: { countryCode: number; national: string }): PossibleResult {
  const length = number.national.length;
  if (number.countryCode === 44) {
    // GB numbers are 7, 9 or 10 digits; 4-6 and 8 are "local only", which Notify calls too short.
    if (length > 10) return 'TOO_LONG';
    if (length === 7 || length === 9 || length === 10) return 'possible';
    return 'TOO_SHORT';
  }
  const lengths = nationalLengths[number.countryCode];
  if (lengths === undefined) return length < 6 ? 'TOO_SHORT' : length > 14 ? 'TOO_LONG' : 'possible';
  if (lengths.includes(length)) return 'possible';
  // A length between two valid ones is "invalid length", which Notify reports as not valid.
  return length < Math.min(...lengths)
    ? 'TOO_SHORT'
    : length > Math.max(...lengths)
      ? 'TOO_LONG'
      : 'INVALID_NUMBER';
}

function forcedInternational(input: string): { countryCode: number; national: string } | undefined {
  try {
    const number = parseLikeLibphonenumber(`+${input}`);
    return possibility(number) === 'possible' ? number : undefined;
  } catch {
    return undefined;
  }
}

function isAllowedUkNumber(national: string): boolean {
  // Mobiles (07, bar the 076 pager range except Isle of Man 07624) and personal numbers (070).
  if (/^7\d{9}$/.test(national)) return !national.startsWith('76') || national.startsWith('7624');
  return isUkLandline(national);
}

function isUkLandline(national: string): boolean {
  // Geographic 01/02 numbers (9 or 10 digits) and non-geographic 03 numbers, which Notify treats alike.
  return /^[12]\d{8,9}$/.test(national) || /^3\d{9}$/.test(national);
}

function isTvNumber(national: string): boolean {
  // Notify's own check is `7700[900000-900999]`: a character class, so any 7700 number passes.
  return /^7700\d/.test(national);
}

// Number ranges libphonenumber types as premium-rate, toll-free, shared-cost or VoIP (none of which
// Notify allows), and the first digits no valid number starts with, by country code. Countries not
// listed are checked by length only.
const refusedInternationalRanges: Readonly<Record<number, readonly string[]>> = {
  // North America: 8xx toll-free, 900 premium-rate; area codes and exchanges never start 0 or 1.
  1: ['800', '833', '844', '855', '866', '877', '888', '900', '0', '1'],
  // France: 08 toll-free, shared-cost and premium-rate; 09 VoIP.
  33: ['8', '9'],
  // Spain: 800/900 toll-free, 803–807 and 905–907 premium-rate, 901/902 shared-cost.
  34: ['800', '900', '803', '804', '805', '806', '807', '905', '906', '907', '901', '902'],
  // Netherlands: 0800 toll-free, 0900/0906/0909 premium-rate.
  31: ['800', '900', '906', '909'],
  // Germany: 0800 toll-free, 0900 and 0137 premium-rate, 0180 shared-cost.
  49: ['800', '900', '137', '180'],
  // Australia: 1800 toll-free, 190 premium-rate, 13 shared-cost.
  61: ['180', '190', '13'],
  // Ireland: 1800 toll-free, 15 premium-rate, 1850/1890 shared-cost.
  353: ['1800', '15', '1850', '1890'],
};

function isAllowedInternationalNumber(countryCode: number, national: string): boolean {
  const refused = refusedInternationalRanges[countryCode];
  return refused === undefined || !refused.some((start) => national.startsWith(start));
}
