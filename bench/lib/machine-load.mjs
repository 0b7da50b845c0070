import { readFileSync } from 'node:fs';

// The kernel counts CPU time in USER_HZ ticks, 100 a second on every Linux we run on.
const millisecondsPerTick = 10;

/**
 * Busy CPU time of the whole machine so far, in ms (Linux /proc/stat; undefined elsewhere).
 * Compared with what our own processes used over the same window, it shows how much CPU other
 * processes (or a VM's neighbours, through `steal`) took while we measured.
 */
export function machineBusyMs() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n', 1)[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return (user + nice + system + irq + softirq + (steal ?? 0)) * millisecondsPerTick;
  } catch {
    return undefined;
  }
}

/** Average number of cores other processes kept busy over a window, given our own CPU time in it. */
export function otherLoadInCores(busyBeforeMs, busyAfterMs, ownCpuMs, elapsedMs) {
  if (busyBeforeMs === undefined || busyAfterMs === undefined || elapsedMs <= 0) return undefined;
  return Math.max(0, busyAfterMs - busyBeforeMs - ownCpuMs) / elapsedMs;
}

/**
 * Waits (up to `maxWaitMs`) until other processes keep fewer than `thresholdCores` cores busy, so a
 * shared machine's bursts (a test run, a type-check) land between measurements rather than in
 * them. Resolves with the last load seen.
 */
export async function waitForQuiet({ maxWaitMs, thresholdCores = 0.3, onWait = () => {} }) {
  const start = Date.now();
  for (;;) {
    const before = machineBusyMs();
    const begin = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const load = otherLoadInCores(before, machineBusyMs(), 0, Date.now() - begin);
    if (load === undefined || load <= thresholdCores || Date.now() - start >= maxWaitMs) return load;
    onWait(load);
  }
}
