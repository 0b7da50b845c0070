// The parent's side of a measured child: wait for its warm-up, snapshot the server's CPU around the
// measured part, and collect the child's result.
import { performance } from 'node:perf_hooks';
import { resultOf, startNodeChild } from '../lib/child-process.mjs';
import { machineBusyMs, otherLoadInCores } from '../lib/machine-load.mjs';
import { cpuMicrosBetween } from '../lib/stats.mjs';

/**
 * Runs `script` (load-run, capacity-run or request-cost) against `server` and resolves with the
 * child's result plus `serverCpuMicros`, the server process's CPU time over the measured part, and
 * `otherLoadCores`, how many cores other processes on the machine kept busy meanwhile (noise).
 * The child's result must carry `clientCpuMicros` for the latter.
 */
export async function runMeasured(script, run, server, { cpu, timeoutMs = 120_000 } = {}) {
  const child = startNodeChild(script, [JSON.stringify(run)], { cpu });
  try {
    await child.next('warmed', timeoutMs);
    const serverBefore = await server.cpuUsage();
    const busyBefore = machineBusyMs();
    const begin = performance.now();
    child.send({ type: 'go' });
    const result = resultOf(await child.next('result', timeoutMs));
    const elapsedMs = performance.now() - begin;
    const busyAfter = machineBusyMs();
    const serverCpuMicros = cpuMicrosBetween(serverBefore, await server.cpuUsage());
    const ownCpuMs = (serverCpuMicros + result.clientCpuMicros) / 1000;
    return {
      ...result,
      serverCpuMicros,
      otherLoadCores: otherLoadInCores(busyBefore, busyAfter, ownCpuMs, elapsedMs),
    };
  } finally {
    await child.stop();
  }
}
