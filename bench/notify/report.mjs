// The markdown report: what the bench prints, ready to paste into bench/README.md.
import { formatNumber, formatRatio, markdownTable } from '../lib/format.mjs';

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
      `A = ${environment.clients.A}, B = ${environment.clients.B}, C = ${environment.clients.C}; every send to ${settings.recipient}.`,
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
        'sends',
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
        n(row.sends),
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
  if (summary.paired.length > 0) {
    lines.push(
      `### Alternating slices: A and C warmed once, then ${settings.paired.slices} pairs of slices of ` +
        `${n(settings.paired.sendsPerSlice)} sends at c=${settings.paired.concurrency} against one stub (medians)`,
    );
    lines.push('');
    lines.push(
      markdownTable(
        ['client', 'slices', 'sends/s', 'client CPU µs/send'],
        summary.paired.map((row) => [row.client, row.slices, n(row.sendsPerSecond), n(row.cpuMicrosPerSend)]),
      ),
    );
    lines.push('');
  }
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
    `### Server capacity: each server on one core, c=64, undici request with a reused token (median of ${settings.rounds})`,
  );
  lines.push('');
  lines.push(
    markdownTable(
      [
        'server',
        'sends',
        'sends/s',
        'server CPU µs/send',
        'server CPU use',
        'hammer CPU µs/send',
        'other load (cores)',
      ],
      summary.serverCapacity.map((row) => [
        row.server,
        n(row.requests),
        n(row.requestsPerSecond),
        n(row.serverCpuMicrosPerRequest),
        `${Math.round(row.serverCpuUtilisation * 100)}%`,
        n(row.clientCpuMicrosPerRequest),
        n(row.otherLoadCores),
      ]),
    ),
  );
  lines.push('');
  lines.push('### A ÷ B and A ÷ C (median of per-round ratios; of per-pair ratios for the slices)');
  lines.push('');
  lines.push(
    markdownTable(
      ['measure', 'server', 'ratio', 'target', 'verdict'],
      summary.ratios.map((row) => [
        row.label,
        row.server,
        `${formatRatio(row.ratio)}×`,
        `${row.better === 'higher' ? '≥' : '≤'} ${row.target}×`,
        row.verdict,
      ]),
    ),
  );
  lines.push('');
  lines.push(
    'Verdicts judge the clients’ own cost, which the stub shows, at c=64. Against the sandbox both ' +
      'clients wait on the emulator (see its capacity above); at c=1 every send also pays a whole ' +
      'event-loop round trip, which bench/transport measures for bare undici.',
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
