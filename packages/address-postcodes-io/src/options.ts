import { type LoggerLike, type LogLevel, type Transport, z } from '@councilkit/core';

/** The public service; a self-hosted copy or the sandbox's emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.postcodes.io';

const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LogLevel[];

const isLoggerLike = (value: unknown): value is LoggerLike =>
  typeof value === 'object' &&
  value !== null &&
  ['error', 'warn', 'info', 'debug'].every(
    (method) => typeof (value as Record<string, unknown>)[method] === 'function',
  );

const optionsSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }).optional(),
  transport: z
    .custom<Transport>((value) => typeof value === 'function', { error: 'Must be a transport function' })
    .optional(),
  timeoutMs: z.int({ error: 'Must be a whole number of milliseconds' }).positive().max(600_000).optional(),
  retry: z
    .union([
      z.literal(false),
      z.strictObject({
        maxRetries: z.int().min(0).max(10).optional(),
        baseDelayMs: z.int().min(0).max(60_000).optional(),
        maxDelayMs: z.int().min(0).max(300_000).optional(),
      }),
    ])
    .optional(),
  logger: z.custom<LoggerLike>(isLoggerLike, { error: 'Must be a pino-style logger' }).optional(),
  logLevel: z.enum(logLevels).optional(),
});

/** Settings for `postcodesIo()`. postcodes.io needs no key. */
export interface PostcodesIoOptions {
  /** Defaults to `https://api.postcodes.io`; point it at your own copy or the sandbox. */
  baseUrl?: string | undefined;
  /** How requests travel; defaults to undici over a shared keep-alive agent. Use `fetchTransport()` under msw. */
  transport?: Transport | undefined;
  /** Per-request timeout in milliseconds. Default 10,000. */
  timeoutMs?: number | undefined;
  /** Backoff for repeats on network errors and 5xx, or `false` for none. */
  retry?: false | { maxRetries?: number; baseDelayMs?: number; maxDelayMs?: number } | undefined;
  /** Your pino (or pino-shaped) logger; every line is redacted first. Silent when absent. */
  logger?: LoggerLike | undefined;
  /** Log to stderr at this level through pino, when you have no logger of your own. */
  logLevel?: LogLevel | undefined;
}

/** Checks options at construction; a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as postcodesIoOptionsSchema };
