// A measured child's first step: its client loaded, built and warmed up.
import { performance } from 'node:perf_hooks';
import { drive } from '../lib/drive.mjs';
import { loadSender } from './clients.mjs';

/**
 * Loads and builds `run.client`, then sends `run.warmup` emails at `run.concurrency` (stopping at
 * `warmupMs`), so V8 has optimised it before anything is measured. Fails if a send resolves
 * without an id: a warm-up that fails would measure the failure path.
 */
export async function warmSender(run, warmupMs) {
  const send = await loadSender(run.client, run.target, { clientAModule: run.clientAModule });
  const warm = await drive((index) => send(`warm-${index}`), {
    concurrency: run.concurrency,
    count: run.warmup,
    deadline: performance.now() + warmupMs,
  });
  if (typeof warm.lastResult !== 'string' || warm.lastResult.length === 0) {
    throw new Error(`client ${run.client} resolved without a notification id`);
  }
  return send;
}
