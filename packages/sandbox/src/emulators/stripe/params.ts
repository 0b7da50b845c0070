import { invalidRequest, missingParameter, unknownParameter } from './api-error.js';
import type { FormParams, FormValue } from './form-body.js';
import type { Metadata } from './records.js';

/** Refuses any parameter not in `allowed` (plus `expand`), as Stripe does, naming it with its path. */
export function onlyKnown(params: FormParams, allowed: readonly string[], prefix = ''): void {
  for (const name of Object.keys(params)) {
    if (name !== 'expand' && !allowed.includes(name))
      throw unknownParameter(prefix ? `${prefix}[${name}]` : name);
  }
}

/** A nested parameter object, or an empty one when absent. */
export function objectParam(params: FormParams, name: string, path = name): FormParams {
  const value = params[name];
  if (value === undefined || value === null) return Object.create(null);
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidRequest(`Invalid object`, path, 'parameter_invalid_object');
  }
  return value;
}

/** A string parameter; undefined when absent or cleared. */
export function stringParam(params: FormParams, name: string, path = name): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${describe(value)}`, path);
  return value;
}

/** A required string parameter. */
export function requiredString(params: FormParams, name: string, path = name): string {
  const value = stringParam(params, name, path);
  if (value === undefined) throw missingParameter(path);
  return value;
}

/** An integer parameter; Stripe's "Invalid integer" otherwise. */
export function integerParam(params: FormParams, name: string, path = name): number | undefined {
  const value = stringParam(params, name, path);
  if (value === undefined) return undefined;
  const digits = value.startsWith('-') ? value.slice(1) : value;
  if (digits === '' || digits.length > 15 || ![...digits].every((c) => c >= '0' && c <= '9')) {
    throw invalidRequest(`Invalid integer: ${value.slice(0, 50)}`, path, 'parameter_invalid_integer');
  }
  return Number(value);
}

/** `metadata[...]`: at most 50 keys of up to 40 characters, values up to 500, strings only. */
export function metadataParam(params: FormParams, name = 'metadata', path = name): Metadata {
  const value = params[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidRequest('Invalid hash', path, 'parameter_invalid_object');
  }
  const entries = Object.entries(value).filter(([, item]) => item !== null);
  if (entries.length > 50) throw invalidRequest('You can specify up to 50 keys in metadata.', path);
  const metadata: Metadata = {};
  for (const [key, item] of entries) {
    if (key.length > 40) {
      throw invalidRequest('Metadata keys can be up to 40 characters long.', `${path}[${key.slice(0, 40)}]`);
    }
    if (typeof item !== 'string') throw invalidRequest('Invalid string', `${path}[${key}]`);
    if (item.length > 500) {
      throw invalidRequest('Metadata values can be up to 500 characters long.', `${path}[${key}]`);
    }
    metadata[key] = item;
  }
  return metadata;
}

/** `limit`, `starting_after`, `ending_before` of a list call. */
export function pageParams(params: FormParams): {
  limit: number;
  startingAfter: string | undefined;
  endingBefore: string | undefined;
} {
  const limit = integerParam(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) {
    throw invalidRequest(
      'This value must be greater than or equal to 1 and less than or equal to 100.',
      'limit',
    );
  }
  return {
    limit,
    startingAfter: stringParam(params, 'starting_after'),
    endingBefore: stringParam(params, 'ending_before'),
  };
}

function describe(value: FormValue): string {
  return Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : String(value);
}
