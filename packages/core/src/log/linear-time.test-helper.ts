import { expect } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';

// CPU milliseconds per run (other processes' load does not count), repeated until the clock resolves.
function cpuMsPerRun(run: () => void): number {
  let runs = 0;
  let spent = 0;
  const started = process.cpuUsage();
  do {
    run();
    runs++;
    const used = process.cpuUsage(started);
    spent = (used.user + used.system) / 1000;
  } while (spent < 8);
  return spent / runs;
}

/**
 * How much longer `run` takes on an input 4 times larger (two doublings): about 4 for linear time,
 * 16 for quadratic. Warmed up first and interleaved, taking the best of several rounds of each.
 */
export function growthOver4x(make: (size: number) => () => void, size: number): number {
  const small = make(size);
  const large = make(size * 4);
  small();
  large();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    bestSmall = Math.min(bestSmall, cpuMsPerRun(small));
    bestLarge = Math.min(bestLarge, cpuMsPerRun(large));
  }
  return bestLarge / bestSmall;
}

/** Calls `run`, letting it return or throw a councilkit error; anything else fails the test. */
export function returnsOrThrowsTyped(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!CouncilKitError.isInstance(error)) {
      throw new Error(`threw an untyped error: ${String(error)}`.slice(0, 300));
    }
  }
}

/** Text shaped to make backtracking patterns and naive loops work hardest, repeated to `size`. */
export const adversarialUnits: readonly string[] = [
  'a',
  '2 ',
  ' ,',
  '(0-',
  '4111 ',
  'a@.',
  '"a":"\\',
  'bearer key=eyJa.',
  '\t\n\u00a0\u2028',
  '+44££,.1\u{1F600}',
];

export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Checks a text-taking function against every adversarial shape: growth over two doublings up to
 * `largest` characters stays linear, and no input makes it throw anything but a councilkit error.
 */
export function expectLinearAndTyped(call: (text: string) => unknown, largest = 1_048_576): void {
  for (const unit of adversarialUnits) {
    const measure = () =>
      growthOver4x((size) => {
        const text = repeatTo(unit, size);
        return () => returnsOrThrowsTyped(() => call(text));
      }, largest / 4);
    // A garbage collection of a megabyte-sized string can land in one measurement (a growth of 14
    // has been seen once on a busy machine); quadratic work is slow every time, so measure again
    // before calling it that.
    let growth = measure();
    if (growth >= 10) growth = Math.min(growth, measure());
    expect(growth, `input ${JSON.stringify(unit)} repeated`).toBeLessThan(10);
  }
}
