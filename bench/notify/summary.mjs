// Turns raw runs into medians and A ÷ B ratios with their targets.
import { median } from '../lib/stats.mjs';
import { clientA, clientB } from './clients.mjs';
import { sandboxServer, stubServer } from './servers.mjs';

const loadMetrics = [
  'sends',
  'sendsPerSecond',
  'cpuMicrosPerSend',
  'p50Ms',
  'p99Ms',
  'serverCpuMicrosPerSend',
  'otherLoadCores',
];
const coldMetrics = ['loadMs', 'firstSendMs', 'totalMs', 'sinceProcessStartMs'];
const capacityMetrics = [
  'requests',
  'requestsPerSecond',
  'serverCpuMicrosPerRequest',
  'serverCpuUtilisation',
  'clientCpuMicrosPerRequest',
  'otherLoadCores',
];

const medianOf = (records, metric) => median(records.map((record) => record[metric]));
const mediansOf = (records, metrics) =>
  Object.fromEntries(metrics.map((metric) => [metric, medianOf(records, metric)]));
const distinct = (values) => [...new Set(values)];

/**
 * A ÷ B of one metric, as the median of per-round ratios: A and B of a round ran back to back,
 * so each ratio sees the same machine conditions and drift between rounds cancels out.
 */
function roundRatio(loadRuns, server, concurrency, metric) {
  const rounds = distinct(loadRuns.map((run) => run.round));
  const ratios = rounds.flatMap((round) => {
    const pick = (client) =>
      loadRuns.find(
        (run) =>
          run.round === round &&
          run.server === server &&
          run.concurrency === concurrency &&
          run.client === client,
      );
    const a = pick(clientA);
    const b = pick(clientB);
    return a && b ? [a[metric] / b[metric]] : [];
  });
  return median(ratios);
}

const targets = {
  throughput: { label: 'sends/s at c=64, A ÷ B', target: 5, better: 'higher' },
  cpu: { label: 'CPU per send, A ÷ B', target: 0.2, better: 'lower' },
  coldStart: { label: 'cold start, A ÷ B', target: 1, better: 'lower' },
};

// The targets judge the clients' own cost, which only the stub shows, at c=64 as the targets say.
// Against the emulator both clients wait on the server; at c=1 each send also pays a whole
// event-loop round trip that no client avoids. Those ratios are printed for information.
function verdict(ratio, { target, better }, judged = true) {
  if (Number.isNaN(ratio)) return '–';
  if (!judged) return 'for information';
  return (better === 'higher' ? ratio >= target : ratio <= target) ? 'PASS' : 'MISS';
}

/** Medians per (server, concurrency, client), cold start and capacity, and the ratios with verdicts. */
export function summarise({ loadRuns, coldStartSamples, capacity }) {
  const load = [];
  for (const server of distinct(loadRuns.map((run) => run.server))) {
    for (const concurrency of distinct(loadRuns.map((run) => run.concurrency))) {
      for (const client of [clientA, clientB]) {
        const runs = loadRuns.filter(
          (run) => run.server === server && run.concurrency === concurrency && run.client === client,
        );
        if (runs.length > 0)
          load.push({
            server,
            concurrency,
            client,
            rounds: runs.length,
            truncated: runs.some((run) => run.truncated),
            ...mediansOf(runs, loadMetrics),
          });
      }
    }
  }

  const coldStart = [clientA, clientB].map((client) => {
    const samples = coldStartSamples.filter((sample) => sample.client === client);
    return { client, samples: samples.length, ...mediansOf(samples, coldMetrics) };
  });

  const serverCapacity = distinct(capacity.map((run) => run.server)).map((server) => {
    const runs = capacity.filter((run) => run.server === server);
    return { server, rounds: runs.length, ...mediansOf(runs, capacityMetrics) };
  });

  const ratios = [];
  for (const server of [stubServer, sandboxServer]) {
    if (!loadRuns.some((run) => run.server === server)) continue;
    const throughput = roundRatio(loadRuns, server, 64, 'sendsPerSecond');
    ratios.push({
      ...targets.throughput,
      server,
      ratio: throughput,
      verdict: verdict(throughput, targets.throughput, server === stubServer),
    });
    for (const concurrency of [64, 1]) {
      const cpu = roundRatio(loadRuns, server, concurrency, 'cpuMicrosPerSend');
      ratios.push({
        ...targets.cpu,
        label: `${targets.cpu.label} at c=${concurrency}`,
        server,
        ratio: cpu,
        verdict: verdict(cpu, targets.cpu, server === stubServer && concurrency === 64),
      });
    }
  }
  const [coldA, coldB] = coldStart;
  const coldRatio = coldA.totalMs / coldB.totalMs;
  ratios.push({
    ...targets.coldStart,
    server: stubServer,
    ratio: coldRatio,
    verdict: verdict(coldRatio, targets.coldStart),
  });

  return { load, coldStart, serverCapacity, ratios };
}
