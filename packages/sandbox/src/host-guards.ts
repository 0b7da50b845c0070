import type { MiddlewareHandler } from 'hono';
import type { ServiceName } from './emulator.js';

/** The largest request body the loopback server reads: above Notify's 5 MB precompiled letter in base64. */
export const maxRequestBodyBytes = 10 * 1024 * 1024;
/** Deeper JSON than this is refused before any emulator parses it (Python's own limit is about 1,000). */
export const maxJsonDepth = 512;

const loopbackHostNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a `Host` header (no port), lower-cased; '' when absent. */
function hostNameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':', 1)[0]!;
  return name.toLowerCase();
}

/** True for a `Host` header naming a loopback host: localhost (or under it), 127.0.0.1 or [::1]. */
export function isLoopbackHost(host: string): boolean {
  const name = hostNameOf(host);
  return loopbackHostNames.has(name) || name.endsWith('.localhost');
}

/**
 * Answers only requests addressed to a loopback name. The server listens on 127.0.0.1 alone, but a
 * web page can point its own host name at 127.0.0.1 (DNS rebinding) and then read `/credentials` or
 * the inbox as same-origin: such a request still carries the page's host name, so it is refused.
 */
export function loopbackHostsOnly(): MiddlewareHandler {
  return async (context, next) => {
    if (isLoopbackHost(context.req.header('host') ?? '')) return next();
    return context.json(
      { error: 'The sandbox answers only on loopback host names: localhost, 127.0.0.1 or [::1]' },
      403,
    );
  };
}

// Each service's own 400 for a body it cannot read, as its real API words it.
const unreadableJsonAnswers: Partial<Record<ServiceName, { status: number; body: unknown }>> = {
  notify: {
    status: 400,
    body: {
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'Invalid JSON supplied in POST data' }],
    },
  },
  pay: { status: 400, body: { code: 'P0197', description: 'Unable to parse JSON' } },
};

/**
 * Caps request bodies (413 above `maxBytes`, counted as they stream in, so a 200 MB body is never
 * held) and refuses JSON nested deeper than `maxDepth` with the service's own 400, so no emulator
 * walks it recursively. `serviceAt` names the emulator a path belongs to.
 */
export function requestBodyGuard(
  serviceAt: (pathname: string) => ServiceName | undefined,
  maxBytes = maxRequestBodyBytes,
  maxDepth = maxJsonDepth,
): MiddlewareHandler {
  return async (context, next) => {
    const raw = context.req.raw;
    if (raw.body === null) return next();
    const tooLarge = () =>
      context.json({ error: `The request body is larger than ${maxBytes} bytes` }, 413, {
        connection: 'close',
      });
    const declared = Number(raw.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) return tooLarge();
    // A body too short to nest deeply goes through untouched, with no copy.
    if (declared < 2 * maxDepth) return next();
    const body = await readUpTo(raw.body, maxBytes);
    if (body === undefined) return tooLarge();
    if (nestingExceeds(body, maxDepth)) {
      const answer = unreadableJsonAnswers[serviceAt(new URL(raw.url).pathname) ?? 'notify'] ?? {
        status: 400,
        body: { error: 'Invalid JSON' },
      };
      return context.json(answer.body, answer.status as 400);
    }
    context.req.raw = new Request(raw.url, { method: raw.method, headers: raw.headers, body });
    return next();
  };
}

/** The whole body, or undefined once it passes `maxBytes` (reading stops there). */
async function readUpTo(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** True when brackets outside JSON strings nest deeper than `maxDepth`: one pass over the bytes. */
export function nestingExceeds(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (inString) {
      if (byte === 0x5c)
        index++; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return false;
}
