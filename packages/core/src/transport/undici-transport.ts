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

/** What one exchange holds until it settles. */
interface Pending {
  readonly request: TransportRequest;
  readonly resolve: (response: TransportResponse) => void;
  readonly reject: (error: unknown) => void;
  readonly deadline: Deadline;
  onCallerAbort: (() => void) | undefined;
  controller: Controller | undefined;
  status: number;
  headers: Record<string, string>;
  chunks: Uint8Array[];
}

/**
 * Gathers one answer (status, headers, body chunks) and settles the exchange's promise once.
 * undici keeps a finished request, and so its handler, in its connection's queue until a few
 * hundred have piled up, so settling lets go of everything the exchange held: kept, the caller's
 * whole chain of promises and the socket's read buffers outlived the exchange, were promoted to the
 * old generation and cost a full garbage collection every few seconds under load.
 */
class CollectingHandler implements Dispatcher.DispatchHandler {
  #pending: Pending | undefined;
  /** Why the exchange was given up before undici started it, for undici to abort it with. */
  #abortedBeforeStart: Error | undefined;

  constructor(
    request: TransportRequest,
    resolve: (response: TransportResponse) => void,
    reject: (error: unknown) => void,
  ) {
    const pending: Pending = {
      request,
      resolve,
      reject,
      deadline: new Deadline(request.timeoutMs, undefined, (error) => this.#abort(error)),
      onCallerAbort: undefined,
      controller: undefined,
      status: 0,
      headers: {},
      chunks: [],
    };
    this.#pending = pending;
    const signal = request.signal;
    if (signal?.aborted) {
      this.#fail(signal.reason);
      return;
    }
    if (signal) {
      pending.onCallerAbort = () => this.#abort(signal.reason);
      signal.addEventListener('abort', pending.onCallerAbort, { once: true });
    }
  }

  /** True once the exchange has resolved or rejected. */
  get settled(): boolean {
    return this.#pending === undefined;
  }

  onRequestStart(controller: Controller): void {
    if (this.#abortedBeforeStart) controller.abort(this.#abortedBeforeStart);
    else if (this.#pending) this.#pending.controller = controller;
  }

  onResponseStart(
    _controller: Controller,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    const pending = this.#pending;
    // 1xx answers are not the answer.
    if (!pending || statusCode < 200) return;
    pending.status = statusCode;
    pending.headers = flattenHeaders(headers);
  }

  onResponseData(_controller: Controller, chunk: Uint8Array): void {
    const pending = this.#pending;
    if (!pending) return;
    pending.chunks.push(chunk);
  }

  onResponseEnd(): void {
    const pending = this.#settle();
    if (!pending) return;
    pending.resolve({ status: pending.status, headers: pending.headers, body: plainBytes(pending.chunks) });
  }

  onResponseError(_controller: Controller, error: Error): void {
    this.#fail(error);
  }

  #abort(reason: unknown): void {
    const pending = this.#pending;
    if (!pending) return;
    // undici tears the exchange down with this error; a caller's reason may be anything.
    const error = reason instanceof Error ? reason : new Error(String(reason));
    if (pending.controller) pending.controller.abort(error);
    else {
      // Not started yet: undici aborts it as soon as it starts; the caller hears now.
      this.#abortedBeforeStart = error;
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const pending = this.#settle();
    if (!pending) return;
    pending.reject(
      classifyNetworkError(error, {
        timedOut: pending.deadline.timedOut(),
        aborted: pending.request.signal?.aborted === true,
      }),
    );
  }

  /** Marks the exchange settled and stops its clock; undefined when it already was. */
  #settle(): Pending | undefined {
    const pending = this.#pending;
    if (!pending) return undefined;
    this.#pending = undefined;
    pending.deadline.clear();
    if (pending.onCallerAbort) pending.request.signal?.removeEventListener('abort', pending.onCallerAbort);
    return pending;
  }
}
