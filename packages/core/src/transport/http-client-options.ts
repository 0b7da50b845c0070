import { onFirstUse } from '../config/on-first-use.js';
import { parseConfig } from '../config/parse-config.js';
import { z } from '../schema.js';
import type { HttpClientOptions } from './http-client.js';

const isFunction = (value: unknown) => typeof value === 'function';
const isLogger = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  ['error', 'warn', 'info', 'debug'].every((method) =>
    isFunction((value as Record<string, unknown>)[method]),
  );
// Built when the first client is made, not when core is imported.
const optionsSchema = onFirstUse(() => {
  const milliseconds = z.int({ error: 'Must be a whole number of milliseconds' }).min(0).max(3_600_000);
  return z.strictObject({
    provider: z.string({ error: 'Must name the provider' }).min(1, { error: 'Must name the provider' }),
    baseUrl: z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }),
    userAgent: z.string().min(1, { error: 'Must not be empty' }),
    transport: z
      .custom((value) => value === undefined || isFunction(value), { error: 'Must be a transport function' })
      .optional(),
    timeoutMs: z.int({ error: 'Must be a whole number of milliseconds' }).positive().max(600_000).optional(),
    retry: z
      .union([
        z.literal(false),
        z.strictObject({
          maxRetries: z.int().min(0).max(10).optional(),
          baseDelayMs: milliseconds.optional(),
          maxDelayMs: milliseconds.optional(),
          maxRetryAfterMs: milliseconds.optional(),
        }),
      ])
      .optional(),
    logger: z
      .custom((value) => value === undefined || isLogger(value), { error: 'Must be a pino-style logger' })
      .optional(),
    headers: z
      .custom((value) => value === undefined || isFunction(value), { error: 'Must be a function' })
      .optional(),
    parseError: z
      .custom((value) => value === undefined || isFunction(value), { error: 'Must be a function' })
      .optional(),
    idempotencyHeader: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, { error: 'Must be an HTTP header name' })
      .optional(),
  });
});

/** Checks `createHttpClient`'s options once, at construction: a `ConfigError` lists every problem. */
export function checkHttpClientOptions(options: HttpClientOptions): void {
  parseConfig(optionsSchema(), options, typeof options?.provider === 'string' ? options.provider : undefined);
}
