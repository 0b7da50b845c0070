import { passesLuhnCheck } from './luhn.js';
import { isSensitiveKey } from './sensitive-keys.js';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// A value someone already redacted is left alone, so redacting twice changes nothing.
const notRedacted = '(?!\\[REDACTED)';

// `Authorization: Bearer x`, `"authorization":"Basic x"`, `x-api-key: x`: keep the header and scheme, drop the credential.
const credentialHeader =
  /\b((?:proxy-)?authorization|(?:x-)?api-key)(["']?\s*:\s*["']?)(?!(?:[A-Za-z_]+(?:\s+|=["']?))?\[REDACTED)((?:bearer|basic|token|api_key|apikey)(?:\s+|=["']?))?[^\s"',;&]+/gi;
const cookieHeader = new RegExp(`\\b((?:set-)?cookie["']?\\s*:\\s*["']?)${notRedacted}[^\\r\\n"']+`, 'gi');
const bearerToken = new RegExp(`\\b(bearer)(\\s+)${notRedacted}([A-Za-z0-9\\-._~+/]+=*)`, 'gi');
const jsonWebToken = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,3}/g;
// GOV.UK Notify: `{key name}-{service id}-{secret}`; the two UUIDs alone are redacted as well.
const notifyApiKey = new RegExp(`(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]*?-)?${uuid}-${uuid}(?![0-9a-z])`, 'gi');
// GOV.UK Pay: `api_test_`/`api_live_`, a base32hex id, then a 32-character HMAC.
const payApiKey = /(?<![A-Za-z0-9])api_(?:test|live)_[A-Za-z0-9]{20,}/gi;
// Ideal Postcodes: `ak_` and a random part; `ak_test` is its documented test key.
const idealPostcodesKey = /(?<![A-Za-z0-9])ak_(?:test(?![A-Za-z0-9])|[A-Za-z0-9]{16,})/g;
const credentialParameter = new RegExp(
  `(?<![A-Za-z0-9])(api[-_]?key|key|access[-_]?token|refresh[-_]?token|id[-_]?token|token|client[-_]?secret|client[-_]?assertion|secret|password|signature|sig)=${notRedacted}[^&\\s"'#,;]+`,
  'gi',
);
// OAuth authorization codes only appear as a URL's query parameter; `code=` in prose is usually a status.
const authorizationCodeParameter = new RegExp(`([?&]code)=${notRedacted}[^&\\s"'#,;]+`, 'g');
// A JSON member inside text (a logged response body): `"email_address":"…"`.
const jsonStringMember = /"([A-Za-z0-9_-]{1,64})"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
// Starts only where a run of mailbox characters starts: trying every position inside a long run
// (a base64 blob, a digit string) would make the search quadratic.
const emailAddress =
  /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+(?:@|%40)(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/g;
// Cards from issuers 2–6 (Mastercard, Amex, Visa, Maestro, Discover...); the first digit rule keeps
// epoch-millisecond timestamps (13 digits starting with 1) and zero-padded ids out.
const cardNumberCandidate = /(?<![\w+.-])[2-6](?:[ -]?\d){12,}(?![\w]|[.-]\d)/g;
// Digit groups joined by single spaces, hyphens or brackets, after a `+`, `(+`, `%2B` or `0`: shapes
// the callback checks digit by digit. Every repeat needs a separator, so matching cannot backtrack badly.
const phoneNumberCandidate = /(?<![\w+/.%-])(?:\+|%2B|\(\+?)?\d+(?:(?:\)[ -]?|[ -]\(?|\()\d+)*\)?/gi;
// National Insurance numbers: two letters, six digits (often paired by spaces), a final A to D.
const nationalInsuranceNumber = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/gi;

/** Longest text redactText reads; the rest is cut off (and said to be), so a log line stays cheap. */
export const maxRedactedTextLength = 32_768;
// Where a cut falls inside a token, the token's head is dropped with the tail, never shown half-redacted.
const cutBackLimit = 256;

function parameterKind(name: string): string {
  const normalised = name.toLowerCase().replace(/[-_]/g, '');
  if (normalised.endsWith('key')) return 'api_key';
  if (normalised === 'secret' || normalised === 'clientsecret' || normalised === 'password') return 'secret';
  return 'token';
}

function redactCredentialHeader(_match: string, header: string, separator: string, scheme = ''): string {
  const kind = /api-key$/i.test(header) ? 'api_key' : 'token';
  return `${header}${separator}${scheme}[REDACTED:${kind}]`;
}

function redactBearerToken(match: string, scheme: string, space: string, token: string): string {
  // Lower-case `bearer` followed by an ordinary word is prose ("invalid bearer token"), not a credential.
  if (scheme === 'bearer' && /^[a-z]+$/.test(token)) return match;
  return `${scheme}${space}[REDACTED:token]`;
}

function redactJsonMember(match: string, key: string, separator: string, value: string): string {
  if (!isSensitiveKey(key) || value.startsWith('[REDACTED')) return match;
  return `"${key}"${separator}"[REDACTED]"`;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** What a run of digit groups must hold before its shape is worth checking. */
interface GroupRunShape {
  readonly maxGroups: number;
  readonly minDigits: number;
  readonly maxDigits: number;
  /** True when a run beginning with this group (separator removed) could be one. */
  readonly canStart: (group: string) => boolean;
  readonly matches: (run: string) => boolean;
  readonly marker: string;
}

/**
 * Replaces, left to right, the longest run of whole groups (each but the first starting with its
 * separator) that `shape.matches` accepts. A candidate can run into neighbouring numbers ("1250 07700
 * 900123", two cards in a row), so the shape is looked for inside it rather than in the whole. Runs
 * grow one group at a time and stop at the digit limit, so a long candidate ('2 2 2 …') costs a
 * few steps per group, not a join per possible size.
 */
function replaceGroupRuns(groups: readonly string[], shape: GroupRunShape): string {
  let result = '';
  let start = 0;
  while (start < groups.length) {
    const first = groups[start] ?? '';
    const separator = first.charCodeAt(0) === 32 || first.charCodeAt(0) === 45 ? first.charAt(0) : '';
    const size = shape.canStart(separator ? first.slice(1) : first) ? longestRunAt(groups, start, shape) : 0;
    result += size === 0 ? first : `${separator}${shape.marker}`;
    start += Math.max(size, 1);
  }
  return result;
}

function longestRunAt(groups: readonly string[], start: number, shape: GroupRunShape): number {
  const first = groups[start] ?? '';
  const skip = first.charCodeAt(0) === 32 || first.charCodeAt(0) === 45 ? 1 : 0;
  let run = '';
  let digits = 0;
  let longest = 0;
  const limit = Math.min(shape.maxGroups, groups.length - start);
  for (let size = 1; size <= limit; size++) {
    const group = groups[start + size - 1] ?? '';
    digits += digitCount(group);
    if (digits > shape.maxDigits) break;
    run += size === 1 ? group.slice(skip) : group;
    if (digits >= shape.minDigits && shape.matches(run)) longest = size;
  }
  return longest;
}

function digitCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

function isCardNumber(run: string): boolean {
  const groups = run.split(/[ -]/);
  // Cards are grouped in fours (or 4-6-5); short groups are dates and lists, not card numbers.
  if (groups.length > 1 && groups.some((group) => group.length < 3)) return false;
  const digits = groups.join('');
  return /^[2-6]/.test(digits) && digits.length >= 13 && digits.length <= 19 && passesLuhnCheck(digits);
}

function isPhoneNumber(run: string): boolean {
  // A trunk `(0)` written inside an international number ("+44 (0)7700 900123") is not dialled.
  const digits = digitsOf(run.replace(/\(0\)/g, ''));
  if (/^(?:\+|%2B|\(\+)/i.test(run)) return digits.length >= 8 && digits.length <= 15;
  if (/^\(?00[1-9]/.test(run)) return digits.length >= 10 && digits.length <= 17;
  // National numbers start with an area or mobile code of at least three digits ("020", "07700").
  if (/^\(?0[1-9]\d/.test(run)) return digits.length >= 10 && digits.length <= 11;
  // A UK number in international form without its `+` (447700900123), as Notify's callbacks send it.
  if (/^44[1-9]/.test(run)) return digits.length >= 11 && digits.length <= 12;
  return false;
}

const cardShape: GroupRunShape = {
  maxGroups: 7,
  minDigits: 13,
  maxDigits: 19,
  canStart: (group) => {
    const code = group.charCodeAt(0);
    return code >= 50 && code <= 54;
  },
  matches: isCardNumber,
  marker: '[REDACTED:card_number]',
};

const phoneShape: GroupRunShape = {
  maxGroups: 8,
  minDigits: 8,
  maxDigits: 17,
  canStart: (group) => /^(?:\+|%2B|\(|0|44)/i.test(group),
  matches: isPhoneNumber,
  marker: '[REDACTED:phone]',
};

// Groups that each (but the first) start with their space or hyphen; a scan, cheaper than a
// lookahead split on long candidates.
function splitBeforeSeparators(text: string, hyphens: boolean): string[] {
  const groups: string[] = [];
  let start = 0;
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || (hyphens && code === 45)) {
      groups.push(text.slice(start, index));
      start = index;
    }
  }
  groups.push(text.slice(start));
  return groups;
}

function redactCardNumbers(candidate: string): string {
  return replaceGroupRuns(splitBeforeSeparators(candidate, true), cardShape);
}

function redactPhoneNumbers(candidate: string): string {
  return replaceGroupRuns(splitBeforeSeparators(candidate, false), phoneShape);
}

/** The text of any value, never throwing (a symbol, an object whose toString throws). */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[Unreadable]';
  }
}

/** At most `maxRedactedTextLength` characters, cut back to a separator so no token is left half shown. */
function bounded(text: string): { text: string; dropped: number } {
  if (text.length <= maxRedactedTextLength) return { text, dropped: 0 };
  let end = maxRedactedTextLength;
  const floor = end - cutBackLimit;
  while (end > floor && !/[\s,;&"'<>()[\]{}]/.test(text.charAt(end - 1))) end--;
  if (end === floor) end = floor;
  return { text: text.slice(0, end), dropped: text.length - end };
}

/**
 * Replaces every secret or piece of personal data with a recognisable shape inside a string. Never
 * throws; reads at most `maxRedactedTextLength` characters and says how many it cut off.
 */
export function redactText(text: string): string {
  const whole = typeof text === 'string' ? text : textOf(text);
  if (whole.length < 5) return whole;
  const { text: kept, dropped } = bounded(whole);
  const redacted = kept
    // Credentials first: a token inside an `Authorization` header must not be half-matched as something else.
    .replace(credentialHeader, redactCredentialHeader)
    .replace(cookieHeader, '$1[REDACTED:cookie]')
    .replace(bearerToken, redactBearerToken)
    .replace(jsonWebToken, '[REDACTED:jwt]')
    .replace(notifyApiKey, '[REDACTED:api_key]')
    .replace(payApiKey, '[REDACTED:api_key]')
    .replace(idealPostcodesKey, '[REDACTED:api_key]')
    .replace(credentialParameter, (_match, name: string) => `${name}=[REDACTED:${parameterKind(name)}]`)
    .replace(authorizationCodeParameter, '$1=[REDACTED:token]')
    .replace(jsonStringMember, redactJsonMember)
    // Personal data last: emails before phone numbers, so a numeric mailbox goes as one email.
    .replace(emailAddress, '[REDACTED:email]')
    .replace(nationalInsuranceNumber, '[REDACTED:national_insurance_number]')
    .replace(cardNumberCandidate, redactCardNumbers)
    .replace(phoneNumberCandidate, redactPhoneNumbers);
  return dropped === 0 ? redacted : `${redacted}…[TRUNCATED ${dropped} characters]`;
}
