import { describe, expect, it } from 'vitest';
import { ConfigError, ValidationError } from '../errors/classes.js';
import { createLogger } from '../log/index.js';
import { fetchTransport } from './fetch-transport.js';
import { createHttpClient } from './http-client.js';
import { nodeHttpTransport } from './node-http-transport.js';
import type { Transport } from './types.js';
import { undiciTransport } from './undici-transport.js';

function configIssues(make: () => unknown): string[] {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues.map((issue) => issue.path).sort();
  }
  throw new Error('expected a ConfigError');
}

describe('checking inputs before any request', () => {
  it('lists every bad option of createHttpClient', () => {
    expect(
      configIssues(() =>
        createHttpClient({
          provider: '',
          baseUrl: 'not a url',
          userAgent: 'x',
          timeoutMs: 0,
          retry: { maxRetries: 99 },
          idempotencyHeader: 'bad header',
        }),
      ),
    ).toEqual(['baseUrl', 'idempotencyHeader', 'provider', 'retry.maxRetries', 'timeoutMs']);
  });

  it('answers options of any type or shape with a ConfigError, never a TypeError', () => {
    for (const options of [undefined, null, 'p', 42, [], () => 1]) {
      expect(configIssues(() => createHttpClient(options as never))).toEqual(['']);
    }
    expect(
      configIssues(() =>
        createHttpClient({
          provider: 7,
          baseUrl: 'ftp://example.org',
          userAgent: '',
          transport: 'fetch',
          timeoutMs: 1.5,
          retry: { maxRetries: 1, backoff: 2, maxDelayMs: -1 },
          logger: console.log,
          headers: {},
          parseError: 'x',
          idempotencyHeader: 'x'.repeat(1_000_000) + ' ',
          proxy: 'http://proxy',
        } as never),
      ),
    ).toEqual([
      'baseUrl',
      'headers',
      'idempotencyHeader',
      'logger',
      'parseError',
      'provider',
      'proxy',
      'retry.backoff',
      'retry.maxDelayMs',
      'timeoutMs',
      'transport',
      'userAgent',
    ]);
    expect(
      configIssues(() =>
        createHttpClient({
          provider: 'p',
          baseUrl: 'https://x.example',
          userAgent: 'u',
          retry: true as never,
        }),
      ),
    ).toEqual(['retry']);
  });

  it('takes every option at its limits, and names the provider in the message', () => {
    const options = {
      provider: 'acme',
      baseUrl: 'http://127.0.0.1:8080/api/',
      userAgent: 'councilkit-acme/1.0.0',
      transport: fetchTransport(),
      timeoutMs: 600_000,
      retry: { maxRetries: 10, baseDelayMs: 0, maxDelayMs: 3_600_000, maxRetryAfterMs: undefined },
      logger: createLogger({ level: 'silent' }),
      headers: () => ({}),
      parseError: () => undefined,
      idempotencyHeader: 'Idempotency-Key',
    };
    expect(() => createHttpClient(options)).not.toThrow();
    expect(() => createHttpClient({ ...options, retry: false })).not.toThrow();
    expect(() => createHttpClient({ ...options, timeoutMs: 600_001 })).toThrow(/Invalid acme options/);
  });

  it('rejects a malformed request without calling the transport', async () => {
    let calls = 0;
    const transport: Transport = async () => {
      calls++;
      return { status: 200, headers: {}, body: new Uint8Array() };
    };
    const http = createHttpClient({
      provider: 'p',
      baseUrl: 'https://example.org',
      userAgent: 'u',
      transport,
    });
    await expect(http.request({ method: 'FETCH' as never, path: 'no-slash' })).rejects.toMatchObject({
      issues: [{ path: 'method' }, { path: 'path' }],
    });
    await expect(http.request({ method: 'GET', path: '/x', timeoutMs: -1 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(calls).toBe(0);
  });

  it('checks each transport’s options', () => {
    expect(configIssues(() => nodeHttpTransport({ maxSockets: 0 }))).toEqual(['maxSockets']);
    expect(configIssues(() => undiciTransport({ dispatcher: {} as never }))).toEqual(['dispatcher']);
    expect(configIssues(() => fetchTransport('fetch' as never))).toEqual(['fetchFunction']);
  });
});
