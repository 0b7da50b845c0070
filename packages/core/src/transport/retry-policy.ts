import { ValidationError } from '../errors/classes.js';

/** How the HTTP client repeats a failed request: capped exponential backoff with full jitter. */
export interface RetryPolicy {
  /** Repeats after the first attempt; 0 disables retries. Default 2. */
  maxRetries: number;
  /** The first backoff's ceiling, doubled on each attempt. Default 500 ms. */
  baseDelayMs: number;
  /** No backoff is longer than this. Default 5 s. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown instead. Default 60 s. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/** Full jitter (a uniform delay up to the exponential ceiling) keeps many clients from retrying in step. */
export function backoffDelayMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Reads `Retry-After` (delta seconds or an HTTP date) or `retry-after-ms`; undefined when absent or unreadable. */
export function parseRetryAfterMs(
  headers: Readonly<Record<string, string>>,
  now: number = Date.now(),
): number | undefined {
  if (typeof headers !== 'object' || headers === null) {
    throw new ValidationError([
      { path: 'headers', message: 'Must be the response headers, by lower-case name' },
    ]);
  }
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new ValidationError([{ path: 'now', message: 'Must be a time in milliseconds' }]);
  }
  const milliseconds = headerText(headers['retry-after-ms']);
  if (milliseconds !== undefined && /^\d+(\.\d+)?$/.test(milliseconds)) return Number(milliseconds);
  const value = headerText(headers['retry-after']);
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// A header value worth reading: text of a sane length (a date is ~30 characters), trimmed.
function headerText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 100 ? value.trim() : undefined;
}

/** Waits, resolving early with false if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
