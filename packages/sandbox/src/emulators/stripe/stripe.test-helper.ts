import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createStripeEmulator } from './create-stripe-emulator.js';
import type { StripeEmulator, StripeEmulatorOptions } from './types.js';

/**
 * The emulator on its own loopback server, at the root: stripe-node has no base-path option and
 * always requests `/v1/…`, so its `host`/`port`/`protocol` point here.
 */
export async function serveStripeEmulator(options: StripeEmulatorOptions = {}) {
  const emulator: StripeEmulator = createStripeEmulator(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: emulator.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    emulator,
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await emulator.close();
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** A webhook endpoint on 127.0.0.1 that keeps each delivery's raw body and headers. */
export async function webhookReceiver(status = 200) {
  const received: { body: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Form-encodes flat pairs for hand-made requests. */
export function form(pairs: Record<string, string>): string {
  return new URLSearchParams(pairs).toString();
}
