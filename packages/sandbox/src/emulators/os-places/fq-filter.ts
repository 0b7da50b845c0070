import { badRequest } from './api-error.js';

/** The fields `fq` can filter on, by the names OS documents (any case, as councils send them). */
const filterableFields = new Set([
  'CLASSIFICATION_CODE',
  'LOGICAL_STATUS_CODE',
  'LPI_LOGICAL_STATUS_CODE',
  'COUNTRY_CODE',
  'LOCAL_CUSTODIAN_CODE',
]);

/** A record's values for the filterable fields. */
export type FilterableRecord = Readonly<Record<string, string | number | null | undefined>>;

interface Term {
  readonly field: string;
  readonly value: string;
}

/**
 * Parses `fq` parameters: terms within one parameter are ORed (space separated), parameters are
 * ANDed. `CLASSIFICATION_CODE` takes a trailing or embedded `*` wildcard. Unknown fields are a 400.
 */
export function parseFilters(parameters: readonly string[]): (record: FilterableRecord) => boolean {
  const groups: Term[][] = parameters.map((parameter) =>
    parameter
      .split(' ')
      .filter((term) => term !== '')
      .map((term) => {
        const colon = term.indexOf(':');
        const field = term.slice(0, colon).toUpperCase();
        const value = term.slice(colon + 1).toUpperCase();
        if (colon < 1 || value === '' || !filterableFields.has(field)) {
          throw badRequest(`Requested filter is invalid: fq=${parameter.slice(0, 100)}`);
        }
        return { field, value };
      }),
  );
  return (record) =>
    groups.every((terms) => terms.length === 0 || terms.some((term) => matches(term, record)));
}

function matches(term: Term, record: FilterableRecord): boolean {
  const actual = record[term.field];
  if (actual === undefined || actual === null) return false;
  const text = String(actual).toUpperCase();
  if (!term.value.includes('*')) return text === term.value;
  // A wildcard pattern split at each `*`: the parts must appear in order, the first at the start.
  const parts = term.value.split('*');
  let at = 0;
  for (const [index, part] of parts.entries()) {
    if (index === 0) {
      if (!text.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    const found = text.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return parts.at(-1) === '' || text.endsWith(parts.at(-1)!);
}
