import type { Dispatcher } from 'undici';
import { ConfigError } from '../errors/classes.js';
import { classifyNetworkError } from './classify-network-error.js';
import { Deadline } from './deadline.js';
import { flattenHeaders } from './flatten-headers.js';
import type { Transport, TransportRequest, TransportResponse } from './types.js';

export interface UndiciTransportOptions {
  /** Your own undici dispatcher (an `Agent`, `ProxyAgent`, `MockAgent`); by default one shared keep-alive agent. */
  dispatcher?: Dispatcher;
}

type UndiciModule = typeof import('undici');

// undici takes ~100 ms to import, so it is never loaded at import time: a serverless function that
// never makes a request never pays for it (and see defaultTransport for the first request).
let undiciModule: Promise<UndiciModule> | undefined;
let sharedDispatcher: Promise<Dispatcher> | undefined;

/** Loads undici once per process; later calls share the same promise. */
export function loadUndici(): Promise<UndiciModule> {
  undiciModule ??= import('undici');
  return undiciModule;
}

/** True when HTTP(S)_PROXY is set, so requests must go through undici's `EnvHttpProxyAgent`. */
export function proxyConfigured(): boolean {
  const env = process.env;
  return Boolean(env['HTTPS_PROXY'] || env['https_proxy'] || env['HTTP_PROXY'] || env['http_proxy']);
}

/** The process-wide keep-alive agent, or `EnvHttpProxyAgent` when a proxy is configured in the environment. */
function defaultDispatcher(): Promise<Dispatcher> {
  sharedDispatcher ??= loadUndici().then((undici) =>
    proxyConfigured()
      ? new undici.EnvHttpProxyAgent({ keepAliveTimeout: 10_000 })
      : new undici.Agent({ keepAliveTimeout: 10_000, connections: 128 }),
  );
  return sharedDispatcher;
}

/** The default transport: undici's `request` over a shared keep-alive agent. */
export function undiciTransport(options: UndiciTransportOptions = {}): Transport {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError([{ path: 'options', message: 'Must be an options object such as { dispatcher }' }]);
  }
  const { dispatcher } = options;
  if (dispatcher !== undefined && typeof (dispatcher as { request?: unknown })?.request !== 'function') {
    throw new ConfigError([
      { path: 'dispatcher', message: 'Must be an undici dispatcher (Agent, ProxyAgent, MockAgent)' },
    ]);
  }
  return async (request: TransportRequest): Promise<TransportResponse> => {
    const dispatcher = options.dispatcher ?? (await defaultDispatcher());
    // undici's header and body timeouts are idle timers on a coarse clock: the deadline bounds the
    // whole exchange, to the millisecond.
    const deadline = new Deadline(request.timeoutMs, request.signal);
    try {
      const response = await dispatcher.request({
        origin: request.origin,
        path: request.path,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: deadline.signal ?? null,
      });
      const body = new Uint8Array(await response.body.arrayBuffer());
      return { status: response.statusCode, headers: flattenHeaders(response.headers), body };
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
