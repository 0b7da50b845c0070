import type { NotificationStatus } from './statuses.js';

// Smoke-test recipients: Notify answers 201 but stores and sends nothing (api `app/config.py`).
const smokeTestEmailAddresses = new Set([
  'simulate-delivered@notifications.service.gov.uk',
  'simulate-delivered-2@notifications.service.gov.uk',
  'simulate-delivered-3@notifications.service.gov.uk',
]);
const smokeTestPhoneNumbers = new Set(['447700900000', '447700900111', '447700900222']);

/** True for Notify's smoke-test recipients, compared in normalised form. */
export function isSmokeTestRecipient(type: 'email' | 'sms', normalisedRecipient: string): boolean {
  return type === 'email'
    ? smokeTestEmailAddresses.has(normalisedRecipient)
    : smokeTestPhoneNumbers.has(normalisedRecipient);
}

/**
 * The status a message ends in, from Notify's test-key simulator recipients: `temp-fail@simulator.notify`
 * and numbers ending 7700900003 fail temporarily, `perm-fail@simulator.notify` and numbers ending
 * 7700900002 fail permanently, everything else is delivered.
 */
export function simulatedFinalStatus(type: 'email' | 'sms', normalisedRecipient: string): NotificationStatus {
  if (type === 'email') {
    if (normalisedRecipient === 'temp-fail@simulator.notify') return 'temporary-failure';
    if (normalisedRecipient === 'perm-fail@simulator.notify') return 'permanent-failure';
    return 'delivered';
  }
  if (normalisedRecipient.endsWith('7700900003')) return 'temporary-failure';
  if (normalisedRecipient.endsWith('7700900002')) return 'permanent-failure';
  return 'delivered';
}
