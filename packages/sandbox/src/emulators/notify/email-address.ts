import { domainToASCII } from 'node:url';

const obscureWhitespace = /\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff|\u2028|\u2029|\u00a0|\u202f/g;
const emailPattern = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@([^.@][^@\s]+)$/;
const hostnamePart = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
const topLevelDomain = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;

/** True when Notify would accept the email address (notifications-utils `validate_email_address`). */
export function isValidEmailAddressLikeNotify(input: string): boolean {
  const address = input.replace(obscureWhitespace, '').replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
  const match = emailPattern.exec(address);
  if (!match || address.length > 320 || address.includes('..')) return false;
  const hostname = domainToASCII(match[1] ?? '');
  if (hostname === '') return false;
  const parts = hostname.split('.');
  if (hostname.length > 253 || parts.length < 2) return false;
  if (parts.some((part) => part === '' || part.length > 63 || !hostnamePart.test(part))) return false;
  return topLevelDomain.test(parts.at(-1) ?? '');
}

/** The form Notify compares addresses in: trimmed and lower-cased. */
export function formatEmailAddressLikeNotify(input: string): string {
  return input
    .toLowerCase()
    .replace(obscureWhitespace, '')
    .replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
}
