import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { formatPounds, type Pence, pence, penceToPounds, poundsToPence } from './money.js';

function expectValidationError(action: () => unknown, message: string, field = 'amount'): void {
  try {
    action();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation_failed', field, issues: [{ path: field, message }] });
    return;
  }
  expect.fail('expected a ValidationError');
}

describe('pence', () => {
  it('brands a whole, non-negative number of pence', () => {
    const amount: Pence = pence(1250);
    expect(amount).toBe(1250);
    expect(pence(0)).toBe(0);
    expect(Object.is(pence(-0), 0)).toBe(true);
  });

  it.each([
    [12.5, 'must be a whole number of pence'],
    [Number.NaN, 'must be a number of pence'],
    [Number.POSITIVE_INFINITY, 'must be a whole number of pence'],
    [2 ** 53, 'is too large'],
    [-1, 'must not be negative'],
  ])('rejects %s', (value, message) => {
    expectValidationError(() => pence(value), message);
  });

  it('rejects a value that is not a number, from untyped callers', () => {
    expectValidationError(() => pence('1250' as unknown as number), 'must be a number of pence');
  });

  it('allows negative amounts when asked, and names the caller’s field', () => {
    expect(pence(-500, { allowNegative: true })).toBe(-500);
    expectValidationError(
      () => pence(-1, { field: 'refund.amount' }),
      'must not be negative',
      'refund.amount',
    );
  });
});

describe('poundsToPence', () => {
  it.each([
    ['12.5', 1250],
    ['12.50', 1250],
    ['12', 1200],
    [' 0.01 ', 1],
    ['0.1', 10],
    ['£12.50', 1250],
    ['£1,234.56', 123456],
    ['1,234,567', 123456700],
    ['007.50', 750],
    [12.5, 1250],
    [1.15, 115],
    [0.29, 29],
    [4.35, 435],
    [1234.56, 123456],
    [0, 0],
  ])('converts %s exactly', (pounds, expected) => {
    expect(poundsToPence(pounds)).toBe(expected);
  });

  it.each([
    ['12.505', 'must not have more than 2 decimal places'],
    ['0.001', 'must not have more than 2 decimal places'],
    [1.005, 'must not have more than 2 decimal places'],
    [0.1 + 0.2, 'must not have more than 2 decimal places'],
    [1e-7, 'must not have more than 2 decimal places'],
    [1e21, 'is too large'],
    ['99999999999999999', 'is too large'],
    ['12.', 'must be an amount in pounds, like 12.50'],
    ['.50', 'must be an amount in pounds, like 12.50'],
    ['1,23.00', 'must be an amount in pounds, like 12.50'],
    ['12 pounds', 'must be an amount in pounds, like 12.50'],
    ['', 'must be an amount in pounds, like 12.50'],
    ['-12.50', 'must not be negative'],
    [Number.NaN, 'must be an amount in pounds, like 12.50'],
    [Number.NEGATIVE_INFINITY, 'must be an amount in pounds, like 12.50'],
  ])('rejects %s', (pounds, message) => {
    expectValidationError(() => poundsToPence(pounds), message);
  });

  it('converts negative amounts when asked', () => {
    expect(poundsToPence('-£12.50', { allowNegative: true })).toBe(-1250);
    expect(poundsToPence(-0.3, { allowNegative: true })).toBe(-30);
  });

  it('rejects a value that is neither a number nor a string, from untyped callers', () => {
    expectValidationError(
      () => poundsToPence(null as unknown as string, { field: 'fee' }),
      'must be an amount in pounds, like 12.50',
      'fee',
    );
  });

  it('converts any amount of pounds and pence written as a number exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (amount) => {
        expect(poundsToPence(amount / 100)).toBe(amount);
      }),
    );
  });

  it('reads back whatever penceToPounds and formatPounds write', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.boolean(), (amount, dropZeroPence) => {
        const options = { allowNegative: true };
        expect(poundsToPence(penceToPounds(amount), options)).toBe(Object.is(amount, -0) ? 0 : amount);
        expect(poundsToPence(formatPounds(amount, { dropZeroPence }), options)).toBe(
          Object.is(amount, -0) ? 0 : amount,
        );
      }),
    );
  });
});

describe('penceToPounds', () => {
  it.each([
    [1250, '12.50'],
    [5, '0.05'],
    [0, '0.00'],
    [123456, '1234.56'],
    [-1250, '-12.50'],
    [-5, '-0.05'],
  ])('writes %s as %s', (amount, expected) => {
    expect(penceToPounds(amount)).toBe(expected);
  });

  it('rejects fractions of a penny', () => {
    expectValidationError(() => penceToPounds(0.5), 'must be a whole number of pence');
  });
});

describe('formatPounds', () => {
  it.each([
    [1250, '£12.50'],
    [123456, '£1,234.56'],
    [100000000, '£1,000,000.00'],
    [99, '£0.99'],
    [0, '£0.00'],
    [-1250, '-£12.50'],
    [-0, '£0.00'],
  ])('writes %s as %s', (amount, expected) => {
    expect(formatPounds(amount)).toBe(expected);
  });

  it('drops .00 from whole pounds when asked, as GOV.UK style does', () => {
    expect(formatPounds(1200, { dropZeroPence: true })).toBe('£12');
    expect(formatPounds(123400, { dropZeroPence: true })).toBe('£1,234');
    expect(formatPounds(1250, { dropZeroPence: true })).toBe('£12.50');
  });

  it('names the caller’s field when the amount is not whole pence', () => {
    expectValidationError(
      () => formatPounds(12.5, { field: 'total' }),
      'must be a whole number of pence',
      'total',
    );
  });
});
