// One measured run in a fresh process: one client, one server. Warms up, tells the parent (which
// then snapshots the server's CPU), and measures this process's throughput, CPU and latency.
import { performance } from 'node:perf_hooks';
import { nextFromParent, runAsChild, tellParent } from '../lib/child-side.mjs';
import { drive } from '../lib/drive.mjs';
import { cpuMicrosBetween, percentileOfSorted } from '../lib/stats.mjs';
import { loadOperation } from './clients.mjs';

runAsChild(async () => {
  const run = JSON.parse(process.argv[2]);
  const operation = await loadOperation(run.client, run.target, { clientAModule: run.clientAModule });
  const warm = await drive((index) => operation(`warm-${index}`), {
    concurrency: run.concurrency,
    count: run.warmup,
    deadline: performance.now() + (run.maxSeconds * 1000) / 4,
  });
  if (typeof warm.lastResult !== 'string' || warm.lastResult.length === 0)
    throw new Error(`client ${run.client} resolved without a payment id`);
  await tellParent({ type: 'warmed' });
  await nextFromParent('go');

  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const measured = await drive((index) => operation(index), {
    concurrency: run.concurrency,
    count: run.operations,
    deadline: begin + run.maxSeconds * 1000,
  });
  const elapsedMs = performance.now() - begin;
  const cpuMicros = cpuMicrosBetween(cpuBefore, process.cpuUsage());
  const sorted = measured.latencies.slice().sort();
  return {
    operations: measured.answered,
    elapsedMs,
    operationsPerSecond: measured.answered / (elapsedMs / 1000),
    clientCpuMicros: cpuMicros,
    cpuMicrosPerOperation: cpuMicros / measured.answered,
    p50Ms: percentileOfSorted(sorted, 50),
    p99Ms: percentileOfSorted(sorted, 99),
  };
});
