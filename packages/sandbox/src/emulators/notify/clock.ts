import { invalidArgument } from '../../errors.js';

/** The emulator's sense of time: a base clock plus an offset tests move with `advanceTime`. */
export interface EmulatorClock {
  now(): Date;
  /** Moves the clock forward; negative values are refused so statuses never go backwards. */
  advance(milliseconds: number): void;
  /** True when time comes from a caller's clock, so real timers cannot predict it. */
  readonly isCustom: boolean;
}

/** Makes a clock over `base` (the real clock unless given) that `advance` moves forward. */
export function createEmulatorClock(base?: () => Date): EmulatorClock {
  let offset = 0;
  const read = base ?? (() => new Date());
  return {
    now: () => new Date(read().getTime() + offset),
    advance(milliseconds) {
      if (!Number.isFinite(milliseconds) || milliseconds < 0) {
        throw invalidArgument('milliseconds', 'must be a finite number >= 0');
      }
      offset += milliseconds;
    },
    isCustom: base !== undefined,
  };
}
