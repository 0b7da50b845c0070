import { PayApiError } from './api-error.js';

/** Page and page size of a search, checked as GOV.UK Pay does; `invalid` collects bad parameter names. */
export function readPaging(query: URLSearchParams, invalid: string[]): { page: number; displaySize: number } {
  const page = positiveInteger(query.get('page'), 1);
  const displaySize = positiveInteger(query.get('display_size'), 500);
  if (page === undefined) invalid.push('page');
  if (displaySize === undefined || displaySize > 500) invalid.push('display_size');
  return { page: page ?? 1, displaySize: displaySize ?? 500 };
}

function positiveInteger(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/** A date parameter: ISO 8601 date-time; undefined when absent, `null` when unreadable. */
export function readDate(query: URLSearchParams, name: string, invalid: string[]): Date | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
    ? Date.parse(value)
    : Number.NaN;
  if (Number.isNaN(time)) {
    invalid.push(name);
    return undefined;
  }
  return new Date(time);
}

/** 422 listing every bad parameter, in GOV.UK Pay's words. */
export function invalidParameters(invalid: readonly string[], code: string): PayApiError {
  return new PayApiError(
    422,
    code,
    `Invalid parameters: ${invalid.join(', ')}. See Public API documentation for the correct data formats`,
  );
}

/** One page of `items` and what the response needs to describe it; 404 when the page does not exist. */
export function pageOf<Item>(
  items: readonly Item[],
  page: number,
  displaySize: number,
  notFoundCode: string,
) {
  const lastPage = Math.max(1, Math.ceil(items.length / displaySize));
  if (page > lastPage) throw new PayApiError(404, notFoundCode, 'Page not found');
  const results = items.slice((page - 1) * displaySize, page * displaySize);
  return { results, total: items.length, count: results.length, page, lastPage };
}
