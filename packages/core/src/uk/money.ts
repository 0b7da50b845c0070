import { fieldOption, optionsArgument } from '../config/options-argument.js';
import { ValidationError } from '../errors/classes.js';

declare const penceBrand: unique symbol;

/**
 * An amount of money in whole pence, checked by `pence()` or `poundsToPence()`. Integers keep sums
 * exact; the brand stops a pounds value being passed where pence are meant.
 */
export type Pence = number & { readonly [penceBrand]: true };

/** Options for `pence` and `poundsToPence`. */
export interface PenceOptions {
  /** Allow amounts below zero, for arithmetic such as a balance after refunds. */
  readonly allowNegative?: boolean;
  /** The field named in a `ValidationError`; `amount` unless given. */
  readonly field?: string;
}

/** Options for `formatPounds`. */
export interface FormatPoundsOptions {
  /** Write whole pounds without pence (`£12`, not `£12.00`), as the GOV.UK style guide asks. */
  readonly dropZeroPence?: boolean;
  /** The field named in a `ValidationError`; `amount` unless given. */
  readonly field?: string;
}

// `-£1,234.56`, `1234.5`, `£12`: an optional sign and pound sign, digits (commas only between
// thousands) and at most two decimal places.
const poundsAmount = /^(-)?£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const tooManyDecimalPlaces = /\.\d{3,}$/;

/** Checks that a value is a whole number of pence and brands it; throws `ValidationError` otherwise. */
export function pence(value: number, options: PenceOptions = {}): Pence {
  const { allowNegative } = optionsArgument<PenceOptions>(options);
  const field = fieldOption(options.field, 'amount');
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid(field, 'must be a number of pence');
  if (!Number.isInteger(value)) throw invalid(field, 'must be a whole number of pence');
  if (!Number.isSafeInteger(value)) throw invalid(field, 'is too large');
  if (value < 0 && allowNegative !== true) throw invalid(field, 'must not be negative');
  // -0 would print as "-£0.00".
  return (Object.is(value, -0) ? 0 : value) as Pence;
}

/**
 * Converts pounds (`12.5`, `'12.50'`, `'£1,234.56'`) to pence exactly, with no floating-point drift;
 * throws `ValidationError` for more than two decimal places or anything that is not an amount.
 */
export function poundsToPence(pounds: number | string, options: PenceOptions = {}): Pence {
  const checked = optionsArgument<PenceOptions>(options);
  const field = fieldOption(checked.field, 'amount');
  const text = poundsAsText(pounds, field);
  const match = poundsAmount.exec(text);
  if (!match) {
    if (tooManyDecimalPlaces.test(text)) throw invalid(field, 'must not have more than 2 decimal places');
    throw invalid(field, 'must be an amount in pounds, like 12.50');
  }
  const [, minus, whole, fraction = ''] = match;
  // Joining the digit strings, rather than multiplying by 100, is what keeps 1.15 from becoming 114.99….
  const magnitude = Number(whole!.replaceAll(',', '') + fraction.padEnd(2, '0'));
  return pence(minus === undefined ? magnitude : -magnitude, checked);
}

/** Writes pence as pounds with two decimal places (`1250` → `'12.50'`), for forms and CSV files. */
export function penceToPounds(amount: number, options: Pick<PenceOptions, 'field'> = {}): string {
  const { field } = optionsArgument<PenceOptions>(options);
  const checked = pence(amount, { field: fieldOption(field, 'amount'), allowNegative: true });
  const magnitude = Math.abs(checked);
  const pounds = Math.floor(magnitude / 100);
  const remainder = String(magnitude % 100).padStart(2, '0');
  return `${checked < 0 ? '-' : ''}${pounds}.${remainder}`;
}

/** Writes pence as a sum of money for people: `£1,234.56`, `-£12.50`, or `£12` with `dropZeroPence`. */
export function formatPounds(amount: number, options: FormatPoundsOptions = {}): string {
  const { field, dropZeroPence } = optionsArgument<FormatPoundsOptions>(options);
  const checked = pence(amount, { field: fieldOption(field, 'amount'), allowNegative: true });
  const magnitude = Math.abs(checked);
  const pounds = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const remainder = magnitude % 100;
  const sign = checked < 0 ? '-' : '';
  if (remainder === 0 && dropZeroPence === true) return `${sign}£${pounds}`;
  return `${sign}£${pounds}.${String(remainder).padStart(2, '0')}`;
}

// No amount of money is written in more characters than this; longer text is refused before any pattern runs.
const longestAmountText = 64;

function poundsAsText(pounds: unknown, field: string): string {
  if (typeof pounds === 'string') {
    if (pounds.length > longestAmountText) throw invalid(field, 'must be an amount in pounds, like 12.50');
    return pounds.trim();
  }
  if (typeof pounds !== 'number' || !Number.isFinite(pounds)) {
    throw invalid(field, 'must be an amount in pounds, like 12.50');
  }
  const text = String(pounds);
  // Numbers print in exponent form only when tiny (below a millionth) or huge (1e21 and up).
  if (text.includes('e')) {
    throw invalid(field, Math.abs(pounds) < 1 ? 'must not have more than 2 decimal places' : 'is too large');
  }
  return text;
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: field, message }]);
}
