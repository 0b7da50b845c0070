import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  ValidationError,
} from '../errors/classes.js';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { fetchTransport } from './fetch-transport.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import { json, startLoopbackServer } from './loopback-server.test-helper.js';
import { nodeHttpTransport } from './node-http-transport.js';
import type { Transport } from './types.js';
import { undiciTransport } from './undici-transport.js';

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const parseError: HttpClientOptions['parseError'] = (body) => {
  const first = (body as { errors?: { error: string; message: string }[] } | undefined)?.errors?.[0];
  return first ? { code: first.error, message: first.message } : undefined;
};

async function rejectionOf(promise: Promise<unknown>): Promise<CouncilKitError> {
  try {
    await promise;
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    return error as CouncilKitError;
  }
  throw new Error('expected the request to fail');
}

describe.each<[string, () => Transport]>([
  ['undiciTransport', () => undiciTransport()],
  ['fetchTransport', () => fetchTransport()],
  ['nodeHttpTransport', () => nodeHttpTransport()],
])('createHttpClient over %s', (_name, makeTransport) => {
  function client(url: string, overrides: Partial<HttpClientOptions> = {}) {
    return createHttpClient({
      provider: 'test-provider',
      baseUrl: url,
      userAgent: 'councilkit-test/1.2.3',
      transport: makeTransport(),
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      parseError,
      ...overrides,
    });
  }

  it('sends JSON with the User-Agent and returns the parsed body', async () => {
    server = await startLoopbackServer((_request, response) => json(response, 201, { id: 'abc' }));
    const result = await client(server.url).request({
      method: 'POST',
      path: '/v2/things',
      query: { a: '1', b: ['x', 'y'], skip: undefined },
      json: { hello: 'world' },
    });
    expect(result).toMatchObject({ status: 201, data: { id: 'abc' }, attempts: 1 });
    expect(server.calls[0]).toMatchObject({
      method: 'POST',
      url: '/v2/things?a=1&b=x&b=y',
      body: '{"hello":"world"}',
    });
    expect(server.calls[0]?.headers['user-agent']).toBe('councilkit-test/1.2.3');
    expect(server.calls[0]?.headers['content-type']).toBe('application/json');
  });

  it('sends a form body as pairs or as encoded text, and names a bad pair', async () => {
    server = await startLoopbackServer((_request, response) => json(response, 200, {}));
    await client(server.url).request({ method: 'POST', path: '/token', form: { code: 'a b', state: 's&t' } });
    await client(server.url).request({ method: 'POST', path: '/v1/x', form: 'metadata[ref]=A%201' });
    expect(server.calls.map((call) => call.body)).toEqual(['code=a+b&state=s%26t', 'metadata[ref]=A%201']);
    expect(server.calls[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const error = await rejectionOf(
      client(server.url).request({ method: 'POST', path: '/token', form: { code: 1 as unknown as string } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('form.code');
    expect(server.calls).toHaveLength(2);
  });

  it('hands a 429 straight back when the request leaves rate limits to its caller', async () => {
    server = await startLoopbackServer((_request, response) =>
      json(response, 429, {}, { 'retry-after': '0' }),
    );
    const error = await rejectionOf(
      client(server.url).request({ method: 'POST', path: '/send', json: {}, retryRateLimited: false }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.calls).toHaveLength(1);
  });

  it('turns a timeout into a retryable TransportError', async () => {
    server = await startLoopbackServer(() => {
      /* never answers */
    });
    const error = await rejectionOf(
      client(server.url, { retry: false }).request({ method: 'GET', path: '/slow', timeoutMs: 100 }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(error.retryable).toBe(true);
    expect(error.provider).toBe('test-provider');
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    server = await startLoopbackServer((_request, response, call) =>
      call === 0 ? json(response, 429, {}, { 'retry-after': '1' }) : json(response, 200, { ok: true }),
    );
    const started = Date.now();
    const result = await client(server.url).request({ method: 'GET', path: '/limited' });
    expect(result.data).toEqual({ ok: true });
    expect(result.attempts).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a Retry-After beyond the cap', async () => {
    server = await startLoopbackServer((_request, response) =>
      json(response, 429, {}, { 'retry-after': '3600' }),
    );
    const error = await rejectionOf(client(server.url).request({ method: 'GET', path: '/limited' }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(server.calls).toHaveLength(1);
  });

  it('never repeats a POST that is not marked safe, and says the outcome is unknown', async () => {
    server = await startLoopbackServer((_request, response) => json(response, 500, { message: 'boom' }));
    const error = await rejectionOf(client(server.url).request({ method: 'POST', path: '/send', json: {} }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.outcomeUnknown).toBe(true);
    expect(server.calls).toHaveLength(1);
  });

  it('never repeats a POST that timed out', async () => {
    server = await startLoopbackServer(() => {
      /* never answers */
    });
    const error = await rejectionOf(
      client(server.url).request({ method: 'POST', path: '/send', json: {}, timeoutMs: 100 }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(error.outcomeUnknown).toBe(true);
    expect(server.calls).toHaveLength(1);
  });

  it('retries a 5xx GET up to the limit', async () => {
    server = await startLoopbackServer((_request, response) => json(response, 503, {}));
    const error = await rejectionOf(
      client(server.url, { retry: { maxRetries: 3, baseDelayMs: 1 } }).request({
        method: 'GET',
        path: '/flaky',
      }),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(true);
    expect(server.calls).toHaveLength(4);
  });

  it('repeats a write marked idempotent with the same idempotency key', async () => {
    server = await startLoopbackServer((_request, response, call) =>
      call < 2 ? json(response, 502, {}) : json(response, 201, { id: 'p1' }),
    );
    const result = await client(server.url, { idempotencyHeader: 'Idempotency-Key' }).request({
      method: 'POST',
      path: '/payments',
      json: { amount: 100 },
    });
    expect(result.attempts).toBe(3);
    const keys = server.calls.map((call) => call.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it.each([
    [401, AuthError],
    [403, AuthError],
    [404, NotFoundError],
    [400, ValidationError],
  ])('maps HTTP %i to %o and keeps the provider error body', async (status, errorClass) => {
    server = await startLoopbackServer((_request, response) =>
      json(response, status, {
        status_code: status,
        errors: [{ error: 'SomeProviderError', message: 'It went wrong' }],
      }),
    );
    const error = await rejectionOf(client(server.url).request({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.providerCode).toBe('SomeProviderError');
    expect(error.providerMessage).toBe('It went wrong');
    expect(server.calls).toHaveLength(1);
  });

  it('reads bytes when asked', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end(Buffer.from('%PDF-1.4'));
    });
    const result = await client(server.url).request<Uint8Array>({
      method: 'GET',
      path: '/pdf',
      responseType: 'bytes',
    });
    expect(Buffer.from(result.data).toString()).toBe('%PDF-1.4');
    // A copy of its own, never a view of the socket's read buffer, which keeping it would keep.
    expect(result.data.byteOffset).toBe(0);
    expect(result.data.buffer.byteLength).toBe(result.data.byteLength);
  });

  it('reports a success body that is not JSON as a ProviderError', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>');
    });
    const error = await rejectionOf(client(server.url).request({ method: 'GET', path: '/html' }));
    expect(error).toBeInstanceOf(ProviderError);
  });

  it('says a write answered 2xx with a body that is not JSON may have taken effect', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'text/html' });
      response.end('<html>');
    });
    const error = await rejectionOf(
      client(server.url).request({
        method: 'POST',
        path: '/send',
        json: {},
        idempotent: false,
        outcomeUnknownNote: 'Look before sending again',
      }),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).toContain('Look before sending again');
    expect(server.calls).toHaveLength(1);
  });

  it('stops when the caller aborts', async () => {
    server = await startLoopbackServer(() => {
      /* never answers */
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(
      client(server.url).request({ method: 'GET', path: '/slow', signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(error.retryable).toBe(false);
    expect(server.calls).toHaveLength(1);
  });
});

describe('a request that never left', () => {
  it('retries even a POST when the connection was refused, then reports it was not sent', async () => {
    // Find a port nobody listens on by opening and closing one.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    let attempts = 0;
    const counting: Transport = (request) => {
      attempts++;
      return undiciTransport()(request);
    };
    const http = createHttpClient({
      provider: 'test-provider',
      baseUrl: `http://127.0.0.1:${port}`,
      userAgent: 'councilkit-test/1.2.3',
      transport: counting,
      retry: { maxRetries: 2, baseDelayMs: 1 },
    });
    const error = await rejectionOf(http.request({ method: 'POST', path: '/send', json: {} }));
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).notSent).toBe(true);
    expect(error.outcomeUnknown).toBe(false);
    expect(attempts).toBe(3);
  });
});
