import type { ServerResponse } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TransportError } from '../errors/classes.js';
import { fetchTransport } from './fetch-transport.js';
import { startLoopbackServer } from './loopback-server.test-helper.js';
import { nodeHttpTransport } from './node-http-transport.js';
import type { Transport } from './types.js';
import { loadUndici, undiciTransport } from './undici-transport.js';

// undici loads on the first request, before the clock starts; loaded here so it is not timed.
beforeAll(() => loadUndici());

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
let servers: Server[] = [];
const timers: ReturnType<typeof setInterval>[] = [];
afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(reply: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(reply);
  servers.push(server);
  return server;
}

// A valid 201 whose JSON body arrives one byte every 100 ms: never idle for long, never finished soon.
function drip(response: ServerResponse) {
  const body = JSON.stringify({ id: 'f0e1d2c3-b4a5-4968-8776-655443322110', padding: 'x'.repeat(100) });
  response.writeHead(201, { 'content-type': 'application/json', 'content-length': String(body.length) });
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= body.length || response.destroyed) return clearInterval(timer);
    response.write(body[sent++]);
  }, 100);
  timers.push(timer);
}

async function elapsedUntilRejected(send: () => Promise<unknown>) {
  const started = performance.now();
  try {
    await send();
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
  throw new Error('expected the request to fail');
}

const transports: [string, () => Transport][] = [
  ['undiciTransport', () => undiciTransport()],
  ['nodeHttpTransport', () => nodeHttpTransport()],
  ['fetchTransport', () => fetchTransport()],
];

describe.each(transports)('%s: timeoutMs is a deadline over the whole exchange', (_name, makeTransport) => {
  it('gives up on an answer dripped a byte at a time once timeoutMs has passed', async () => {
    const server = await serve((_request, response) => drip(response));
    const { ms, error } = await elapsedUntilRejected(() =>
      makeTransport()({
        method: 'POST',
        origin: server.url,
        path: '/send',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        timeoutMs: 400,
      }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).message).toMatch(/timed out/);
    expect((error as TransportError).outcomeUnknown).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(ms).toBeLessThan(800);
  });

  it('fires near timeoutMs when no headers come, not on a coarse clock', async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const { ms, error } = await elapsedUntilRejected(() =>
      makeTransport()({ method: 'GET', origin: server.url, path: '/slow', headers: {}, timeoutMs: 400 }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).retryable).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(ms).toBeLessThan(800);
  });

  it('still reports a caller’s abort as an abort, not a timeout', async () => {
    const server = await serve((_request, response) => drip(response));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { error } = await elapsedUntilRejected(() =>
      makeTransport()({
        method: 'GET',
        origin: server.url,
        path: '/x',
        headers: {},
        timeoutMs: 5_000,
        signal: controller.signal,
      }),
    );
    expect((error as TransportError).message).toMatch(/aborted by the caller/);
    expect((error as TransportError).retryable).toBe(false);
  });

  it('answers a 3xx as it is, without following it to another origin', async () => {
    const elsewhere = await serve((_request, response) => response.end('{}'));
    const server = await serve((_request, response) => {
      response.writeHead(307, { location: `${elsewhere.url}/collect` });
      response.end();
    });
    const response = await makeTransport()({
      method: 'POST',
      origin: server.url,
      path: '/send',
      headers: { 'content-type': 'application/json' },
      body: '{"emailAddress":"resident@example.org"}',
      timeoutMs: 2_000,
    });
    expect(response.status).toBe(307);
    expect(elsewhere.calls).toHaveLength(0);
  });
});
