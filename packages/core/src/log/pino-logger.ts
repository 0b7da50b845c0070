import { createRequire } from 'node:module';
import type { LogDestination, LoggerLike, LogLevel } from './types.js';

/** A pino logger at `level` writing JSON lines to `destination`, or to stderr when there is none. */
export function createPinoLogger(
  level: Exclude<LogLevel, 'silent'>,
  destination?: LogDestination,
): LoggerLike {
  // Required here, not imported at the top: loading pino costs cold-start time on serverless hosts,
  // and a silent logger (the default) must not pay it.
  const pino = createRequire(import.meta.url)('pino') as typeof import('pino');
  // Synchronous writes to stderr: a serverless host freezes the process after the response, and
  // asynchronously queued lines would be lost.
  const stream = destination ?? pino.destination({ dest: 2, sync: true });
  // Errors arrive already redacted to plain data; pino's own error serializer would relabel them
  // `type: "Object"`, so it is replaced by one that keeps them as they are.
  return pino({ level, base: null, serializers: { err: keepAsIs } }, stream);
}

function keepAsIs(value: unknown): unknown {
  return value;
}
