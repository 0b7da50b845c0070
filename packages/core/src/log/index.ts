export { createLogger } from './create-logger.js';
export { passesLuhnCheck } from './luhn.js';
export { redactText } from './redact-text.js';
export { type RedactValueOptions, redactValue } from './redact-value.js';
export { sensitiveKeys } from './sensitive-keys.js';
export { isSilentLogger } from './silent-logger.js';
export type {
  CreateLoggerOptions,
  LogDestination,
  Logger,
  LoggerLike,
  LoggerOptions,
  LogLevel,
} from './types.js';
