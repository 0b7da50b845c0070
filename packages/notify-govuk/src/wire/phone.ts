import { normalisePhoneNumber } from '@councilkit/core';

/**
 * A phone number from Notify in E.164, as the port promises (Notify gives `07700900123` as sent, or
 * `447700900123` for received texts). A value that is not a phone number is kept as Notify gave it
 * rather than failing the whole answer.
 */
export function e164FromNotify(value: string | undefined): string {
  if (value === undefined) return '';
  try {
    return normalisePhoneNumber(value);
  } catch {
    return value;
  }
}
