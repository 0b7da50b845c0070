import { redactText } from './redact-text.js';
import { createSensitiveKeyTest, isSensitiveKey, normaliseKeyName } from './sensitive-keys.js';

/** Options of `redactValue`. */
export interface RedactValueOptions {
  /** Field names to redact on top of `sensitiveKeys`, matched the same way. */
  redactKeys?: readonly string[] | undefined;
}

// Deep enough for any log line a person reads; deeper structures are dumps, cut rather than walked.
const maxDepth = 8;

interface Walk {
  isSensitive: (key: string) => boolean;
  // Objects being walked right now: meeting one again means a cycle. Shared, acyclic references are copied.
  ancestors: Set<object>;
}

/**
 * A deep copy of `value` that is safe to log: values under sensitive field names become `[REDACTED]`,
 * every other string goes through `redactText`, and cycles, errors, bytes and dates become plain data.
 */
export function redactValue(value: unknown, options: RedactValueOptions = {}): unknown {
  const isSensitive =
    options.redactKeys === undefined || options.redactKeys.length === 0
      ? isSensitiveKey
      : createSensitiveKeyTest(options.redactKeys);
  return redactWith(value, isSensitive);
}

/** `redactValue` with a key test built once, for loggers that redact on every call. */
export function redactWith(value: unknown, isSensitive: (key: string) => boolean): unknown {
  return walk(value, 0, { isSensitive, ancestors: new Set() });
}

function walk(value: unknown, depth: number, state: Walk): unknown {
  switch (typeof value) {
    case 'string':
      return redactText(value);
    case 'number':
      return redactNumber(value);
    case 'bigint':
      return redactNumber(value);
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

function walkObject(value: object, depth: number, state: Walk): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[bytes ${value.byteLength}]`;
  if (value instanceof ArrayBuffer) return `[bytes ${value.byteLength}]`;
  if (state.ancestors.has(value)) return '[Circular]';
  if (depth >= maxDepth) return '[Truncated]';
  state.ancestors.add(value);
  try {
    return walkContainer(value, depth + 1, state);
  } catch {
    // A throwing getter or toJSON must not turn a log call into a crash.
    return '[Unreadable]';
  } finally {
    state.ancestors.delete(value);
  }
}

function walkContainer(value: object, depth: number, state: Walk): unknown {
  if (value instanceof Error) return walkError(value, depth, state);
  if (Array.isArray(value)) return value.map((item) => walk(item, depth, state));
  if (value instanceof Set) return [...value].map((item) => walk(item, depth, state));
  if (value instanceof Map) return walkEntries(value.entries(), depth, state);
  // Headers and form bodies carry credentials under well-known names, so their entries are checked by name.
  if (value instanceof URLSearchParams || (typeof Headers === 'function' && value instanceof Headers))
    return walkEntries(value.entries(), depth, state);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return walkJson(toJSON.call(value), value, depth, state);
  return walkEntries(Object.entries(value), depth, state);
}

// What `toJSON` returns may be the object itself (walk its fields) or any other value (walk it as data).
function walkJson(json: unknown, source: object, depth: number, state: Walk): unknown {
  if (json === source) return walkEntries(Object.entries(source), depth, state);
  return walk(json, depth, state);
}

function walkEntries(
  entries: Iterable<[unknown, unknown]>,
  depth: number,
  state: Walk,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [rawKey, item] of entries) {
    const key = String(rawKey);
    setField(result, key, redactField(key, item, depth, state));
  }
  return result;
}

function redactField(key: string, item: unknown, depth: number, state: Walk): unknown {
  // Absence carries no personal data and tells the reader the field was missing.
  if (item === null || item === undefined) return item;
  // `to` is a recipient when it is a string; as an object it is something else (a date range, a route).
  if (state.isSensitive(key) && (normaliseKeyName(key) !== 'to' || typeof item === 'string'))
    return '[REDACTED]';
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
