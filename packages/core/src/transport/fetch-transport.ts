import { ConfigError } from '../errors/classes.js';
import { classifyNetworkError } from './classify-network-error.js';
import { Deadline } from './deadline.js';
import type { Transport, TransportRequest, TransportResponse } from './types.js';

/** A fetch-shaped function: global fetch, msw's patched fetch, or an emulator's `fetch`. */
export type FetchFunction = (input: Request) => Promise<Response>;

/**
 * A transport over a fetch function. Without an argument it reads `globalThis.fetch` on every call,
 * so msw (which patches global fetch, not undici's `request`) intercepts it. Costs several times
 * the CPU of `undiciTransport`, so it is for tests, in-process emulators and unusual hosts.
 */
export function fetchTransport(fetchFunction?: FetchFunction): Transport {
  if (fetchFunction !== undefined && typeof fetchFunction !== 'function') {
    throw new ConfigError([{ path: 'fetchFunction', message: 'Must be a fetch-shaped function' }]);
  }
  return async (request: TransportRequest): Promise<TransportResponse> => {
    const deadline = new Deadline(request.timeoutMs, request.signal);
    try {
      const fetchNow = fetchFunction ?? ((input: Request) => globalThis.fetch(input));
      const response = await fetchNow(
        new Request(request.origin + request.path, {
          method: request.method,
          headers: request.headers,
          // Request's typings want an ArrayBuffer-backed view; every Uint8Array we build is one.
          body: (request.body ?? null) as BodyInit | null,
          signal: deadline.signal ?? null,
          // A 3xx is the provider's answer: following it would re-send a write (and its personal
          // data) to another origin, which neither Node transport does.
          redirect: 'manual',
        }),
      );
      const body = new Uint8Array(await response.arrayBuffer());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      return { status: response.status, headers, body };
    } catch (error) {
      throw classifyNetworkError(error, {
        timedOut: deadline.timedOut(),
        aborted: deadline.callerAborted(),
      });
    } finally {
      deadline.clear();
    }
  };
}
