// One cold-start sample in a fresh process: the time from loading a client to its first send
// being answered, which is what a serverless function pays on a cold invocation.
import { performance } from 'node:perf_hooks';
import { runAsChild } from '../lib/child-side.mjs';
import { loadSender } from './clients.mjs';

runAsChild(async () => {
  const run = JSON.parse(process.argv[2]);
  const begin = performance.now();
  const send = await loadSender(run.client, run.target, { clientAModule: run.clientAModule });
  const loaded = performance.now();
  const id = await send('cold-start');
  const answered = performance.now();
  if (typeof id !== 'string' || id.length === 0)
    throw new Error(`client ${run.client} resolved without an id`);
  return {
    // Node's own start-up and this script's few imports, the same for both clients.
    bootMs: begin,
    loadMs: loaded - begin,
    firstSendMs: answered - loaded,
    totalMs: answered - begin,
    sinceProcessStartMs: answered,
  };
});
