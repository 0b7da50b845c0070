import { StripeApiError } from './api-error.js';

/** A value Stripe's form encoding can carry: text, `null` (an empty value clears), or nested params. */
export type FormValue = string | null | FormParams | FormValue[];

/** Parameters decoded from `a[b][0][c]=v` pairs. */
export interface FormParams {
  [name: string]: FormValue;
}

// Deep enough for `line_items[0][price_data][product_data][metadata][k]`; bounded so a hostile key
// cannot build a pathological tree.
const maxDepth = 8;
const maxPairs = 2_000;

/**
 * Decodes a form-encoded body or query string as Stripe reads it: bracketed keys nest, numeric and
 * `[]` segments make arrays, and `k=` is null (Stripe's "clear this"). One pass over the text; no regex.
 */
export function parseForm(text: string): FormParams {
  const root: FormParams = Object.create(null);
  if (text === '') return root;
  const pairs = text.split('&');
  if (pairs.length > maxPairs) throw invalidForm(`Too many parameters (at most ${maxPairs})`);
  for (const pair of pairs) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawKey = decode(equals === -1 ? pair : pair.slice(0, equals));
    const rawValue = equals === -1 ? '' : decode(pair.slice(equals + 1));
    assign(root, splitKey(rawKey), rawValue === '' ? null : rawValue);
  }
  return arraysFromIndexes(root) as FormParams;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw invalidForm('Invalid percent-encoding in the request body');
  }
}

/** `a[b][0]` → ['a', 'b', '0']; `a[]` → ['a', '']. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  let index = open;
  while (index < key.length) {
    if (key[index] !== '[') throw invalidForm(`Invalid parameter name: ${key.slice(0, 100)}`);
    const close = key.indexOf(']', index);
    if (close === -1) throw invalidForm(`Invalid parameter name: ${key.slice(0, 100)}`);
    segments.push(key.slice(index + 1, close));
    index = close + 1;
    if (segments.length > maxDepth) throw invalidForm('Parameters are nested too deeply');
  }
  return segments;
}

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function assign(root: FormParams, segments: string[], value: string | null): void {
  let node: FormParams = root;
  for (let index = 0; index < segments.length; index++) {
    let segment = segments[index]!;
    if (forbidden.has(segment)) throw invalidForm(`Invalid parameter name: ${segment}`);
    // `[]` appends: it takes the next free index of the node it lands in.
    if (segment === '') segment = String(Object.keys(node).length);
    if (index === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (next === undefined || next === null || typeof next === 'string') {
      const child: FormParams = Object.create(null);
      node[segment] = child;
      node = child;
    } else node = next as FormParams;
  }
}

/** Objects whose keys are all 0, 1, 2… become arrays, as Stripe's indexed arrays are. */
function arraysFromIndexes(value: FormValue): FormValue {
  if (value === null || typeof value === 'string') return value;
  const keys = Object.keys(value);
  for (const key of keys) (value as FormParams)[key] = arraysFromIndexes((value as FormParams)[key]!);
  const isArray = keys.length > 0 && keys.every((key, index) => key === String(index));
  if (!isArray) {
    // Indexes may arrive out of order (`[1]` before `[0]`); sort them before deciding.
    const numeric = keys.every((key) => /^\d{1,4}$/.test(key));
    if (numeric && keys.length > 0) {
      const sorted = keys.map(Number).sort((a, b) => a - b);
      if (sorted.every((key, index) => key === index))
        return sorted.map((key) => (value as FormParams)[key]!);
    }
    return value;
  }
  return keys.map((key) => (value as FormParams)[key]!);
}

function invalidForm(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message });
}
