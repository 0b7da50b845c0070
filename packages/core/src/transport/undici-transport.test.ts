import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from '../errors/classes.js';
import { startLoopbackServer } from './loopback-server.test-helper.js';
import { undiciTransport } from './undici-transport.js';

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;

describe('undiciTransport', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const get = (origin: string, signal?: AbortSignal) =>
    undiciTransport()({ method: 'GET', origin, path: '/answer', headers: {}, signal, timeoutMs: 5_000 });

  it('gathers a body sent in several chunks whole, and joins a repeated header', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, [
        ['x-part', 'one'],
        ['x-part', 'two'],
      ]);
      response.write('{"parts":');
      setTimeout(() => response.end('["a","b"]}'), 20);
    });
    const response = await get(server.url);
    expect(response.status).toBe(200);
    expect(response.headers['x-part']).toBe('one, two');
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(response.body))).toEqual({ parts: ['a', 'b'] });
  });

  it('answers an empty body with an empty array', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const response = await get(server.url);
    expect(response.status).toBe(204);
    expect(response.body.byteLength).toBe(0);
  });

  it('refuses a signal that is already aborted without sending anything', async () => {
    server = await startLoopbackServer((_request, response) => response.end());
    const error = await get(server.url, AbortSignal.abort()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).message).toMatch(/aborted by the caller/);
    expect(server.calls).toHaveLength(0);
  });
});
