import type { LoggerLike } from './types.js';

/** The methods councilkit calls on a logger it is given. */
export const loggerMethods = ['error', 'warn', 'info', 'debug'] as const;

/** True when the value has every method councilkit calls on a logger (pino's, or one shaped like it). */
export function isLoggerLike(value: unknown): value is LoggerLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    loggerMethods.every((method) => typeof (value as Record<string, unknown>)[method] === 'function')
  );
}
