import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { emulatorFor } from './dispatch.js';
import type { DirectRoutes } from './emulator.js';
import type { SandboxEmulators } from './emulators/create-emulators.js';
import { isLoopbackHost, maxJsonDepth } from './host-guards.js';

// Bodies this short pass the host's guards untouched (no size or nesting to check), so answering
// them here changes nothing; anything longer takes the Hono app and its guards.
const largestDirectBody = 2 * maxJsonDepth - 1;
const utf8 = new TextDecoder();

/**
 * The loopback server's listener. An emulator's direct routes (Notify's sends) are read and answered
 * here with Node's own request and response, which costs a fraction of building a WHATWG Request
 * and Response for each; every other request, and any direct-route request the host's guards
 * would look at (a body without a declared length, or one long enough to check), goes to `fallback`.
 */
export function sandboxListener(emulators: SandboxEmulators, fallback: RequestListener): RequestListener {
  return (incoming, outgoing) => {
    const url = incoming.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query < 0 ? url : url.slice(0, query);
    const direct = emulatorFor(emulators, pathname)?.direct;
    const method = incoming.method ?? 'GET';
    const host = incoming.headers.host ?? '';
    const length = Number(incoming.headers['content-length'] ?? Number.NaN);
    if (
      direct === undefined ||
      !direct.takes(method, pathname) ||
      !isLoopbackHost(host) ||
      !(length <= largestDirectBody)
    ) {
      fallback(incoming, outgoing);
      return;
    }
    readBody(incoming, (body) => answer(direct, outgoing, { method, pathname, host, incoming, body }));
  };
}

function readBody(incoming: IncomingMessage, then: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => then(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
  incoming.on('error', () => incoming.destroy());
}

function answer(
  direct: DirectRoutes,
  outgoing: ServerResponse,
  request: { method: string; pathname: string; host: string; incoming: IncomingMessage; body: Buffer },
): void {
  const { headers } = request.incoming;
  let status = 500;
  let contentType = 'application/json';
  let body = JSON.stringify({ error: 'The emulator failed to answer' });
  try {
    const answered = direct.answer({
      method: request.method,
      pathname: request.pathname,
      origin: `http://${request.host}`,
      header: (name) => {
        const value = headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      // As a WHATWG Request reads it: UTF-8, a byte-order mark dropped.
      body: utf8.decode(request.body),
    });
    ({ status, contentType, body } = answered);
  } catch {
    // `answer` maps its own errors; this only keeps the server up if it ever throws.
  }
  outgoing.writeHead(status, [
    'content-type',
    contentType,
    'content-length',
    String(Buffer.byteLength(body)),
  ]);
  outgoing.end(body);
}
