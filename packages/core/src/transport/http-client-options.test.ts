import { describe, expect, it } from 'vitest';
import { ConfigError, ValidationError } from '../errors/classes.js';
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
