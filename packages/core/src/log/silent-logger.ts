import type { Logger } from './types.js';

function ignore(): void {}

/** The logger used when the caller asked for no logging: every call returns at once. */
export const silentLogger: Logger = Object.freeze({
  error: ignore,
  warn: ignore,
  info: ignore,
  debug: ignore,
  child: (): Logger => silentLogger,
});

/** True for the logger that logs nothing, so hot paths can skip building log fields at all. */
export function isSilentLogger(logger: Logger | undefined): boolean {
  return logger === undefined || logger === silentLogger;
}
