import { badRequest } from './api-error.js';

/** Reads an integer query parameter within bounds, or answers the API's 400 naming it. */
export function integerParameter(url: URL, name: string, fallback: number, min: number, max: number): number {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value))
    throw badRequest(`.query.${name}`, 'should be integer', 'type.openapi.validation');
  if (value < min) throw badRequest(`.query.${name}`, `should be >= ${min}`, 'minimum.openapi.validation');
  if (value > max) throw badRequest(`.query.${name}`, `should be <= ${max}`, 'maximum.openapi.validation');
  return value;
}
