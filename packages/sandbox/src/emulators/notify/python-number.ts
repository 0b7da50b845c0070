/**
 * A number from a request body that Python would show differently from JavaScript: a JSON float
 * (`1.0`, `1e2`), an integer too large for a double, or `NaN`/`Infinity` (which Python's JSON
 * reader accepts). Notify puts personalisation values into messages with Python's `str()`, so `1.0`
 * must stay `1.0`, not become `1`.
 */
export class PythonNumber {
  /** The value as a JavaScript number. */
  readonly value: number;
  /** What Python's `str()` shows. */
  readonly text: string;

  constructor(value: number, text: string) {
    this.value = value;
    this.text = text;
  }

  toString(): string {
    return this.text;
  }

  toJSON(): number {
    return this.value;
  }
}

/** The number a JSON number token stands for, kept as a PythonNumber when Python shows it otherwise. */
export function numberFromJsonToken(token: string): number | PythonNumber {
  const value = Number(token);
  const isFloat = /[.eE]/.test(token);
  if (!isFloat) {
    if (Number.isSafeInteger(value)) return value;
    // Python's int is exact: show the digits as sent (without a minus on zero or leading zeros).
    const digits = BigInt(token).toString();
    return new PythonNumber(value, digits);
  }
  return new PythonNumber(value, pythonFloatRepr(value));
}

/** Python's `repr()` of a float: shortest digits, `.0` on whole numbers, exponents outside 1e-4…1e16. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const shown = digits.length > 1 ? `${digits.charAt(0)}.${digits.slice(1)}` : digits;
    return `${sign}${shown}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
}

/** A value with every PythonNumber inside turned back into a plain number. */
export function withPlainNumbers(value: unknown): unknown {
  if (value instanceof PythonNumber) return value.value;
  if (Array.isArray(value)) return value.map(withPlainNumbers);
  if (typeof value === 'object' && value !== null) {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) defineValue(plain, key, withPlainNumbers(item));
    return plain;
  }
  return value;
}

/** Sets a property as JSON.parse does, `__proto__` included. */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else target[key] = value;
}
