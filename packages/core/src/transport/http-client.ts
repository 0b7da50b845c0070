import { randomUUID } from 'node:crypto';
import { ProviderError, TransportError, ValidationError } from '../errors/classes.js';
import type { CouncilKitError } from '../errors/councilkit-error.js';
import { isSilentLogger } from '../log/silent-logger.js';
import type { Logger } from '../log/types.js';
import { defaultTransport } from './default-transport.js';
import {
  defaultOutcomeUnknownNote,
  errorFromResponse,
  type ProviderErrorDetails,
} from './error-from-response.js';
import { checkHttpClientOptions } from './http-client-options.js';
import {
  backoffDelayMs,
  defaultRetryPolicy,
  parseRetryAfterMs,
  type RetryPolicy,
  sleep,
} from './retry-policy.js';
import type { HttpMethod, Transport, TransportResponse } from './types.js';

export interface HttpClientOptions {
  /** Names the provider in errors and logs, e.g. `govuk-notify`. */
  provider: string;
  /** Root every request path is appended to, without a trailing slash. */
  baseUrl: string;
  /** `councilkit-<package>/<version>`; see `userAgent()`. */
  userAgent: string;
  /** Defaults to `defaultTransport()`: Node's http for the first requests, then undici. */
  transport?: Transport | undefined;
  /** Per-request timeout unless a call sets its own. Default 10 s. */
  timeoutMs?: number | undefined;
  /** Backoff settings, or false for no retries at all. */
  retry?: { [Setting in keyof RetryPolicy]?: RetryPolicy[Setting] | undefined } | false | undefined;
  logger?: Logger | undefined;
  /** Headers for every request, asked for on each attempt (so a cached auth token can be renewed). */
  headers?: (() => Record<string, string>) | undefined;
  /** Pulls the provider's own error code and message out of a parsed error body. */
  parseError?: ((body: unknown) => ProviderErrorDetails | undefined) | undefined;
  /** The header the provider deduplicates writes by (GOV.UK Pay: `Idempotency-Key`); writes then get a key. */
  idempotencyHeader?: string | undefined;
}

export interface HttpRequest {
  method: HttpMethod;
  /** Path below `baseUrl`, starting with `/`. */
  path: string;
  query?: Record<string, string | number | readonly string[] | undefined> | undefined;
  /** A JSON body; sets `content-type: application/json`. */
  json?: unknown;
  /**
   * A form body (`application/x-www-form-urlencoded`), for providers that take forms (Stripe, OAuth
   * token endpoints): name/value pairs, or text already encoded (nested keys such as `metadata[ref]`).
   */
  form?: string | Readonly<Record<string, string>> | undefined;
  headers?: Record<string, string> | undefined;
  /**
   * True when repeating the request cannot cause a second side effect. Defaults to true for GET and
   * HEAD, and for writes that carry an idempotency key the provider honours.
   */
  idempotent?: boolean | undefined;
  /**
   * False leaves a 429 to the caller instead of waiting it out here: for a caller that paces itself
   * and keeps its own wait budget (a batch). Default true.
   */
  retryRateLimited?: boolean | undefined;
  /** Sent in `idempotencyHeader`, the same on every attempt; made up when the caller gives none. */
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /**
   * What an error says when this write may or may not have taken effect, e.g. "The message may or
   * may not have been sent; check before sending it again".
   */
  outcomeUnknownNote?: string | undefined;
  /** How to read a successful body. Default 'json'. */
  responseType?: 'json' | 'bytes' | undefined;
}

export interface HttpResult<T> {
  status: number;
  headers: Readonly<Record<string, string>>;
  data: T;
  /** How many times the request was sent. */
  attempts: number;
}

export interface HttpClient {
  request<T = unknown>(request: HttpRequest): Promise<HttpResult<T>>;
}

const decoder = new TextDecoder();

function parseJson(body: Uint8Array): unknown {
  if (body.length === 0) return undefined;
  return JSON.parse(decoder.decode(body));
}

function buildPath(basePath: string, path: string, query: HttpRequest['query']): string {
  if (!query) return basePath + path;
  const search = new URLSearchParams();
  for (const name in query) {
    const value = query[name];
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') search.append(name, String(value));
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      for (const item of value) search.append(name, item);
    } else {
      throw new ValidationError([
        { path: `query.${name}`, message: 'Must be text, a number or a list of text' },
      ]);
    }
  }
  const text = search.toString();
  return text ? `${basePath}${path}?${text}` : basePath + path;
}

// A cycle or a BigInt has no JSON form: named as the request's fault, not a TypeError from JSON.stringify.
function jsonBody(json: unknown): string {
  try {
    return JSON.stringify(json);
  } catch {
    throw new ValidationError([
      { path: 'json', message: 'Must be JSON data: no cycles, BigInt values or throwing toJSON' },
    ]);
  }
}

function formBody(form: string | Readonly<Record<string, string>>): string {
  if (typeof form === 'string') return form;
  if (typeof form !== 'object' || form === null) {
    throw new ValidationError([{ path: 'form', message: 'Must be encoded text or name/value pairs' }]);
  }
  const search = new URLSearchParams();
  for (const name in form) {
    const value = form[name];
    if (typeof value !== 'string') {
      throw new ValidationError([{ path: `form.${name}`, message: 'Must be text' }]);
    }
    search.append(name, value);
  }
  return search.toString();
}

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

// Adapters build requests from checked input, so these checks are cheap guards against their bugs.
function checkRequest(request: HttpRequest): void {
  const issues = [];
  if (!methods.has(request?.method)) issues.push({ path: 'method', message: 'Must be an HTTP method' });
  if (typeof request?.path !== 'string' || !request.path.startsWith('/')) {
    issues.push({ path: 'path', message: 'Must start with /' });
  }
  // Checked by type first: a 10 MB string as `query` is refused at once, never walked character by character.
  const query = request?.query;
  if (query !== undefined && (typeof query !== 'object' || query === null || Array.isArray(query))) {
    issues.push({ path: 'query', message: 'Must be an object of query parameters' });
  }
  const headers = request?.headers;
  if (headers !== undefined && (typeof headers !== 'object' || headers === null || Array.isArray(headers))) {
    issues.push({ path: 'headers', message: 'Must be an object of header values' });
  }
  const { timeoutMs } = request ?? {};
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    issues.push({ path: 'timeoutMs', message: 'Must be a whole number of milliseconds above 0' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * The single choke point for provider HTTP: builds the request, sends it through the transport,
 * retries only where a repeat cannot duplicate a side effect, and turns every failure into a typed error.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  checkHttpClientOptions(options);
  const transport = options.transport ?? defaultTransport();
  const policy: RetryPolicy = { ...defaultRetryPolicy };
  if (options.retry === false) policy.maxRetries = 0;
  else if (options.retry) {
    // Settings given as undefined keep their defaults.
    for (const [setting, value] of Object.entries(options.retry)) {
      if (value !== undefined) policy[setting as keyof RetryPolicy] = value;
    }
  }
  // Parsed once: requests then carry the origin and a path, and no transport parses a URL again.
  const base = new URL(options.baseUrl);
  const origin = base.origin;
  const basePath = base.pathname.replace(/\/+$/, '');
  const defaultTimeoutMs = options.timeoutMs ?? 10_000;
  const { provider } = options;
  // Left undefined when silent, so no log fields are built per request.
  const logger = isSilentLogger(options.logger) ? undefined : options.logger;

  function labelled(error: TransportError, request: HttpRequest): TransportError {
    const note = error.outcomeUnknown ? `. ${request.outcomeUnknownNote ?? defaultOutcomeUnknownNote}` : '';
    return new TransportError(error.message + note, {
      provider,
      retryable: error.retryable,
      notSent: error.notSent,
      outcomeUnknown: error.outcomeUnknown,
      cause: error.cause,
    });
  }

  function failureFrom(
    response: TransportResponse,
    unsafeWrite: boolean,
    request: HttpRequest,
  ): CouncilKitError {
    let details: ProviderErrorDetails | undefined;
    try {
      details = options.parseError?.(parseJson(response.body));
    } catch {
      details = undefined;
    }
    return errorFromResponse({
      provider,
      status: response.status,
      details,
      retryAfterMs: parseRetryAfterMs(response.headers),
      unsafeWrite,
      outcomeUnknownNote: request.outcomeUnknownNote,
    });
  }

  return {
    async request<T>(request: HttpRequest): Promise<HttpResult<T>> {
      checkRequest(request);
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: 'application/json' };
      let body: string | undefined;
      if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = jsonBody(request.json);
      } else if (request.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = formBody(request.form);
      }
      const isRead = request.method === 'GET' || request.method === 'HEAD';
      let idempotent = request.idempotent ?? isRead;
      if (options.idempotencyHeader && !isRead) {
        // One key per logical call, reused by every retry, so the provider can drop the repeats.
        headers[options.idempotencyHeader.toLowerCase()] = request.idempotencyKey ?? randomUUID();
        idempotent = request.idempotent ?? true;
      }
      if (request.headers)
        for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name]!;
      const path = buildPath(basePath, request.path, request.query);
      const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;

      for (let attempt = 0; ; attempt++) {
        const started = logger ? performance.now() : 0;
        let retryDelayMs: number | undefined;
        let failure: CouncilKitError;
        try {
          const response = await transport({
            method: request.method,
            origin,
            path,
            headers: options.headers ? Object.assign(headers, options.headers()) : headers,
            body,
            signal: request.signal,
            timeoutMs,
          });
          logger?.debug(
            {
              method: request.method,
              path: request.path,
              status: response.status,
              attempt,
              ms: performance.now() - started,
            },
            'provider answered',
          );
          if (response.status < 300) {
            let data: unknown;
            try {
              // Bytes handed on are a copy of their own: a transport's body may be a view of a
              // larger buffer (plain-bytes.ts), which a caller keeping the bytes would keep too.
              data = request.responseType === 'bytes' ? response.body.slice() : parseJson(response.body);
            } catch (error) {
              // A 2xx to a write the provider does not deduplicate means it may have acted, whatever the body.
              const outcomeUnknown = !idempotent;
              const note = outcomeUnknown
                ? `. ${request.outcomeUnknownNote ?? defaultOutcomeUnknownNote}`
                : '';
              throw new ProviderError(`${provider} answered with a body that is not JSON${note}`, {
                provider,
                status: response.status,
                outcomeUnknown,
                cause: error,
              });
            }
            return {
              status: response.status,
              headers: response.headers,
              data: data as T,
              attempts: attempt + 1,
            };
          }
          failure = failureFrom(response, !idempotent, request);
          // A rate limiter refuses before acting, so even a write may be repeated after a 429.
          const rateLimited = response.status === 429;
          if (rateLimited && request.retryRateLimited === false) throw failure;
          const repeatable = rateLimited || (idempotent && failure.retryable);
          if (repeatable) {
            const retryAfterMs = parseRetryAfterMs(response.headers);
            if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) throw failure;
            retryDelayMs = retryAfterMs ?? backoffDelayMs(policy, attempt);
          }
        } catch (error) {
          if (!(error instanceof TransportError)) throw error;
          failure = labelled(error, request);
          // A request that never left is always safe to repeat; one that may have arrived only if idempotent.
          if (failure.retryable && (idempotent || (failure as TransportError).notSent)) {
            retryDelayMs = backoffDelayMs(policy, attempt);
          }
        }
        if (retryDelayMs === undefined || attempt >= policy.maxRetries) throw failure;
        logger?.warn(
          { method: request.method, path: request.path, attempt, retryDelayMs, code: failure.code },
          'retrying',
        );
        if (!(await sleep(retryDelayMs, request.signal))) throw failure;
      }
    },
  };
}
