import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectLinearAndTyped, returnsOrThrowsTyped } from '../log/linear-time.test-helper.js';
import {
  formatPounds,
  isUkMobile,
  isValidEmailAddress,
  isValidPostcode,
  normalisePhoneNumber,
  normalisePostcode,
  parseEmailAddress,
  parsePhoneNumber,
  parsePostcode,
  pence,
  poundsToPence,
} from './index.js';

// Every public UK-format function that reads text, with the text in each place it can go.
const textFunctions: [string, (text: string) => unknown][] = [
  ['parsePostcode', (text) => parsePostcode(text)],
  ['parsePostcode field', (text) => parsePostcode('SW1A 1AA', text)],
  ['normalisePostcode', (text) => normalisePostcode(text)],
  ['isValidPostcode', (text) => isValidPostcode(text)],
  ['parsePhoneNumber', (text) => parsePhoneNumber(text)],
  ['parsePhoneNumber field', (text) => parsePhoneNumber('07700 900123', { field: text })],
  ['normalisePhoneNumber', (text) => normalisePhoneNumber(text)],
  ['isUkMobile', (text) => isUkMobile(text)],
  ['parseEmailAddress', (text) => parseEmailAddress(text)],
  ['isValidEmailAddress', (text) => isValidEmailAddress(text)],
  ['poundsToPence', (text) => poundsToPence(text)],
  ['formatPounds options', (text) => formatPounds(100, text as never)],
  ['pence field', (text) => pence(-1, { field: text })],
];

describe.each(textFunctions)('%s', (_name, call) => {
  it('returns or throws a councilkit error for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 })),
        (text) => {
          returnsOrThrowsTyped(() => call(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes linear time on adversarial strings up to 1 MB', () => {
    expectLinearAndTyped(call);
  });
});
