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

  it('keeps time for the rest when a deadline running out starts another of the same length', async () => {
    const started = performance.now();
    let lateFiredAt = 0;
    // The first one's timeout starts a new request with the same deadline, as a caller retrying
    // straight away would; the one set 40 ms after it must still run out on time, not with the new one.
    new Deadline(150, undefined, () => void new Deadline(150, undefined, () => {}));
    await new Promise((resolve) => setTimeout(resolve, 40));
    new Deadline(150, undefined, () => {
      lateFiredAt = performance.now() - started;
    });
    await new Promise((resolve) => setTimeout(resolve, 260));
    expect(lateFiredAt).toBeGreaterThanOrEqual(190);
    expect(lateFiredAt).toBeLessThan(190 + 60);
  });

  it('still runs out the rest when one deadline teardown throws', async () => {
    // The throw goes on from the timer, as uncaught as it was from a request's own timer: caught
    // here so the test run does not count it.
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    const thrown: unknown[] = [];
    process.on('uncaughtException', (error) => thrown.push(error));
    try {
      let second = false;
      new Deadline(133, undefined, () => {
        throw new Error('teardown failed');
      });
      new Deadline(133, undefined, () => {
        second = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 220));
      expect(thrown).toHaveLength(1);
      expect(second).toBe(true);
    } finally {
      process.removeAllListeners('uncaughtException');
      for (const listener of listeners) process.on('uncaughtException', listener);
    }
  });
});
