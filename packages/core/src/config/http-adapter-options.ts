import { isLoggerLike } from '../log/logger-like.js';
import type { LoggerLike, LogLevel } from '../log/types.js';
import { z } from '../schema.js';
import type { Transport } from '../transport/types.js';

const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LogLevel[];

/**
 * The zod shape of the options every HTTP adapter takes, to spread into its own strict schema:
 * `z.strictObject({ apiKey: ..., ...httpAdapterOptionsShape })`.
 */
export const httpAdapterOptionsShape = {
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
};

/** Options every HTTP adapter takes, beside its own credentials. */
export interface HttpAdapterOptions {
  /** The provider's API root; the sandbox hands out its emulator's. Defaults to the real service. */
  baseUrl?: string | undefined;
  /** How requests travel; defaults to undici over a shared keep-alive agent. Use `fetchTransport()` under msw. */
  transport?: Transport | undefined;
  /** Per-request timeout in milliseconds, over the whole exchange. Default 10,000. */
  timeoutMs?: number | undefined;
  /**
   * Backoff for repeats, or `false` for none. Reads are repeated on network errors and 5xx; writes
   * only when the provider deduplicates them or certainly did not receive them.
   */
  retry?: false | { maxRetries?: number; baseDelayMs?: number; maxDelayMs?: number } | undefined;
  /** Your pino (or pino-shaped) logger; every line is redacted first. Silent when absent. */
  logger?: LoggerLike | undefined;
  /** Log to stderr at this level through pino, when you have no logger of your own. */
  logLevel?: LogLevel | undefined;
}
