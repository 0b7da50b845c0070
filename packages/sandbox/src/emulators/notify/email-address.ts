import { isValidEmailAddress } from '@councilkit/core';

const obscureWhitespace = /\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff|\u2028|\u2029|\u00a0|\u202f/g;

/** True when Notify would accept the email address (notifications-utils `validate_email_address`). */
export function isValidEmailAddressLikeNotify(input: string): boolean {
  // Core applies Notify's own rules, which adapters check before sending.
  return isValidEmailAddress(input);
}

/** The form Notify compares addresses in: trimmed and lower-cased. */
export function formatEmailAddressLikeNotify(input: string): string {
  return input
    .toLowerCase()
    .replace(obscureWhitespace, '')
    .replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
}
