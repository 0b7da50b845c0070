import { describe, expect, it } from 'vitest';
import { validatePostalAddress } from './postal-address.js';

// CPU milliseconds per run (other processes' load does not count): repeated until the clock resolves.
function cpuMsPerRun(run: () => void): number {
  let runs = 0;
  let spent = 0;
  const started = process.cpuUsage();
  do {
    run();
    runs++;
    const used = process.cpuUsage(started);
    spent = (used.user + used.system) / 1000;
  } while (spent < 20);
  return spent / runs;
}

// How much longer a run takes on an input 4 times larger (two doublings): about 4 for linear time,
// 16 for quadratic. Warmed up first and interleaved, taking the best of several rounds of each.
function growthOver4x(run: (size: number) => () => void, size: number): number {
  const small = run(size);
  const large = run(size * 4);
  small();
  large();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 4; round++) {
    bestSmall = Math.min(bestSmall, cpuMsPerRun(small));
    bestLarge = Math.min(bestLarge, cpuMsPerRun(large));
  }
  return bestLarge / bestSmall;
}

describe('validatePostalAddress', () => {
  it('drops trailing spaces and commas, and lines that are nothing else', () => {
    const address = validatePostalAddress({
      address_line_1: 'A Person , ,',
      address_line_2: ', , ',
      address_line_3: '1 Street ,',
      address_line_4: 'sw1a1aa',
    });
    expect(address.lines).toEqual(['A Person', '1 Street', 'SW1A 1AA']);
  });

  it('reads a line of many spaces and commas in linear time', () => {
    const growth = growthOver4x((size) => {
      const personalisation = {
        address_line_1: `Flat 1${' ,'.repeat(size / 2)}x`,
        address_line_2: '1 Street',
        address_line_3: 'SW1A 1AA',
      };
      return () => validatePostalAddress(personalisation);
    }, 64_000);
    expect(growth).toBeLessThan(10);
  });
});
