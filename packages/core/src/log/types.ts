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
  /** When present (pino has it), lines below the logger's level are dropped before any redaction work. */
  isLevelEnabled?(level: string): boolean;
}

export interface LoggerOptions {
  /** Log at this level to stderr through pino. Ignored when `logger` is given, except `silent`, which always silences. */
  level?: LogLevel | undefined;
  /** Your own pino (or pino-shaped) logger; councilkit redacts before calling it. */
  logger?: LoggerLike | undefined;
}

/** Where a logger made from `level` writes its JSON lines, one `write` per line. */
export interface LogDestination {
  write(line: string): unknown;
}

/** Options of `createLogger`: the caller's `LoggerOptions` plus what a port or a test adds. */
export interface CreateLoggerOptions extends LoggerOptions {
  /** Field names to redact on top of `sensitiveKeys`, matched the same way (any case, `_` and `-` ignored). */
  redactKeys?: readonly string[] | undefined;
  /** Fields every line carries, e.g. `{ provider: 'govuk-pay' }`; redacted like any other field. */
  bindings?: Record<string, unknown> | undefined;
  /** Where a logger made from `level` writes instead of stderr (tests capture output with it). */
  destination?: LogDestination | undefined;
}
