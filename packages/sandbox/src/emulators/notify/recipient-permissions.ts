import { badRequest } from './api-error.js';
import { formatEmailAddressLikeNotify, isValidEmailAddressLikeNotify } from './email-address.js';
import { parsePhoneNumberLikeNotify } from './phone-number.js';
import type { KeyType, ServiceRecord } from './service.js';

/**
 * Refuses a recipient the key may not reach, as Notify's `service_can_send_to_recipient` does: test
 * keys reach anyone, live keys anyone unless the service is in trial mode, team keys (and live keys
 * in trial mode) only team members and the guest list.
 */
export function assertKeyMayReach(service: ServiceRecord, keyType: KeyType, recipient: string): void {
  if (keyType === 'test' || (keyType === 'normal' && !service.restricted)) return;
  const allowed = [
    ...service.teamMembers.flatMap((member) => [member.mobileNumber, member.emailAddress]),
    ...service.guestList,
  ].map(comparableRecipient);
  if (allowed.includes(comparableRecipient(recipient))) return;
  throw badRequest(
    keyType === 'team'
      ? 'Can’t send to this recipient using a team-only API key'
      : 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode',
  );
}

// Notify's `format_recipient`: a phone number normalised, else an email lower-cased, else as given.
function comparableRecipient(recipient: string): string {
  try {
    return parsePhoneNumberLikeNotify(recipient).normalised;
  } catch {
    return isValidEmailAddressLikeNotify(recipient) ? formatEmailAddressLikeNotify(recipient) : recipient;
  }
}
