// One client kept warm in its own process, measuring a slice of sends each time the parent says
// 'go'. The parent alternates two of these (A and C) slice by slice, so both see the same machine:
// this VM's speed drifts by up to 1.7× over tens of seconds, far more than the difference measured.
import { performance } from 'node:perf_hooks';
import { nextFromParent, runAsChild, tellParent } from '../lib/child-side.mjs';
import { drive } from '../lib/drive.mjs';
import { cpuMicrosBetween } from '../lib/stats.mjs';
import { warmSender } from './warm-sender.mjs';

runAsChild(async () => {
  const run = JSON.parse(process.argv[2]);
  const send = await warmSender(run, run.maxSeconds * 1000);
  await tellParent({ type: 'warmed' });
  // Slices until the parent says 'stop' (runAsChild exits on it).
  for (let slice = 0; ; slice++) {
    await nextFromParent('go');
    const cpuBefore = process.cpuUsage();
    const begin = performance.now();
    const measured = await drive((index) => send(`slice-${slice}-${index}`), {
      concurrency: run.concurrency,
      count: run.sends,
      deadline: begin + run.maxSeconds * 1000,
    });
    const elapsedMs = performance.now() - begin;
    const cpuMicros = cpuMicrosBetween(cpuBefore, process.cpuUsage());
    await tellParent({
      type: 'slice',
      sends: measured.answered,
      elapsedMs,
      sendsPerSecond: measured.answered / (elapsedMs / 1000),
      cpuMicrosPerSend: cpuMicros / measured.answered,
    });
  }
});
