import type { Dispatcher } from 'undici';
import { ConfigError } from '../errors/classes.js';
import { classifyNetworkError } from './classify-network-error.js';
import { Deadline } from './deadline.js';
import { flattenHeaders } from './flatten-headers.js';
import { plainBytes } from './plain-bytes.js';
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
// The shared agent once made, so requests after the first go to it without awaiting a promise.
let readyDispatcher: Dispatcher | undefined;

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
  sharedDispatcher ??= loadUndici().then((undici) => {
    readyDispatcher = proxyConfigured()
      ? new undici.EnvHttpProxyAgent({ keepAliveTimeout: 10_000 })
      : new undici.Agent({ keepAliveTimeout: 10_000, connections: 128 });
    return readyDispatcher;
  });
  return sharedDispatcher;
}

/** The default transport: undici's `request` over a shared keep-alive agent. */
export function undiciTransport(options: UndiciTransportOptions = {}): Transport {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError([{ path: 'options', message: 'Must be an options object such as { dispatcher }' }]);
  }
  const { dispatcher } = options;
  if (dispatcher !== undefined && typeof (dispatcher as { dispatch?: unknown })?.dispatch !== 'function') {
    throw new ConfigError([
      { path: 'dispatcher', message: 'Must be an undici dispatcher (Agent, ProxyAgent, MockAgent)' },
    ]);
  }
  // Not an async function: each layer of promises is paid on every request, and `exchange`
  // already turns anything thrown into a rejection.
  return (request: TransportRequest): Promise<TransportResponse> => {
    const ready = dispatcher ?? readyDispatcher;
    return ready ? exchange(ready, request) : defaultDispatcher().then((loaded) => exchange(loaded, request));
  };
}

/**
 * One exchange through `dispatcher.dispatch`, with a handler that collects the answer itself:
 * cheaper per request than `dispatcher.request`, which builds an `AbortSignal` listener, a body
 * stream and then an `ArrayBuffer` from it. undici's header and body timeouts are idle timers on
 * a coarse clock, so the deadline (one Node timer) bounds the whole exchange to the millisecond,
 * aborting through the handler's controller.
 */
function exchange(dispatcher: Dispatcher, request: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const handler = new CollectingHandler(request, resolve, reject);
    if (handler.settled) return;
    dispatcher.dispatch(
      {
        origin: request.origin,
        path: request.path,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
      },
      handler,
    );
  });
}

type Controller = Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>[0];

/** Gathers one answer (status, headers, body chunks) and settles the exchange's promise once. */
class CollectingHandler implements Dispatcher.DispatchHandler {
  settled = false;
  readonly #request: TransportRequest;
  readonly #resolve: (response: TransportResponse) => void;
  readonly #reject: (error: unknown) => void;
  readonly #deadline: Deadline;
  readonly #onCallerAbort: (() => void) | undefined;
  #controller: Controller | undefined;
  #abortReason: Error | undefined;
  #status = 0;
  #headers: Record<string, string> = {};
  #chunks: Uint8Array[] = [];

  constructor(
    request: TransportRequest,
    resolve: (response: TransportResponse) => void,
    reject: (error: unknown) => void,
  ) {
    this.#request = request;
    this.#resolve = resolve;
    this.#reject = reject;
    this.#deadline = new Deadline(request.timeoutMs, undefined, (error) => this.#abort(error));
    const signal = request.signal;
    if (signal?.aborted) {
      this.#fail(signal.reason);
      return;
    }
    if (signal) {
      this.#onCallerAbort = () => this.#abort(signal.reason);
      signal.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
  }

  onRequestStart(controller: Controller): void {
    this.#controller = controller;
    if (this.#abortReason !== undefined) controller.abort(this.#abortReason);
  }

  onResponseStart(
    _controller: Controller,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx answers are not the answer.
    if (statusCode < 200) return;
    this.#status = statusCode;
    this.#headers = flattenHeaders(headers);
  }

  onResponseData(_controller: Controller, chunk: Uint8Array): void {
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.settled = true;
    this.#cleanUp();
    this.#resolve({ status: this.#status, headers: this.#headers, body: plainBytes(this.#chunks) });
  }

  onResponseError(_controller: Controller, error: Error): void {
    this.#fail(error);
  }

  #abort(reason: unknown): void {
    if (this.settled) return;
    // undici tears the exchange down with this error; a caller's reason may be anything.
    const error = reason instanceof Error ? reason : new Error(String(reason));
    if (this.#controller) this.#controller.abort(error);
    else {
      // Not started yet: undici aborts it as soon as it starts; the caller hears now.
      this.#abortReason = error;
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.#cleanUp();
    this.#reject(
      classifyNetworkError(error, {
        timedOut: this.#deadline.timedOut(),
        aborted: this.#request.signal?.aborted === true,
      }),
    );
  }

  #cleanUp(): void {
    this.#deadline.clear();
    if (this.#onCallerAbort) this.#request.signal?.removeEventListener('abort', this.#onCallerAbort);
  }
}
