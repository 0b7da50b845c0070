/** ISO 8601 in UTC with milliseconds, as GOV.UK Pay writes every date: `2026-01-31T12:00:00.000Z`. */
export function payDate(date: Date): string {
  return date.toISOString();
}
