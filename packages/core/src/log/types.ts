/** Levels, most to least severe; `silent` logs nothing. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** What councilkit logs through: pino's call shape, object first. Every call is redacted before it is written. */
export interface Logger {
  error(fields: Record<string, unknown>, message?: string): void;
  warn(fields: Record<string, unknown>, message?: string): void;
  info(fields: Record<string, unknown>, message?: string): void;
  debug(fields: Record<string, unknown>, message?: string): void;
  /** A logger whose lines all carry `bindings` (e.g. `{ provider: 'govuk-notify' }`). */
  child(bindings: Record<string, unknown>): Logger;
}

/** Any logger with pino's shape: pino itself, or a test double. */
export interface LoggerLike {
  error(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
  child?(bindings: object): LoggerLike;
}

export interface LoggerOptions {
  /** Log at this level to stderr through pino. Ignored when `logger` is given. */
  level?: LogLevel | undefined;
  /** Your own pino (or pino-shaped) logger; councilkit redacts before calling it. */
  logger?: LoggerLike | undefined;
}
