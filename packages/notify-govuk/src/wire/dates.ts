/**
 * Reads Notify's timestamps. The API writes `2024-05-17T15:58:38.342838Z`; its docs show
 * `2024-05-17 15:58:38.342838`, so a space and a missing zone are accepted too (always UTC).
 */
export function parseNotifyDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let text = value.includes('T') ? value : value.replace(' ', 'T');
  if (!/(Z|[+-]\d\d:?\d\d)$/.test(text)) text += 'Z';
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
