import { defineValue, numberFromJsonToken, PythonNumber, withPlainNumbers } from './python-number.js';

// Bodies with no float, long integer, NaN or Infinity where a value starts (nearly all) take
// JSON.parse. Digits inside strings (ids, UUIDs) do not count; a string that looks like a value
// start only sends the body the slower way, which reads it the same.
const mayHavePythonNumbers = /[:,[]\s*-?(?:\d+[.eE]|\d{16}|NaN|Infinity)/;
const maximumDepth = 2_000;

/**
 * Parses a request body as Python's `json.loads` reads it: like JSON.parse, but numbers in the
 * `personalisation` object keep how Python shows them (PythonNumber), and `NaN`/`Infinity`, which
 * Python accepts, are read. Throws SyntaxError on invalid JSON.
 */
export function parseRequestJson(text: string): unknown {
  if (!mayHavePythonNumbers.test(text)) return JSON.parse(text);
  let parsed: unknown;
  try {
    parsed = new JsonReader(text).document();
  } catch (error) {
    // Nesting deeper than the reader goes is left to JSON.parse, which loses only float display.
    if (error instanceof DepthError) return JSON.parse(text);
    throw error;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return withPlainNumbers(parsed);
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    defineValue(body, key, key === 'personalisation' ? value : withPlainNumbers(value));
  }
  return body;
}

class DepthError extends Error {}

// A recursive-descent JSON reader, linear in the text; the depth is bounded.
class JsonReader {
  private index = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    const value = this.value(0);
    this.skipWhitespace();
    if (this.index !== this.text.length) this.fail();
    return value;
  }

  private value(depth: number): unknown {
    if (depth > maximumDepth) throw new DepthError();
    this.skipWhitespace();
    const character = this.text.charAt(this.index);
    if (character === '{') return this.object(depth);
    if (character === '[') return this.array(depth);
    if (character === '"') return this.string();
    if (this.take('true')) return true;
    if (this.take('false')) return false;
    if (this.take('null')) return null;
    if (this.take('NaN')) return new PythonNumber(Number.NaN, 'nan');
    if (this.take('Infinity')) return new PythonNumber(Number.POSITIVE_INFINITY, 'inf');
    if (this.take('-Infinity')) return new PythonNumber(Number.NEGATIVE_INFINITY, '-inf');
    return this.number();
  }

  private object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.index += 1;
    this.skipWhitespace();
    if (this.take('}')) return result;
    for (;;) {
      this.skipWhitespace();
      if (this.text.charAt(this.index) !== '"') this.fail();
      const key = this.string();
      this.skipWhitespace();
      if (!this.take(':')) this.fail();
      defineValue(result, key, this.value(depth + 1));
      this.skipWhitespace();
      if (this.take('}')) return result;
      if (!this.take(',')) this.fail();
    }
  }

  private array(depth: number): unknown[] {
    const result: unknown[] = [];
    this.index += 1;
    this.skipWhitespace();
    if (this.take(']')) return result;
    for (;;) {
      result.push(this.value(depth + 1));
      this.skipWhitespace();
      if (this.take(']')) return result;
      if (!this.take(',')) this.fail();
    }
  }

  private string(): string {
    // The token is found by scanning, then decoded by JSON.parse, which checks escapes and controls.
    const start = this.index;
    this.index += 1;
    for (;;) {
      const code = this.text.charCodeAt(this.index);
      if (Number.isNaN(code)) this.fail();
      this.index += code === 0x5c ? 2 : 1;
      if (code === 0x22) break;
    }
    return JSON.parse(this.text.slice(start, this.index)) as string;
  }

  private number(): number | PythonNumber {
    const start = this.index;
    if (this.text.charAt(this.index) === '-') this.index += 1;
    if (this.text.charAt(this.index) === '0') this.index += 1;
    else if (!this.digits()) this.fail();
    if (this.text.charAt(this.index) === '.') {
      this.index += 1;
      if (!this.digits()) this.fail();
    }
    if (this.text.charAt(this.index) === 'e' || this.text.charAt(this.index) === 'E') {
      this.index += 1;
      if (this.text.charAt(this.index) === '+' || this.text.charAt(this.index) === '-') this.index += 1;
      if (!this.digits()) this.fail();
    }
    return numberFromJsonToken(this.text.slice(start, this.index));
  }

  private digits(): boolean {
    const start = this.index;
    while (this.text.charCodeAt(this.index) >= 0x30 && this.text.charCodeAt(this.index) <= 0x39)
      this.index += 1;
    return this.index > start;
  }

  private take(word: string): boolean {
    if (!this.text.startsWith(word, this.index)) return false;
    this.index += word.length;
    return true;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.index);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
      this.index += 1;
    }
  }

  private fail(): never {
    throw new SyntaxError(`Unexpected JSON at position ${this.index}`);
  }
}
