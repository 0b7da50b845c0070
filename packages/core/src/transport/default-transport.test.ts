import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTransport } from './default-transport.js';
import { json, startLoopbackServer } from './loopback-server.test-helper.js';

let server: Awaited<ReturnType<typeof startLoopbackServer>> | undefined;
afterEach(async () => {
  await server?.close();
});

describe('defaultTransport', () => {
  it('is shared by the process', () => {
    expect(defaultTransport()).toBe(defaultTransport());
  });

  it('answers the first request over Node’s http, then moves to undici once it has loaded', async () => {
    // Fresh copies of the modules: test files share a worker, and another may have loaded undici already.
    vi.resetModules();
    const fresh = await import('./default-transport.js');
    const { loadUndici } = await import('./undici-transport.js');
    server = await startLoopbackServer((_request, response) => json(response, 200, { ok: true }));
    const transport = fresh.defaultTransport();
    const request = { method: 'GET' as const, origin: server.url, path: '/x', headers: {}, timeoutMs: 5_000 };
    const first = await transport(request);
    expect(first.status).toBe(200);
    expect(JSON.parse(Buffer.from(first.body).toString())).toEqual({ ok: true });
    await transport(request);
    // Node's http agent kept its socket alive and reused it.
    expect(server.connections()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    await loadUndici();
    await transport(request);
    // undici has its own pool, so the request after the switch arrives on a new connection.
    expect(server.connections()).toBe(2);
  });
});
