import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectLinearAndTyped, returnsOrThrowsTyped } from '../log/linear-time.test-helper.js';
import { z } from '../schema.js';
import { loadSecret, parseConfig, parseInput } from './index.js';

const schema = z.strictObject({ apiKey: z.string().max(100), baseUrl: z.url().optional() });

// Every public function here that reads text, with the text in each place it can go.
const textFunctions: [string, (text: string) => unknown][] = [
  [
    'loadSecret value',
    (text) => loadSecret({ value: text, option: 'apiKey', environmentVariable: 'X', provider: 'p' }),
  ],
  [
    'loadSecret names',
    (text) => loadSecret({ value: undefined, option: text, environmentVariable: text, provider: text }),
  ],
  ['parseConfig of text', (text) => parseConfig(schema, text)],
  ['parseConfig fields', (text) => parseConfig(schema, { apiKey: text, baseUrl: text, [text]: 1 })],
  ['parseInput fields', (text) => parseInput(schema, { apiKey: text })],
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
      { numRuns: 200 },
    );
  });

  it('takes linear time on adversarial strings up to 1 MB', () => {
    expectLinearAndTyped(call);
  });
});
