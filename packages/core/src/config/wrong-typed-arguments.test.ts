import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { signHs256Jwt } from '../jwt/hs256.js';
import { redactValue } from '../log/redact-value.js';
import { errorFromResponse } from '../transport/error-from-response.js';
import { createHttpClient } from '../transport/http-client.js';
import { nodeHttpTransport } from '../transport/node-http-transport.js';
import { parseRetryAfterMs } from '../transport/retry-policy.js';
import { undiciTransport } from '../transport/undici-transport.js';
import { formatPounds, parsePhoneNumber, pence, poundsToPence } from '../uk/index.js';
import { loadSecret } from './env.js';

/** The typed error a call throws at once, with the names it blames. */
function refusal(call: () => unknown): { code: string; paths: string[]; ms: number } {
  const started = performance.now();
  try {
    call();
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    const issues = (error as { issues?: { path: string }[] }).issues ?? [];
    return {
      code: (error as CouncilKitError).code,
      paths: issues.map((issue) => issue.path),
      ms: performance.now() - started,
    };
  }
  throw new Error('expected a typed error');
}

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

describe('wrong-typed secondary arguments are typed errors naming the argument, at once', () => {
  it.each([
    ['parsePhoneNumber', () => parsePhoneNumber('07700 900123', null as never), 'options'],
    ['pence', () => pence(100, null as never), 'options'],
    ['poundsToPence', () => poundsToPence('1.00', null as never), 'options'],
    ['formatPounds', () => formatPounds(100, null as never), 'options'],
    ['formatPounds with 10 MB of text as options', () => formatPounds(100, tenMegabytes as never), 'options'],
    ['formatPounds with 10 MB as field', () => formatPounds(100, { field: tenMegabytes }), 'field'],
    ['redactValue', () => redactValue({}, null as never), 'options'],
    ['redactValue redactKeys', () => redactValue({}, { redactKeys: 'key' as never }), 'redactKeys'],
    ['nodeHttpTransport', () => nodeHttpTransport(null as never), 'options'],
    ['undiciTransport', () => undiciTransport(null as never), 'options'],
    ['loadSecret', () => loadSecret(undefined as never), 'options'],
    ['parseRetryAfterMs', () => parseRetryAfterMs(undefined as never), 'headers'],
    ['errorFromResponse', () => errorFromResponse(null as never), 'input'],
    ['signHs256Jwt with a cycle', () => signHs256Jwt(cyclic(), 'secret'), 'claims'],
    ['signHs256Jwt with a BigInt', () => signHs256Jwt({ n: 1n }, 'secret'), 'claims'],
  ])('%s', (_name, call, path) => {
    const { paths, ms } = refusal(call);
    expect(paths).toContain(path);
    expect(ms).toBeLessThan(1_000);
  });

  it('refuses a request whose json has a cycle or a BigInt, or whose query is text, before sending it', async () => {
    let sent = 0;
    const http = createHttpClient({
      provider: 'test',
      baseUrl: 'http://127.0.0.1:9',
      userAgent: 'councilkit-test/1.0.0',
      transport: async () => {
        sent++;
        throw new Error('unreachable');
      },
    });
    for (const [request, path] of [
      [{ method: 'POST', path: '/x', json: cyclic() }, 'json'],
      [{ method: 'POST', path: '/x', json: { n: 1n } }, 'json'],
      [{ method: 'GET', path: '/x', query: tenMegabytes }, 'query'],
      [{ method: 'GET', path: '/x', query: { list: [1, 2] } }, 'query.list'],
    ] as const) {
      const started = performance.now();
      const error = await http.request(request as never).catch((caught: unknown) => caught);
      expect(CouncilKitError.isInstance(error)).toBe(true);
      expect((error as { field?: string }).field).toBe(path);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(sent).toBe(0);
  });
});

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  value['self'] = value;
  return value;
}
