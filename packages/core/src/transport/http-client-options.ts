import { isHttpUrl } from '../config/http-url.js';
import { ConfigError } from '../errors/classes.js';
import type { Issue } from '../errors/codes.js';
import { isLoggerLike } from '../log/logger-like.js';
import type { HttpClientOptions } from './http-client.js';

// Plain checks rather than a zod schema, like checkRequest's: adapters pass options they have
// already parsed with their own schema, so these are guards against their bugs, and building a
// dozen-field schema here cost every cold start about 2 ms. Each check reads a value's type before
// anything else, so no input makes one slow or throw.

const isFunction = (value: unknown) => typeof value === 'function';
const isWholeNumberFrom = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const isText = (value: unknown): value is string => typeof value === 'string';
const headerName = /^[A-Za-z0-9-]+$/;

const optionNames = new Set([
  'provider',
  'baseUrl',
  'userAgent',
  'transport',
  'timeoutMs',
  'retry',
  'logger',
  'headers',
  'parseError',
  'idempotencyHeader',
]);
const retrySettings = {
  maxRetries: [0, 10],
  baseDelayMs: [0, 3_600_000],
  maxDelayMs: [0, 3_600_000],
  maxRetryAfterMs: [0, 3_600_000],
} as const;

function unknownKeys(object: object, known: ReadonlySet<string>, prefix: string): Issue[] {
  return Object.keys(object)
    .filter((key) => !known.has(key))
    .map((key) => ({ path: prefix + key, message: 'Unknown field: not allowed here' }));
}

function retryIssues(retry: unknown): Issue[] {
  if (retry === undefined || retry === false) return [];
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    return [{ path: 'retry', message: 'Must be false or backoff settings such as { maxRetries }' }];
  }
  const issues = unknownKeys(retry, new Set(Object.keys(retrySettings)), 'retry.');
  for (const [setting, [min, max]] of Object.entries(retrySettings)) {
    const value = (retry as Record<string, unknown>)[setting];
    if (value !== undefined && !isWholeNumberFrom(value, min, max)) {
      issues.push({ path: `retry.${setting}`, message: `Must be a whole number from ${min} to ${max}` });
    }
  }
  return issues;
}

// Worded as parseConfig words an adapter's bad options.
const failedFor = (provider: string | undefined) => ({
  provider,
  summary: `Invalid ${provider ?? 'councilkit'} options`,
});

/** Checks `createHttpClient`'s options once, at construction: a `ConfigError` lists every problem. */
export function checkHttpClientOptions(options: HttpClientOptions): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError([{ path: '', message: 'Must be an options object' }], failedFor(undefined));
  }
  const { baseUrl, userAgent, transport, timeoutMs, retry, logger, headers, parseError, idempotencyHeader } =
    options;
  const provider = isText(options.provider) ? options.provider : undefined;
  const issues = unknownKeys(options, optionNames, '');
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, message });
  };
  check(isText(provider) && provider !== '', 'provider', 'Must name the provider');
  check(isHttpUrl(baseUrl), 'baseUrl', 'Must be an http(s) URL');
  check(isText(userAgent) && userAgent !== '', 'userAgent', 'Must not be empty');
  check(transport === undefined || isFunction(transport), 'transport', 'Must be a transport function');
  check(
    timeoutMs === undefined || isWholeNumberFrom(timeoutMs, 1, 600_000),
    'timeoutMs',
    'Must be a whole number of milliseconds from 1 to 600000',
  );
  issues.push(...retryIssues(retry));
  check(logger === undefined || isLoggerLike(logger), 'logger', 'Must be a pino-style logger');
  check(headers === undefined || isFunction(headers), 'headers', 'Must be a function');
  check(parseError === undefined || isFunction(parseError), 'parseError', 'Must be a function');
  check(
    idempotencyHeader === undefined || (isText(idempotencyHeader) && headerName.test(idempotencyHeader)),
    'idempotencyHeader',
    'Must be an HTTP header name',
  );
  if (issues.length > 0) throw new ConfigError(issues, failedFor(provider));
}
