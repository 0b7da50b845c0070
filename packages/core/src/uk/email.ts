import { domainToASCII } from 'node:url';
import { fieldOption } from '../config/options-argument.js';
import { ValidationError } from '../errors/classes.js';

// GOV.UK Notify's rules, so an address we accept is one Notify will send to.
const localPart = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
// One label of a host: letter or digit runs joined by one or two hyphens (Notify's
// `^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$`, whose `xn` the digit-and-letter run already covers). Sticky,
// so it checks each label where it starts in the host, without splitting the host into strings.
const hostLabel = /[a-z0-9]+(?:--?[a-z0-9]+)*/iy;
const topLevelDomain = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;
// In ASCII, a host may hold only letters, digits, dots and hyphens; other scripts go to IDNA. Without
// this, domainToASCII would quietly turn `%41` into `a` and let a mangled host through.
const asciiOtherThanHostCharacters = /[\u0000-\u002c\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]/;
// Zero-width characters ride along invisibly when an address is copied from a document or web page.
const zeroWidthCharacters = /\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const maximumAddressLength = 320;
const longestAddressText = 4 * maximumAddressLength;
const maximumHostLength = 253;
const maximumLabelLength = 63;

/** True when the input is an email address GOV.UK Notify would accept; never throws. */
export function isValidEmailAddress(input: unknown): boolean {
  return typeof input === 'string' && input.length <= longestAddressText && isValidAddress(clean(input));
}

/**
 * Returns the address trimmed of surrounding and zero-width whitespace, otherwise as given; throws
 * `ValidationError` naming `field` (default `emailAddress`) when GOV.UK Notify would reject it.
 */
export function parseEmailAddress(input: unknown, field = 'emailAddress'): string {
  fieldOption(field, 'emailAddress');
  if (typeof input !== 'string') throw invalid(field, 'must be a string');
  // Refused before any pattern runs, allowing for surrounding and zero-width whitespace.
  if (input.length > longestAddressText) throw invalid(field, 'is not a valid email address');
  const address = clean(input);
  if (address === '') throw invalid(field, 'is required');
  // The address is personal data, so the message never repeats it.
  if (!isValidAddress(address)) throw invalid(field, 'is not a valid email address');
  return address;
}

function clean(input: string): string {
  return input.replace(zeroWidthCharacters, '').trim();
}

// Every send checks an address, so this finds the @ and the labels by position rather than by
// splitting the address into arrays of strings (about half the time).
function isValidAddress(address: string): boolean {
  if (address.length > maximumAddressLength || address.includes('..')) return false;
  const at = address.indexOf('@');
  if (at === -1 || address.includes('@', at + 1)) return false;
  const local = address.slice(0, at);
  const host = address.slice(at + 1);
  if (!localPart.test(local)) return false;
  if (host.length < 2 || host.startsWith('.') || /\s/.test(host)) return false;
  if (asciiOtherThanHostCharacters.test(host)) return false;
  // Like Notify (Python's idna codec), an all-ASCII host is taken as it is; only other scripts are
  // encoded. Node's own punycode checks also differ between versions, which this keeps out.
  return isValidHost(/^[\x00-\x7f]*$/.test(host) ? host.toLowerCase() : domainToASCII(host));
}

function isValidHost(asciiHost: string): boolean {
  // domainToASCII answers '' for a host IDNA cannot encode.
  if (asciiHost === '' || asciiHost.length > maximumHostLength) return false;
  let labelStart = 0;
  for (let labels = 1; ; labels++) {
    hostLabel.lastIndex = labelStart;
    if (!hostLabel.test(asciiHost)) return false;
    const labelEnd = hostLabel.lastIndex;
    if (labelEnd - labelStart > maximumLabelLength) return false;
    if (labelEnd === asciiHost.length) {
      return labels >= 2 && topLevelDomain.test(asciiHost.slice(labelStart));
    }
    // A label ends at a dot; anything else there is a character no label may hold.
    if (asciiHost.charCodeAt(labelEnd) !== 0x2e) return false;
    labelStart = labelEnd + 1;
  }
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: field, message }]);
}
