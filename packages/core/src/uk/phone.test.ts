import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { isUkMobile, normalisePhoneNumber, parsePhoneNumber } from './phone.js';

function expectValidationError(action: () => unknown, message: string, field = 'phoneNumber'): void {
  try {
    action();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation_failed', field, issues: [{ path: field, message }] });
    return;
  }
  expect.fail('expected a ValidationError');
}

const digit = fc.constantFrom(...'0123456789'.split(''));
const digitString = (length: number) =>
  fc.array(digit, { minLength: length, maxLength: length }).map((digits) => digits.join(''));

/** A UK mobile's national significant number: 7 then 1-5 or 7-9, or 7624 (Isle of Man). */
const ukMobileNationalNumber = fc.oneof(
  fc.tuple(fc.constantFrom('1', '2', '3', '4', '5', '7', '8', '9'), digitString(8)).map(([second, rest]) => {
    return `7${second}${rest}`;
  }),
  digitString(6).map((rest) => `7624${rest}`),
);

/** Every way people write one UK mobile, e.g. 07700 900123, +44 (0)7700-900-123, 0044.7700.900123. */
const writtenAs = (nationalNumber: string) =>
  fc
    .tuple(
      fc.constantFrom('0', '+44', '+44 ', '0044 ', '(+44) ', '+44 (0) ', '+44(0)', '44', ''),
      fc.constantFrom(' ', '-', '.', '', '  '),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([prefix, separator, padding]) => {
      const grouped = [nationalNumber.slice(0, 4), nationalNumber.slice(4, 7), nationalNumber.slice(7)];
      return padding + prefix + grouped.join(separator) + padding;
    });

describe('parsePhoneNumber', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '+447700900123',
    '0044 7700 900123',
    '(+44) 7700 900123',
    '+44 (0) 7700 900123',
    '+44 (0)7700-900-123',
    '07700.900.123',
    ' 07700 900 123 ',
    '447700900123',
    '7700900123',
  ])('reads %s as a UK mobile', (input) => {
    expect(parsePhoneNumber(input)).toEqual({
      e164: '+447700900123',
      national: '07700 900123',
      isMobile: true,
      isUk: true,
    });
  });

  it.each([
    ['07624 123456', '+447624123456', '07624 123456', true],
    ['07400 123456', '+447400123456', '07400 123456', true],
    ['07123 456789', '+447123456789', '07123 456789', true],
    ['07012 345678', '+447012345678', '07012 345678', false],
    ['07612 345678', '+447612345678', '07612 345678', false],
    ['020 7946 0000', '+442079460000', '020 7946 0000', false],
    ['0113 496 0000', '+441134960000', '0113 496 0000', false],
    ['0121 496 0000', '+441214960000', '0121 496 0000', false],
    ['01632 960000', '+441632960000', '01632 960000', false],
    ['01204 12345', '+44120412345', '01204 12345', false],
    ['016977 3456', '+44169773456', '01697 73456', false],
    ['0300 123 4567', '+443001234567', '0300 123 4567', false],
    ['0800 123 4567', '+448001234567', '0800 123 4567', false],
    ['0800 123 456', '+44800123456', '0800 123 456', false],
    ['0800 1111', '+448001111', '0800 1111', false],
    ['0906 123 4567', '+449061234567', '0906 123 4567', false],
    ['056 1234 5678', '+445612345678', '056 1234 5678', false],
  ])('reads %s', (input, e164, national, isMobile) => {
    expect(parsePhoneNumber(input)).toEqual({ e164, national, isMobile, isUk: true });
  });

  it.each([
    ['+1 202 555 0100', '+12025550100'],
    ['001 202-555-0100', '+12025550100'],
    ['+353 1 234 5678', '+35312345678'],
    ['+61 4 1234 5678', '+61412345678'],
  ])('accepts the international number %s', (input, e164) => {
    expect(parsePhoneNumber(input)).toEqual({ e164, national: e164, isMobile: false, isUk: false });
    expect(isUkMobile(input)).toBe(false);
  });

  it.each([
    ['a letter', '07700 9001O3', 'must not contain letters or symbols'],
    ['an extension', '07700 900123 ext 4', 'must not contain letters or symbols'],
    ['a slash', '07700/900123', 'must not contain letters or symbols'],
    ['a hash', '#07700900123', 'must not contain letters or symbols'],
    ['too few digits in a mobile', '07700 90012', 'has too few digits'],
    ['too many digits in a mobile', '07700 9001234', 'has too many digits'],
    ['too few digits in a city number', '0113 496 000', 'has too few digits'],
    ['too many digits in a London number', '020 7946 00000', 'has too many digits'],
    ['nothing but a trunk 0', '0', 'has too few digits'],
    ['just a plus', '+', 'has too few digits'],
    ['an 04 number', '04700 900123', 'is not a valid UK phone number'],
    ['an 06 number', '06700 900123', 'is not a valid UK phone number'],
    ['an unallocated 05 number', '0512 345 6789', 'is not a valid UK phone number'],
    ['a lone 05', '05', 'has too few digits'],
    ['a number with two trunk zeros', '+44 00 7700 900123', 'is not a valid UK phone number'],
    ['a plus in the middle', '07700+900123', 'is not a valid phone number'],
    ['a country code starting with 0', '+0 123 456 7890', 'is not a valid phone number'],
    ['a short international number', '+1 202 555', 'has too few digits'],
    ['a long international number', '+1 202 555 0100 12345', 'has too many digits'],
    ['whitespace', '   ', 'is required'],
  ])('rejects %s', (_description, input, message) => {
    expectValidationError(() => parsePhoneNumber(input), message);
    expect(isUkMobile(input)).toBe(false);
  });

  it('rejects a value that is not a string', () => {
    expectValidationError(() => parsePhoneNumber(7700900123), 'must be a string');
    expect(isUkMobile(null)).toBe(false);
  });

  it('names the caller’s field', () => {
    expectValidationError(
      () => parsePhoneNumber('07700 9001O3', { field: 'contact.mobile' }),
      'must not contain letters or symbols',
      'contact.mobile',
    );
    expectValidationError(
      () => normalisePhoneNumber('0770', { field: 'mobile' }),
      'has too few digits',
      'mobile',
    );
  });

  it('keeps the number out of the error message', () => {
    expect(() => parsePhoneNumber('07700 90012')).toThrow(/^Invalid input: phoneNumber: has too few digits$/);
  });
});

describe('isUkMobile', () => {
  it('tells mobiles from landlines, pagers and personal numbers', () => {
    expect(isUkMobile('07700 900123')).toBe(true);
    expect(isUkMobile('+44 7624 123456')).toBe(true);
    expect(isUkMobile('020 7946 0000')).toBe(false);
    expect(isUkMobile('07612 345678')).toBe(false);
    expect(isUkMobile('07012 345678')).toBe(false);
  });
});

describe('phone number properties', () => {
  it('normalises every writing of a UK mobile to the same E.164 number', () => {
    fc.assert(
      fc.property(
        ukMobileNationalNumber.chain((nationalNumber) =>
          fc.tuple(fc.constant(nationalNumber), writtenAs(nationalNumber)),
        ),
        ([nationalNumber, written]) => {
          const parsed = parsePhoneNumber(written);
          expect(parsed.e164).toBe(`+44${nationalNumber}`);
          expect(parsed.national).toBe(`0${nationalNumber.slice(0, 4)} ${nationalNumber.slice(4)}`);
          expect(parsed.isMobile).toBe(true);
          expect(isUkMobile(written)).toBe(true);
        },
      ),
    );
  });

  it('rejects a number with a letter in it', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzOIlABCXYZ'.split(''));
    fc.assert(
      fc.property(
        ukMobileNationalNumber.chain(writtenAs),
        letter,
        fc.nat(),
        fc.boolean(),
        (written, inserted, at, replace) => {
          const position = at % (written.length + 1);
          const withLetter =
            written.slice(0, position) + inserted + written.slice(position + (replace ? 1 : 0));
          expectValidationError(() => parsePhoneNumber(withLetter), 'must not contain letters or symbols');
        },
      ),
    );
  });

  it('throws nothing but a ValidationError, whatever the input', () => {
    const phoneLike = fc.stringMatching(/^[+(]?[0-9 ().+-]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), phoneLike, fc.anything()), (input) => {
        try {
          parsePhoneNumber(input);
        } catch (error) {
          expect(CouncilKitError.isInstance(error)).toBe(true);
          expect((error as CouncilKitError).code).toBe('validation_failed');
        }
      }),
    );
  });

  it('gives the same number when normalising twice', () => {
    const phoneLike = fc.stringMatching(/^(?:\+|00|0)?[0-9 ().-]{6,18}$/);
    fc.assert(
      fc.property(fc.oneof(phoneLike, ukMobileNationalNumber.chain(writtenAs)), (input) => {
        let once: string;
        try {
          once = normalisePhoneNumber(input);
        } catch {
          return;
        }
        expect(normalisePhoneNumber(once)).toBe(once);
        expect(parsePhoneNumber(once)).toEqual(parsePhoneNumber(input));
      }),
    );
  });
});
