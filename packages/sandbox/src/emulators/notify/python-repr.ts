import { PythonNumber } from './python-number.js';

/**
 * Renders a JSON value as Python's `repr()` would, because Notify's validation messages embed the
 * rejected value that way (`personalisation [1, 2] is not of type object`).
 */
export function pythonRepr(value: unknown): string {
  if (value instanceof PythonNumber) return value.text;
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : '-inf';
  if (typeof value === 'string') return stringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, item]) => `${stringRepr(key)}: ${pythonRepr(item)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

function stringRepr(text: string): string {
  // Python prefers single quotes and switches to double quotes only to avoid escaping.
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const character of text) {
    if (character === '\\') body += '\\\\';
    else if (character === quote) body += `\\${quote}`;
    else if (character === '\n') body += '\\n';
    else if (character === '\r') body += '\\r';
    else if (character === '\t') body += '\\t';
    else if (character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f) {
      body += `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
    } else body += character;
  }
  return `${quote}${body}${quote}`;
}

/** Python truthiness of a parsed JSON value: `None`, `False`, `0`, `""`, `[]` and `{}` are false. */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (value instanceof PythonNumber) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true;
}

/** Python's `str()` of a JSON value, as Notify uses to put a personalisation value into a message. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}
