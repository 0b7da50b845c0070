import { ConfigError } from '../errors/classes.js';
import type { Issue } from '../errors/codes.js';
import { isLoggerLike, loggerMethods } from './logger-like.js';
import { createPinoLogger } from './pino-logger.js';
import { redactWith } from './redact-value.js';
import { createRedactingLogger } from './redacting-logger.js';
import { createSensitiveKeyTest } from './sensitive-keys.js';
import { silentLogger } from './silent-logger.js';
import type { CreateLoggerOptions, Logger, LoggerLike, LogLevel } from './types.js';

const levels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The logger councilkit writes through. Silent unless given a `level` (pino to stderr, loaded only
 * then) or your own `logger`; either way every line is redacted of secrets and personal data first.
 */
export function createLogger(options: CreateLoggerOptions = {}): Logger {
  checkOptions(options);
  const { level, logger, destination, bindings } = options;
  if (level === 'silent') return silentLogger;
  const target: LoggerLike | undefined =
    logger ?? (level === undefined ? undefined : createPinoLogger(level, destination));
  if (target === undefined) return silentLogger;
  const isSensitive = createSensitiveKeyTest(options.redactKeys);
  const redacting = createRedactingLogger(target, (value) => redactWith(value, isSensitive));
  return bindings === undefined ? redacting : redacting.child(bindings);
}

function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw invalid([{ path: '', message: 'Expected an options object' }]);
  }
  const { level, logger, redactKeys, bindings, destination } = options as Record<string, unknown>;
  const issues: Issue[] = [];
  if (level !== undefined && !levels.includes(level as LogLevel)) {
    issues.push({ path: 'level', message: `Expected one of ${levels.join(', ')}` });
  }
  if (logger !== undefined && !isLoggerLike(logger)) {
    issues.push({ path: 'logger', message: `Expected a logger with ${loggerMethods.join(', ')} methods` });
  }
  if (
    redactKeys !== undefined &&
    !(Array.isArray(redactKeys) && redactKeys.every((key) => typeof key === 'string'))
  ) {
    issues.push({ path: 'redactKeys', message: 'Expected an array of field names' });
  }
  if (
    bindings !== undefined &&
    (typeof bindings !== 'object' || bindings === null || Array.isArray(bindings))
  ) {
    issues.push({ path: 'bindings', message: 'Expected an object of fields' });
  }
  if (destination !== undefined && !hasMethods(destination, ['write'])) {
    issues.push({ path: 'destination', message: 'Expected a stream with a write method' });
  }
  if (issues.length > 0) throw invalid(issues);
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
  );
}

function invalid(issues: readonly Issue[]): ConfigError {
  return new ConfigError(issues, { summary: 'Invalid logger options' });
}
