// Turns raw runs into medians, A ÷ B ratios with their targets, and a markdown report.
import { formatNumber, markdownTable } from '../lib/format.mjs';
import { median } from '../lib/stats.mjs';
import { clientA, clientB } from './clients.mjs';
import { sandboxServer, stubServer } from './servers.mjs';

const loadMetrics = [
  'sendsPerSecond',
  'cpuMicrosPerSend',
  'p50Ms',
  'p99Ms',
  'serverCpuMicrosPerSend',
  'otherLoadCores',
];
const coldMetrics = ['loadMs', 'firstSendMs', 'totalMs', 'sinceProcessStartMs'];
const capacityMetrics = [
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

function verdict(ratio, { target, better }) {
  if (Number.isNaN(ratio)) return '–';
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
      verdict: verdict(throughput, targets.throughput),
    });
    for (const concurrency of [64, 1]) {
      const cpu = roundRatio(loadRuns, server, concurrency, 'cpuMicrosPerSend');
      ratios.push({
        ...targets.cpu,
        label: `${targets.cpu.label} at c=${concurrency}`,
        server,
        ratio: cpu,
        verdict: verdict(cpu, targets.cpu),
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

/** The whole report as markdown, ready to paste into bench/README.md. */
export function renderReport(report) {
  const { environment, settings, summary, durationSeconds } = report;
  const n = formatNumber;
  const lines = [];
  lines.push(`## Notify bench, ${environment.date}`);
  lines.push('');
  lines.push(
    `Node ${environment.node}, ${environment.platform}, ${environment.cpus} × ${environment.cpu}; ` +
      `pinning: ${typeof environment.pinning === 'string' ? environment.pinning : `servers on CPU ${environment.pinning.server}, clients on CPU ${environment.pinning.client}`}; ` +
      `${settings.rounds} round(s)${settings.quick ? ' (--quick)' : ''}; ${durationSeconds.toFixed(0)} s. ` +
      `A = ${environment.clients.A}, B = ${environment.clients.B}; every send to ${settings.recipient}.`,
  );
  lines.push('');
  lines.push(
    `### Sending one email (median of ${settings.rounds} round(s); each run a fresh client and server process)`,
  );
  lines.push('');
  lines.push(
    markdownTable(
      [
        'server',
        'concurrency',
        'client',
        'sends/s',
        'client CPU µs/send',
        'p50 ms',
        'p99 ms',
        'server CPU µs/send',
        'other load (cores)',
      ],
      summary.load.map((row) => [
        row.server,
        row.concurrency,
        row.client,
        row.truncated ? `${n(row.sendsPerSecond)} *` : n(row.sendsPerSecond),
        n(row.cpuMicrosPerSend),
        n(row.p50Ms),
        n(row.p99Ms),
        n(row.serverCpuMicrosPerSend),
        n(row.otherLoadCores),
      ]),
    ),
  );
  if (summary.load.some((row) => row.truncated)) {
    lines.push('');
    lines.push(
      `\\* the ${settings.maxSecondsPerRun} s cap ended a run of this row before all its sends were made.`,
    );
  }
  lines.push('');
  lines.push(
    `### Cold start: load the client, build it, first send answered (median of ${settings.coldSamples} processes)`,
  );
  lines.push('');
  lines.push(
    markdownTable(
      [
        'client',
        'load + construct ms',
        'first send ms',
        'load → first answer ms',
        'process start → first answer ms',
      ],
      summary.coldStart.map((row) => [
        row.client,
        n(row.loadMs),
        n(row.firstSendMs),
        n(row.totalMs),
        n(row.sinceProcessStartMs),
      ]),
    ),
  );
  lines.push('');
  lines.push(
    `### Server capacity: each server on one core, c=${settings.capacity.concurrency}, undici request with a reused token (median of ${settings.rounds})`,
  );
  lines.push('');
  lines.push(
    markdownTable(
      [
        'server',
        'sends/s',
        'server CPU µs/send',
        'server CPU use',
        'hammer CPU µs/send',
        'other load (cores)',
      ],
      summary.serverCapacity.map((row) => [
        row.server,
        n(row.requestsPerSecond),
        n(row.serverCpuMicrosPerRequest),
        `${Math.round(row.serverCpuUtilisation * 100)}%`,
        n(row.clientCpuMicrosPerRequest),
        n(row.otherLoadCores),
      ]),
    ),
  );
  lines.push('');
  lines.push('### A ÷ B (median of per-round ratios)');
  lines.push('');
  lines.push(
    markdownTable(
      ['measure', 'server', 'ratio', 'target', 'verdict'],
      summary.ratios.map((row) => [
        row.label,
        row.server,
        `${n(row.ratio)}×`,
        `${row.better === 'higher' ? '≥' : '≤'} ${row.target}×`,
        row.verdict,
      ]),
    ),
  );
  const noisiest = Math.max(
    ...report.raw.loadRuns.concat(report.raw.capacity).map((run) => run.otherLoadCores ?? 0),
  );
  if (noisiest > 0.25) {
    lines.push('');
    lines.push(
      `Note: other processes kept up to ${noisiest.toFixed(2)} cores busy during some runs (column "other load"); ` +
        'sends/s and latency of those runs are unreliable, CPU per send less so. Rerun on a quiet machine or with --wait-for-quiet.',
    );
  }
  return lines.join('\n');
}
