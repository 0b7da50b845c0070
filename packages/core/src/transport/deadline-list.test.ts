import { describe, expect, it } from 'vitest';
import { Deadline } from './deadline.js';

const timeouts = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

describe('deadlines of one length share one timer', () => {
  it('expires each on time, in order, skipping those cleared, with a single timer for them all', async () => {
    const before = timeouts();
    const started = performance.now();
    const expired: [number, number][] = [];
    const deadlines = Array.from({ length: 200 }, (_, index) => {
      const deadline = new Deadline(
        157,
        undefined,
        () => void expired.push([index, performance.now() - started]),
      );
      return deadline;
    });
    expect(timeouts() - before).toBe(1);
    for (const [index, deadline] of deadlines.entries()) if (index % 2 === 0) deadline.clear();
    await new Promise((resolve) => setTimeout(resolve, 260));

    expect(expired.map(([index]) => index)).toEqual(Array.from({ length: 100 }, (_, index) => index * 2 + 1));
    for (const [, ms] of expired) {
      expect(ms).toBeGreaterThanOrEqual(157);
      expect(ms).toBeLessThan(157 + 60);
    }
    expect(deadlines.filter((deadline) => deadline.timedOut())).toHaveLength(100);
    // Its timer is gone (other timers may have come and gone meanwhile).
    expect(timeouts()).toBeLessThanOrEqual(before);
  });

  it('lets go of its timer once every deadline is cleared, so nothing keeps the process alive', () => {
    const before = timeouts();
    const deadlines = Array.from({ length: 5 }, () => new Deadline(60_000, undefined, () => {}));
    expect(timeouts() - before).toBe(1);
    for (const deadline of deadlines) deadline.clear();
    expect(timeouts()).toBe(before);
    // Clearing twice is harmless.
    deadlines[0]?.clear();
    expect(timeouts()).toBe(before);
  });

  it('times deadlines of different lengths apart', async () => {
    const fired: number[] = [];
    new Deadline(120, undefined, () => void fired.push(120));
    new Deadline(40, undefined, () => void fired.push(40));
    await new Promise((resolve) => setTimeout(resolve, 180));
    expect(fired).toEqual([40, 120]);
  });
});
