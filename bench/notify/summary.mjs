// Turns raw runs into medians and A ÷ B and A ÷ C ratios with their targets.
import { median } from '../lib/stats.mjs';
import { clientA, clientB, clientC } from './clients.mjs';
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
 * A ÷ another client of one metric, as the median of per-round ratios: the clients of a round ran
 * back to back, so each ratio sees the same machine conditions and drift between rounds cancels out.
 */
function roundRatio(loadRuns, server, concurrency, metric, other = clientB) {
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
    const b = pick(other);
    return a && b ? [a[metric] / b[metric]] : [];
  });
  return median(ratios);
}

const targets = {
  throughput: { label: 'sends/s at c=64, A ÷ B', target: 5, better: 'higher' },
  // C is the practical limit: undici alone, nothing made per send.
  nearLimit: { label: 'sends/s at c=64, A ÷ C', target: 0.8, better: 'higher' },
  cpu: { label: 'CPU per send, A ÷ B', target: 0.2, better: 'lower' },
  cpuOverLimit: { label: 'CPU per send at c=64, A ÷ C', target: 1.25, better: 'lower' },
  coldStart: { label: 'cold start, A ÷ B', target: 0.5, better: 'lower' },
};

// The targets judge the clients' own cost, which only the stub shows, at c=64 as the targets say.
// Against the emulator both clients wait on the server; at c=1 each send also pays a whole
// event-loop round trip that no client avoids. Those ratios are printed for information.
function verdict(ratio, { target, better }, judged = true) {
  if (Number.isNaN(ratio)) return '–';
  if (!judged) return 'for information';
  return (better === 'higher' ? ratio >= target : ratio <= target) ? 'PASS' : 'MISS';
}

/** A ÷ C of one metric over the alternating slices, as the median of per-pair ratios. */
function pairRatio(slices, metric) {
  const pairs = distinct(slices.map((slice) => slice.pair));
  return median(
    pairs.flatMap((pair) => {
      const pick = (client) => slices.find((slice) => slice.pair === pair && slice.client === client);
      const a = pick(clientA);
      const c = pick(clientC);
      return a && c ? [a[metric] / c[metric]] : [];
    }),
  );
}

/** Medians per (server, concurrency, client), cold start and capacity, and the ratios with verdicts. */
export function summarise({ loadRuns, slices = [], coldStartSamples, capacity }) {
  const load = [];
  for (const server of distinct(loadRuns.map((run) => run.server))) {
    for (const concurrency of distinct(loadRuns.map((run) => run.concurrency))) {
      for (const client of [clientA, clientB, clientC]) {
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
    const nearLimit = roundRatio(loadRuns, server, 64, 'sendsPerSecond', clientC);
    ratios.push({
      ...targets.nearLimit,
      server,
      ratio: nearLimit,
      verdict: verdict(nearLimit, targets.nearLimit, server === stubServer),
    });
    const cpuOverLimit = roundRatio(loadRuns, server, 64, 'cpuMicrosPerSend', clientC);
    ratios.push({
      ...targets.cpuOverLimit,
      server,
      ratio: cpuOverLimit,
      verdict: verdict(cpuOverLimit, targets.cpuOverLimit, false),
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
  const paired = [clientA, clientC].flatMap((client) => {
    const own = slices.filter((slice) => slice.client === client);
    return own.length > 0
      ? [{ client, slices: own.length, ...mediansOf(own, ['sends', 'sendsPerSecond', 'cpuMicrosPerSend']) }]
      : [];
  });
  if (slices.length > 0) {
    const nearLimit = pairRatio(slices, 'sendsPerSecond');
    ratios.push({
      ...targets.nearLimit,
      label: `${targets.nearLimit.label}, alternating slices`,
      server: stubServer,
      ratio: nearLimit,
      verdict: verdict(nearLimit, targets.nearLimit),
    });
    const cpuOverLimit = pairRatio(slices, 'cpuMicrosPerSend');
    ratios.push({
      ...targets.cpuOverLimit,
      label: `${targets.cpuOverLimit.label}, alternating slices`,
      server: stubServer,
      ratio: cpuOverLimit,
      verdict: verdict(cpuOverLimit, targets.cpuOverLimit, false),
    });
  }
  // With --compare-sandbox: the emulator's CPU per stored send, this build ÷ the compared one, per round.
  const emulatorRatios = distinct(capacity.map((run) => run.round)).flatMap((round) => {
    const pick = (server) => capacity.find((run) => run.round === round && run.server === server);
    const now = pick(sandboxServer);
    const before = pick('sandbox (compared build)');
    return now && before ? [now.serverCpuMicrosPerRequest / before.serverCpuMicrosPerRequest] : [];
  });
  if (emulatorRatios.length > 0) {
    const ratio = median(emulatorRatios);
    ratios.push({
      label: 'emulator CPU per stored send, this build ÷ compared build',
      server: sandboxServer,
      ratio,
      target: 0.5,
      better: 'lower',
      verdict: verdict(ratio, { target: 0.5, better: 'lower' }),
    });
  }
  const [coldA, coldB] = coldStart;
  const coldRatio = coldA.totalMs / coldB.totalMs;
  ratios.push({
    ...targets.coldStart,
    server: stubServer,
    ratio: coldRatio,
    verdict: verdict(coldRatio, targets.coldStart),
  });

  return { load, paired, coldStart, serverCapacity, ratios };
}
