/**
 * Formats a date as Notify's API does (`%Y-%m-%dT%H:%M:%S.%fZ`): UTC with six fractional digits.
 * JavaScript dates hold milliseconds, so the last three digits are always zero.
 */
export function formatNotifyDate(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000Z`;
}

/** Like `formatNotifyDate`, passing null through. */
export function formatNotifyDateOrNull(date: Date | null): string | null {
  return date === null ? null : formatNotifyDate(date);
}
