import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { isValidPostcode, normalisePostcode, parsePostcode } from './postcode.js';

// The BS 7666 rules, restated here from the standard rather than imported, so the tests check the code.
const digits = '0123456789';
const firstLetters = 'ABCDEFGHIJKLMNOPRSTUWYZ'; // no Q V X
const secondLetters = 'ABCDEFGHKLMNOPQRSTUVWXY'; // no I J Z
const thirdLettersOfA9A = 'ABCDEFGHJKPSTUW';
const fourthLettersOfAA9A = 'ABEHMNPRVWXY';
const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ'; // no C I K M O V

const oneOf = (characters: string) => fc.constantFrom(...characters.split(''));
const joined = (parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((chosen) => chosen.join(''));

const outwardCode = fc.oneof(
  joined([oneOf(firstLetters), oneOf(digits)]), // A9
  joined([oneOf(firstLetters), oneOf(digits), oneOf(digits)]), // A99
  joined([oneOf(firstLetters), oneOf(secondLetters), oneOf(digits)]), // AA9
  joined([oneOf(firstLetters), oneOf(secondLetters), oneOf(digits), oneOf(digits)]), // AA99
  joined([oneOf(firstLetters), oneOf(digits), oneOf(thirdLettersOfA9A)]), // A9A
  joined([oneOf(firstLetters), oneOf(secondLetters), oneOf(digits), oneOf(fourthLettersOfAA9A)]), // AA9A
);
const inwardCode = joined([oneOf(digits), oneOf(inwardLetters), oneOf(inwardLetters)]);
const canonicalPostcode = fc
  .tuple(outwardCode, inwardCode)
  .map(([outward, inward]) => `${outward} ${inward}`);

/** The same postcode as someone might type it: any case, whitespace anywhere between or around. */
const asTyped = (postcode: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: postcode.length, maxLength: postcode.length }),
      fc.array(fc.constantFrom('', '', ' ', '  ', '\t', '\u00a0'), {
        minLength: postcode.length + 1,
        maxLength: postcode.length + 1,
      }),
    )
    .map(([lowerCase, gaps]) => {
      const characters = postcode.replace(' ', '').split('');
      const cased = characters.map((character, index) =>
        lowerCase[index] ? character.toLowerCase() : character,
      );
      return gaps[0] + cased.map((character, index) => character + gaps[index + 1]).join('');
    });

function expectValidationError(action: () => unknown, field = 'postcode'): void {
  try {
    action();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation_failed', field });
    return;
  }
  expect.fail('expected a ValidationError');
}

describe('parsePostcode', () => {
  it('splits a postcode into its parts', () => {
    expect(parsePostcode('sw1a1aa')).toEqual({
      postcode: 'SW1A 1AA',
      outward: 'SW1A',
      inward: '1AA',
      area: 'SW',
      district: 'SW1A',
      sector: 'SW1A 1',
      unit: 'SW1A 1AA',
      kind: 'standard',
    });
  });

  it.each([
    ['M1 1AE', 'M1', 'M'],
    ['B33 8TH', 'B33', 'B'],
    ['CR2 6XH', 'CR2', 'CR'],
    ['DN55 1PT', 'DN55', 'DN'],
    ['W1A 0AX', 'W1A', 'W'],
    ['EC1A 1BB', 'EC1A', 'EC'],
    ['N1P 1AA', 'N1P', 'N'],
    ['BX1 1LT', 'BX1', 'BX'],
    ['BF1 3AD', 'BF1', 'BF'],
    ['JE2 4WD', 'JE2', 'JE'],
    ['IM1 1AA', 'IM1', 'IM'],
  ])('accepts %s', (input, outward, area) => {
    expect(parsePostcode(input)).toMatchObject({ postcode: input, outward, area, kind: 'standard' });
  });

  it('accepts any case and any whitespace', () => {
    expect(normalisePostcode('  sW 1 a1  aA\t')).toBe('SW1A 1AA');
    expect(normalisePostcode('SW1A\n1AA')).toBe('SW1A 1AA');
  });

  it("accepts Girobank's GIR 0AA", () => {
    expect(parsePostcode('gir0aa')).toMatchObject({
      postcode: 'GIR 0AA',
      area: 'GIR',
      sector: 'GIR 0',
      kind: 'girobank',
    });
  });

  it.each([
    ['bfpo 1', 'BFPO 1'],
    ['BFPO123', 'BFPO 123'],
    [' BFPO  1234 ', 'BFPO 1234'],
  ])('accepts the BFPO number %s', (input, postcode) => {
    expect(parsePostcode(input)).toEqual({
      postcode,
      outward: 'BFPO',
      inward: postcode.slice(5),
      area: 'BFPO',
      district: 'BFPO',
      sector: postcode,
      unit: postcode,
      kind: 'bfpo',
    });
  });

  it.each(['BFPO', 'BFPO 12345', 'BFPO 0123', 'BFPO 12A'])(
    'rejects the malformed BFPO number %s',
    (input) => {
      expect(isValidPostcode(input)).toBe(false);
    },
  );

  it.each([
    'ASCN 1ZZ',
    'STHL 1ZZ',
    'TDCU 1ZZ',
    'BBND 1ZZ',
    'BIQQ 1ZZ',
    'FIQQ 1ZZ',
    'GX11 1AA',
    'PCRN 1ZZ',
    'SIQQ 1ZZ',
    'TKCA 1ZZ',
  ])('accepts the overseas territory postcode %s', (input) => {
    const parsed = parsePostcode(input.toLowerCase().replace(' ', ''));
    expect(parsed).toMatchObject({ postcode: input, kind: 'overseas_territory' });
    expect(parsed.sector).toBe(input.slice(0, -2));
  });

  it.each([
    ['KY1-1234', 'KY1-1234', 'KY', 'KY1', '1234'],
    ['ky2 2001', 'KY2-2001', 'KY', 'KY2', '2001'],
    ['VG1110', 'VG1110', 'VG', 'VG', '1110'],
    ['vg 1160', 'VG1160', 'VG', 'VG', '1160'],
    ['MSR1110', 'MSR 1110', 'MSR', 'MSR', '1110'],
    ['msr 1350', 'MSR 1350', 'MSR', 'MSR', '1350'],
    ['AI-2640', 'AI-2640', 'AI', 'AI', '2640'],
    ['ai 2640', 'AI-2640', 'AI', 'AI', '2640'],
  ])('accepts the overseas territory code %s as %s', (input, postcode, area, outward, inward) => {
    expect(parsePostcode(input)).toEqual({
      postcode,
      outward,
      inward,
      area,
      district: outward,
      sector: postcode,
      unit: postcode,
      kind: 'overseas_territory',
    });
  });

  it.each([
    ['a made-up territory code', 'ZZZZ 1ZZ'],
    ['a Cayman code on an island that has none', 'KY4-1234'],
    ['a Virgin Islands code not in use', 'VG1170'],
    ['a Montserrat code not in use', 'MSR 1111'],
    ['another Anguilla number', 'AI-2641'],
    ['Bermuda', 'HM 12'],
    ['Barbados', 'BB15094'],
    ['a hyphen in a standard postcode', 'SW1A-1AA'],
  ])('rejects %s', (_description, input) => {
    expect(isValidPostcode(input)).toBe(false);
  });

  it.each([
    ['letter O for zero in the inward code', 'SW1A OAA'],
    ['letter I for one in the outward code', 'SWIA 1AA'],
    ['letter I in the inward code', 'SW1A 1IA'],
    ['a forbidden first letter', 'QA1 1AA'],
    ['a forbidden second letter', 'AZ1 1AA'],
    ['a forbidden third letter of A9A', 'W1Q 1AA'],
    ['a forbidden fourth letter of AA9A', 'SW1C 1AA'],
    ['a forbidden inward letter', 'SW1A 1AC'],
    ['a missing inward code', 'SW1A'],
    ['an extra character', 'SW1A 1AA1'],
    ['a doubled letter making three letters inward', 'SW1A 1AAA'],
    ['three letters inward', 'SW1A AAA'],
    ['punctuation', 'SW1A 1A!'],
    ['a digit first', '1W1A 1AA'],
    ['a long string', 'SW1A 1AA SW1A 1AA'],
  ])('rejects %s', (_description, input) => {
    expectValidationError(() => parsePostcode(input));
    expect(isValidPostcode(input)).toBe(false);
  });

  it('keeps the input out of the error message', () => {
    expect(() => parsePostcode('SW1A OAA')).toThrow(/^Invalid input: postcode: is not a valid UK postcode$/);
  });

  it('names the caller’s field', () => {
    expectValidationError(() => parsePostcode('nonsense', 'address.postcode'), 'address.postcode');
    expectValidationError(() => normalisePostcode('nonsense', 'homePostcode'), 'homePostcode');
  });

  it('says when the postcode is missing', () => {
    expect(() => parsePostcode('   ')).toThrow(/postcode: is required/);
  });

  it('rejects a value that is not a string', () => {
    expect(() => parsePostcode(12345)).toThrow(/postcode: must be a string/);
    expect(isValidPostcode(undefined)).toBe(false);
    expect(isValidPostcode({ postcode: 'SW1A 1AA' })).toBe(false);
  });
});

describe('postcode properties', () => {
  it('accepts every postcode built from the BS 7666 rules', () => {
    fc.assert(
      fc.property(canonicalPostcode, (postcode) => {
        expect(normalisePostcode(postcode)).toBe(postcode);
        const parsed = parsePostcode(postcode);
        expect(`${parsed.outward} ${parsed.inward}`).toBe(postcode);
        expect(parsed.sector).toBe(postcode.slice(0, -2));
        expect(parsed.outward.startsWith(parsed.area)).toBe(true);
      }),
    );
  });

  it('normalises any casing and spacing of a valid postcode to its canonical form', () => {
    fc.assert(
      fc.property(
        canonicalPostcode.chain((postcode) => fc.tuple(fc.constant(postcode), asTyped(postcode))),
        ([postcode, typed]) => {
          expect(isValidPostcode(typed)).toBe(true);
          expect(normalisePostcode(typed)).toBe(postcode);
        },
      ),
    );
  });

  it('rejects a postcode with a letter the rules forbid in the inward code', () => {
    fc.assert(
      fc.property(
        canonicalPostcode,
        oneOf('CIKMOV'),
        fc.integer({ min: 1, max: 2 }),
        (postcode, letter, at) => {
          const position = postcode.length - 3 + at;
          const broken = postcode.slice(0, position) + letter + postcode.slice(position + 1);
          expect(isValidPostcode(broken)).toBe(false);
        },
      ),
    );
  });

  it('rejects a postcode starting with Q, V or X', () => {
    fc.assert(
      fc.property(canonicalPostcode, oneOf('QVX'), (postcode, letter) => {
        expect(isValidPostcode(letter + postcode.slice(1))).toBe(false);
      }),
    );
  });

  it('rejects letter O typed for the inward digit zero', () => {
    fc.assert(
      fc.property(outwardCode, joined([oneOf(inwardLetters), oneOf(inwardLetters)]), (outward, letters) => {
        expect(isValidPostcode(`${outward} 0${letters}`)).toBe(true);
        expect(isValidPostcode(`${outward} O${letters}`)).toBe(false);
      }),
    );
  });

  it('rejects a postcode with its inward code missing or with a character added', () => {
    fc.assert(
      fc.property(canonicalPostcode, oneOf(`${inwardLetters}${digits}`), (postcode, extra) => {
        expect(isValidPostcode(postcode.slice(0, -4))).toBe(false);
        expect(isValidPostcode(postcode + extra)).toBe(false);
      }),
    );
  });

  it('throws nothing but a ValidationError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (input) => {
        try {
          parsePostcode(input);
        } catch (error) {
          expect(CouncilKitError.isInstance(error)).toBe(true);
          expect((error as CouncilKitError).code).toBe('validation_failed');
        }
      }),
    );
  });

  it('gives the same result when normalising twice', () => {
    const postcodeLike = fc.stringMatching(/^\s?[A-Za-z]{1,4}\d{0,4}[A-Za-z]?\s{0,2}\d?[A-Za-z]{0,3}$/);
    const typedPostcode = canonicalPostcode.chain(asTyped);
    fc.assert(
      fc.property(fc.oneof(typedPostcode, postcodeLike, fc.string()), (input) => {
        if (!isValidPostcode(input)) {
          expect(() => normalisePostcode(input)).toThrow(/is not a valid UK postcode|is required/);
          return;
        }
        const once = normalisePostcode(input);
        expect(normalisePostcode(once)).toBe(once);
        expect(parsePostcode(once)).toEqual(parsePostcode(input));
      }),
    );
  });
});
