import { performance } from 'node:perf_hooks';

/**
 * Calls `send(index)` `count` times with `concurrency` calls in flight, stopping early at
 * `deadline` (a `performance.now()` value) so a slow client cannot stretch a run without bound.
 * Resolves with how many were answered, each one's latency in ms, and the last call's result. Any
 * failed call fails the run: a benchmark whose calls fail measures the failure path.
 */
export async function drive(send, { concurrency, count, deadline }) {
  const latencies = new Float64Array(count);
  let started = 0;
  let answered = 0;
  let lastResult;
  const worker = async () => {
    while (started < count && performance.now() < deadline) {
      const index = started++;
      const begin = performance.now();
      lastResult = await send(index);
      latencies[index] = performance.now() - begin;
      answered++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { answered, latencies: latencies.subarray(0, answered), lastResult };
}
