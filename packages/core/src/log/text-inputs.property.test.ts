import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ValidationError } from '../errors/classes.js';
import { createLogger, redactText, redactValue } from './index.js';
import { expectLinearAndTyped, returnsOrThrowsTyped } from './linear-time.test-helper.js';

const lines: unknown[] = [];
const logger = createLogger({
  logger: {
    error: (...args: unknown[]) => lines.push(args),
    warn: (...args: unknown[]) => lines.push(args),
    info: (...args: unknown[]) => lines.push(JSON.stringify(args)),
    debug: (...args: unknown[]) => lines.push(args),
  },
});

// Every public function here that reads text, with the text in each place it can go.
const textFunctions: [string, (text: string) => unknown][] = [
  ['redactText', (text) => redactText(text)],
  ['redactValue of a string', (text) => redactValue(text)],
  ['redactValue of a key and value', (text) => redactValue({ [text]: text, nested: [text] })],
  ['redactValue redactKeys', (text) => redactValue({ a: 1 }, { redactKeys: [text] })],
  [
    'a logger line, serialised',
    (text) => {
      lines.length = 0;
      logger.info({ [text]: text, detail: { note: text } }, text);
    },
  ],
  [
    'ValidationError path and message',
    (text) => new ValidationError([{ path: text, message: text }]).toJSON(),
  ],
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
