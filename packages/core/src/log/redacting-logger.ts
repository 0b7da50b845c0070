import { redactText } from './redact-text.js';
import type { Logger, LoggerLike } from './types.js';

type Level = 'error' | 'warn' | 'info' | 'debug';

/**
 * Wraps any pino-shaped logger so every fields object, message and child binding is redacted first.
 * `redact` is `redactValue` with the logger's key list bound; `boundFields` stands in for `child()`
 * on loggers that have none.
 */
export function createRedactingLogger(
  target: LoggerLike,
  redact: (value: unknown) => unknown,
  boundFields: Record<string, unknown> = {},
): Logger {
  const write = (level: Level, fields: unknown, message: unknown): void => {
    // Skipping below-level lines before redacting keeps debug calls cheap in production.
    if (target.isLevelEnabled !== undefined && !target.isLevelEnabled(level)) return;
    // Tolerate pino's other call shapes, `logger.info('text')` and `logger.error(error)`.
    const textOnly = typeof fields === 'string' && message === undefined;
    const safeFields = { ...boundFields, ...redactFields(textOnly ? {} : fields, redact) };
    const text = textOnly ? fields : message;
    if (text === undefined) target[level](safeFields);
    else target[level](safeFields, redactText(String(text)));
  };
  return {
    error: (fields, message) => write('error', fields, message),
    warn: (fields, message) => write('warn', fields, message),
    info: (fields, message) => write('info', fields, message),
    debug: (fields, message) => write('debug', fields, message),
    child: (bindings) => {
      const safeBindings = redactFields(bindings, redact);
      if (typeof target.child === 'function')
        return createRedactingLogger(target.child(safeBindings), redact);
      return createRedactingLogger(target, redact, { ...boundFields, ...safeBindings });
    },
  };
}

function redactFields(fields: unknown, redact: (value: unknown) => unknown): Record<string, unknown> {
  if (fields === undefined || fields === null) return {};
  if (fields instanceof Error) return { err: redact(fields) };
  const redacted = redact(fields);
  if (typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted)) {
    return redacted as Record<string, unknown>;
  }
  return { value: redacted };
}
