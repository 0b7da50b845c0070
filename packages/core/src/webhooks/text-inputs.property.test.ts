import fc from 'fast-check';
import { describe, it } from 'vitest';
import { decodeJwt, hasValidHs256Signature, signHs256Jwt } from '../jwt/index.js';
import { expectLinearAndTyped, returnsOrThrowsTyped } from '../log/linear-time.test-helper.js';
import { signHmacSha256, verifyBearerToken, verifyHmacSha256 } from './index.js';

const decoded = decodeJwt(signHs256Jwt({ iss: 'x' }, 'secret'))!;

// Every public function here that reads text, with the text in each place it can go.
const textFunctions: [string, (text: string) => unknown][] = [
  ['verifyBearerToken header', (text) => verifyBearerToken(text, 'expected-token')],
  ['verifyBearerToken expected', (text) => verifyBearerToken('Bearer abc', text)],
  ['verifyHmacSha256 body', (text) => verifyHmacSha256(text, 'a'.repeat(64), 'secret')],
  ['verifyHmacSha256 signature', (text) => verifyHmacSha256('{}', text, 'secret')],
  ['signHmacSha256', (text) => signHmacSha256(text, 'secret')],
  ['signHs256Jwt claims', (text) => signHs256Jwt({ sub: text }, 'secret')],
  ['signHs256Jwt secret', (text) => signHs256Jwt({ sub: 'x' }, text)],
  ['decodeJwt', (text) => decodeJwt(text)],
  ['hasValidHs256Signature', (text) => hasValidHs256Signature(decoded, text)],
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
