import { ValidationError } from '../errors/classes.js';
import { redactText } from './redact-text.js';
import { createSensitiveKeyTest, isSensitiveKey, normaliseKeyName } from './sensitive-keys.js';

/** Options of `redactValue`. */
export interface RedactValueOptions {
  /** Field names to redact on top of `sensitiveKeys`, matched the same way. */
  redactKeys?: readonly string[] | undefined;
}

// Deep enough for any log line a person reads; deeper structures are dumps, cut rather than walked.
// The depth limit also bounds the recursion, so no input (100k levels deep) can overflow the stack.
const maxDepth = 8;
// Wide and long structures are cut too: a log line is for a person, not a copy of a 10 MB body.
const maxEntriesPerContainer = 200;
const maxValuesPerCall = 5_000;
const maxCharactersPerCall = 262_144;

interface Walk {
  isSensitive: (key: string) => boolean;
  // Objects being walked right now: meeting one again means a cycle. Shared, acyclic references are copied.
  ancestors: Set<object>;
  // What is left of this call's budget; once spent, the rest is cut with a marker.
  values: number;
  characters: number;
}

/**
 * A deep copy of `value` that is safe to log: values under sensitive field names become `[REDACTED]`,
 * every other string goes through `redactText`, and cycles, errors, bytes and dates become plain data.
 */
export function redactValue(value: unknown, options: RedactValueOptions = {}): unknown {
  const redactKeys = checkRedactValueOptions(options);
  const isSensitive =
    redactKeys === undefined || redactKeys.length === 0 ? isSensitiveKey : createSensitiveKeyTest(redactKeys);
  return redactWith(value, isSensitive);
}

// Checked before any work: a wrong type is a ValidationError naming the option, never a TypeError.
function checkRedactValueOptions(options: unknown): readonly string[] | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValidationError([{ path: 'options', message: 'Must be an object such as { redactKeys }' }]);
  }
  const { redactKeys } = options as RedactValueOptions;
  if (redactKeys === undefined) return undefined;
  if (
    !Array.isArray(redactKeys) ||
    redactKeys.length > 1_000 ||
    !redactKeys.every((key) => typeof key === 'string' && key.length <= 200)
  ) {
    throw new ValidationError([
      { path: 'redactKeys', message: 'Must be a list of at most 1,000 field names (text)' },
    ]);
  }
  return redactKeys;
}

/** `redactValue` with a key test built once, for loggers that redact on every call. Never throws. */
export function redactWith(value: unknown, isSensitive: (key: string) => boolean): unknown {
  const state: Walk = {
    isSensitive,
    ancestors: new Set(),
    values: maxValuesPerCall,
    characters: maxCharactersPerCall,
  };
  try {
    return walk(value, 0, state);
  } catch {
    return '[Unreadable]';
  }
}

function walk(value: unknown, depth: number, state: Walk): unknown {
  if (--state.values < 0) return '[Truncated]';
  switch (typeof value) {
    case 'string':
      return redactString(value, state);
    case 'number':
      return redactNumber(value);
    case 'bigint':
      // As text: BigInt has no JSON form, and a logger that serialises it would throw.
      return String(redactNumber(value));
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    case 'object':
      return value === null ? null : walkObject(value, depth, state);
    default:
      return value;
  }
}

// Only integers long enough to be a card number are worth a look; amounts and counts pass untouched.
function redactNumber(value: number | bigint): number | bigint | string {
  if (typeof value === 'number' && !(Math.abs(value) >= 1e12 && Number.isInteger(value))) return value;
  const text = value.toString();
  const redacted = redactText(text);
  return redacted === text ? value : redacted;
}

function redactString(text: string, state: Walk): string {
  if (state.characters <= 0) return '[Truncated]';
  const redacted = redactText(text);
  state.characters -= redacted.length;
  return redacted;
}

function walkObject(value: object, depth: number, state: Walk): unknown {
  if (state.ancestors.has(value)) return '[Circular]';
  if (depth >= maxDepth) return '[Truncated]';
  state.ancestors.add(value);
  try {
    // Even `instanceof` can throw (a revoked Proxy), so every look at the object is inside the try.
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (ArrayBuffer.isView(value)) return `[bytes ${value.byteLength}]`;
    if (value instanceof ArrayBuffer) return `[bytes ${value.byteLength}]`;
    return walkContainer(value, depth + 1, state);
  } catch {
    // A throwing getter or toJSON must not turn a log call into a crash.
    return '[Unreadable]';
  } finally {
    state.ancestors.delete(value);
  }
}

/** The first items of a list, walked, with a marker saying how many more there were. */
function walkItems(items: Iterable<unknown>, size: number, depth: number, state: Walk): unknown[] {
  const result: unknown[] = [];
  for (const item of items) {
    if (result.length === maxEntriesPerContainer) {
      result.push(`[Truncated: ${size - maxEntriesPerContainer} more]`);
      break;
    }
    result.push(walk(item, depth, state));
  }
  return result;
}

function walkContainer(value: object, depth: number, state: Walk): unknown {
  if (value instanceof Error) return walkError(value, depth, state);
  if (Array.isArray(value)) return walkItems(value, value.length, depth, state);
  if (value instanceof Set) return walkItems(value, value.size, depth, state);
  if (value instanceof Map) return walkEntries(value.entries(), depth, state);
  // Headers and form bodies carry credentials under well-known names, so their entries are checked by name.
  if (value instanceof URLSearchParams || (typeof Headers === 'function' && value instanceof Headers))
    return walkEntries(value.entries(), depth, state);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return walkJson(toJSON.call(value), value, depth, state);
  return walkEntries(ownEntries(value), depth, state);
}

// Own enumerable string-keyed fields, read lazily so a huge object is not copied before it is cut.
function* ownEntries(value: object): Generator<[string, unknown]> {
  for (const key in value) {
    if (Object.hasOwn(value, key)) yield [key, (value as Record<string, unknown>)[key]];
  }
}

// What `toJSON` returns may be the object itself (walk its fields) or any other value (walk it as data).
function walkJson(json: unknown, source: object, depth: number, state: Walk): unknown {
  if (json === source) return walkEntries(ownEntries(source), depth, state);
  return walk(json, depth, state);
}

function walkEntries(
  entries: Iterable<[unknown, unknown]>,
  depth: number,
  state: Walk,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let count = 0;
  for (const [rawKey, item] of entries) {
    if (++count > maxEntriesPerContainer) {
      result['[Truncated]'] = 'more fields were left out';
      break;
    }
    const key = typeof rawKey === 'string' ? rawKey : String(rawKey);
    // Keys carry data too (`{ [apiKey]: 1 }`, an email as a personalisation name): redacted like text.
    setField(result, redactText(key), redactField(key, item, depth, state));
  }
  return result;
}

// `to` and `from` are people when they are strings; as objects they are something else (a date range, a route).
const directionKeys = new Set(['to', 'from']);

function redactField(key: string, item: unknown, depth: number, state: Walk): unknown {
  // Absence carries no personal data and tells the reader the field was missing.
  if (item === null || item === undefined) return item;
  if (state.isSensitive(key)) {
    const direction = key.length <= 4 && directionKeys.has(normaliseKeyName(key));
    if (!direction || typeof item === 'string') return '[REDACTED]';
  }
  return walk(item, depth, state);
}

// Errors keep what a reader needs to act (name, code, message) and, for our own errors, their safe `toJSON`.
function walkError(error: Error, depth: number, state: Walk): Record<string, unknown> {
  const name = redactText(error.name);
  const toJSON = (error as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const json = walkJson(toJSON.call(error), error, depth, state);
    // `name` is a sensitive key for people, but an error's name is its class; keep it.
    return typeof json === 'object' && json !== null ? { ...json, name } : { name, value: json };
  }
  const result: Record<string, unknown> = { name, message: redactText(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') result['code'] = code;
  if (error.stack !== undefined) result['stack'] = redactText(error.stack);
  if (error.cause !== undefined) result['cause'] = walk(error.cause, depth, state);
  return result;
}

function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to `__proto__` would change the copy's prototype instead of adding a field.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else target[key] = value;
}
