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

/**
 * Replaces, left to right, the longest run of whole groups (each but the first starting with its
 * separator) that `matches` accepts. A candidate can run into neighbouring numbers ("1250 07700 900123",
 * two cards in a row), so the shape is looked for inside it rather than in the whole.
 */
function replaceGroupRuns(
  groups: readonly string[],
  maxGroups: number,
  matches: (run: string) => boolean,
  marker: string,
): string {
  let result = '';
  let start = 0;
  while (start < groups.length) {
    const first = groups[start] ?? '';
    const separator = /^[ -]/.test(first) ? first.charAt(0) : '';
    const size = longestRunAt(groups, start, maxGroups, (run) => matches(run.slice(separator.length)));
    result += size === 0 ? first : `${separator}${marker}`;
    start += Math.max(size, 1);
  }
  return result;
}

function longestRunAt(
  groups: readonly string[],
  start: number,
  maxGroups: number,
  matches: (run: string) => boolean,
): number {
  for (let size = Math.min(maxGroups, groups.length - start); size > 0; size -= 1) {
    if (matches(groups.slice(start, start + size).join(''))) return size;
  }
  return 0;
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
  return false;
}

function redactCardNumbers(candidate: string): string {
  return replaceGroupRuns(candidate.split(/(?=[ -])/), 7, isCardNumber, '[REDACTED:card_number]');
}

function redactPhoneNumbers(candidate: string): string {
  return replaceGroupRuns(candidate.split(/(?= )/), 8, isPhoneNumber, '[REDACTED:phone]');
}

/** Replaces every secret or piece of personal data with a recognisable shape inside a string. */
export function redactText(text: string): string {
  if (typeof text !== 'string') return redactText(String(text));
  if (text.length < 5) return text;
  return (
    text
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
      .replace(cardNumberCandidate, redactCardNumbers)
      .replace(phoneNumberCandidate, redactPhoneNumbers)
  );
}
