import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectLinearAndTyped, returnsOrThrowsTyped } from '../log/linear-time.test-helper.js';
import { errorFromResponse } from './error-from-response.js';
import { createHttpClient } from './http-client.js';
import { parseRetryAfterMs } from './retry-policy.js';
import { userAgent } from './user-agent.js';

// Never reached: every call here must be refused (or answered) before a request would go out.
const http = createHttpClient({
  provider: 'test',
  baseUrl: 'http://127.0.0.1:9',
  userAgent: 'councilkit-test/1.0.0',
  transport: () => Promise.reject(new Error('no request may be sent')),
});
const refusedAtOnce = (request: Parameters<typeof http.request>[0]) => {
  // request() is async, so a refusal is a rejected promise: checked for being typed.
  http.request(request).catch(() => undefined);
};

// Every public function here that reads text, with the text in each place it can go.
const textFunctions: [string, (text: string) => unknown][] = [
  ['userAgent', (text) => userAgent(text, text)],
  ['parseRetryAfterMs', (text) => parseRetryAfterMs({ 'retry-after': text, 'retry-after-ms': text })],
  [
    'errorFromResponse',
    (text) =>
      errorFromResponse({
        provider: text,
        status: 400,
        details: { code: text, message: text, field: text },
        retryAfterMs: undefined,
        unsafeWrite: true,
        outcomeUnknownNote: text,
      }).toJSON(),
  ],
  ['request query as text', (text) => refusedAtOnce({ method: 'GET', path: '/x', query: text as never })],
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
