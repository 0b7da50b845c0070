// One measured run in a fresh process: one client, one server, one concurrency. Warms up, tells
// the parent (which then snapshots the server's CPU), and measures throughput, CPU and latency of
// this process alone.
import { performance } from 'node:perf_hooks';
import { nextFromParent, runAsChild, tellParent } from '../lib/child-side.mjs';
import { drive } from '../lib/drive.mjs';
import { cpuMicrosBetween, percentileOfSorted } from '../lib/stats.mjs';
import { warmSender } from './warm-sender.mjs';

runAsChild(async () => {
  const run = JSON.parse(process.argv[2]);
  const send = await warmSender(run, (run.maxSeconds * 1000) / 4);

  await tellParent({ type: 'warmed' });
  await nextFromParent('go');

  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const measured = await drive((index) => send(`bench-${index}`), {
    concurrency: run.concurrency,
    count: run.sends,
    deadline: begin + run.maxSeconds * 1000,
  });
  const elapsedMs = performance.now() - begin;
  const cpuMicros = cpuMicrosBetween(cpuBefore, process.cpuUsage());
  const sorted = measured.latencies.slice().sort();

  return {
    sends: measured.answered,
    elapsedMs,
    sendsPerSecond: measured.answered / (elapsedMs / 1000),
    clientCpuMicros: cpuMicros,
    cpuMicrosPerSend: cpuMicros / measured.answered,
    cpuUtilisation: cpuMicros / 1000 / elapsedMs,
    p50Ms: percentileOfSorted(sorted, 50),
    p99Ms: percentileOfSorted(sorted, 99),
    truncated: measured.answered < run.sends,
  };
});
