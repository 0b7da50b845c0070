// The Pay benchmark: @councilkit/pay-govuk (A) against a plain fetch client written as a council
// would (B; GOV.UK Pay has no official Node client), each creating a payment and reading it back,
// against a minimal stub and against the sandbox's GOV.UK Pay emulator. Every server and client runs
// in a process of its own, pinned to its own core where possible. Reports ratios measured in the same
// run, and what the emulator can serve on one core. Progress goes to stderr, the report to stdout.
//
//   npm run build && node bench/pay/run.mjs [--operations 800] [--concurrency 8] [--rounds 2] [--max-seconds 4] [--no-pin]
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseOptions, positiveIntegerOption } from '../lib/args.mjs';
import { resultOf, startNodeChild } from '../lib/child-process.mjs';
import { cpuLayout } from '../lib/cpu-pinning.mjs';
import { formatNumber, markdownTable } from '../lib/format.mjs';
import { importBuilt } from '../lib/import-built.mjs';
import { machineBusyMs, otherLoadInCores } from '../lib/machine-load.mjs';
import { cpuMicrosBetween, median } from '../lib/stats.mjs';
import { clientA, clientB, clientNames } from './clients.mjs';
import { sandboxServer, startServer, stubServer } from './servers.mjs';

const progress = (line) => process.stderr.write(`${line}\n`);
const loadRunScript = fileURLToPath(new URL('./load-run.mjs', import.meta.url));

const options = parseOptions(process.argv.slice(2));
const settings = {
  operations: positiveIntegerOption(options, 'operations', 800),
  warmup: positiveIntegerOption(options, 'warmup', 200),
  concurrency: positiveIntegerOption(options, 'concurrency', 8),
  rounds: positiveIntegerOption(options, 'rounds', 2),
  maxSecondsPerRun: positiveIntegerOption(options, 'max-seconds', 4),
  clientAModule: '@councilkit/pay-govuk',
  sandboxModule: '@councilkit/sandbox',
};
const layout = cpuLayout({ pin: options['no-pin'] !== true });

/** One client against a fresh server, the server's CPU read around the measured part only. */
async function measuredRun(serverKind, client, round) {
  const server = await startServer(serverKind, {
    cpu: layout.serverCpu,
    sandboxModule: settings.sandboxModule,
  });
  const run = {
    client,
    clientAModule: settings.clientAModule,
    target: server.target,
    concurrency: settings.concurrency,
    warmup: settings.warmup,
    operations: settings.operations,
    maxSeconds: settings.maxSecondsPerRun,
  };
  const child = startNodeChild(loadRunScript, [JSON.stringify(run)], { cpu: layout.clientCpu });
  try {
    await child.next('warmed', 60_000);
    const serverBefore = await server.cpuUsage();
    const busyBefore = machineBusyMs();
    const begin = performance.now();
    child.send({ type: 'go' });
    const result = resultOf(await child.next('result', 60_000));
    const elapsedMs = performance.now() - begin;
    const serverCpuMicros = cpuMicrosBetween(serverBefore, await server.cpuUsage());
    const record = {
      round,
      server: serverKind,
      client,
      ...result,
      serverCpuMicros,
      otherLoadCores: otherLoadInCores(
        busyBefore,
        machineBusyMs(),
        (serverCpuMicros + result.clientCpuMicros) / 1000,
        elapsedMs,
      ),
    };
    progress(
      `  round ${round} ${serverKind} ${client}: ${Math.round(record.operationsPerSecond)} create+read/s, ` +
        `${record.cpuMicrosPerOperation.toFixed(0)} µs client CPU each, p99 ${record.p99Ms.toFixed(2)} ms` +
        (record.otherLoadCores > 0.25
          ? `, other processes busy ${record.otherLoadCores.toFixed(2)} cores`
          : ''),
    );
    return record;
  } finally {
    await child.stop();
    await server.stop();
  }
}

async function main() {
  await importBuilt(settings.clientAModule);
  await importBuilt(settings.sandboxModule);
  progress(
    `Pay bench: ${settings.rounds} rounds × ${settings.operations} create+read at concurrency ${settings.concurrency}; ` +
      (layout.pinned
        ? `server on CPU ${layout.serverCpu}, client on CPU ${layout.clientCpu}`
        : `not pinned (${layout.reason})`),
  );
  const runs = [];
  for (let round = 1; round <= settings.rounds; round++) {
    // Alternating who goes first spreads slow drifts in the machine's load over both clients.
    const clients = round % 2 === 1 ? [clientA, clientB] : [clientB, clientA];
    for (const serverKind of [stubServer, sandboxServer])
      for (const client of clients) runs.push(await measuredRun(serverKind, client, round));
  }

  const of = (serverKind, client, field) =>
    median(runs.filter((run) => run.server === serverKind && run.client === client).map((run) => run[field]));
  const rows = [stubServer, sandboxServer].map((serverKind) => {
    const throughputA = of(serverKind, clientA, 'operationsPerSecond');
    const throughputB = of(serverKind, clientB, 'operationsPerSecond');
    const cpuA = of(serverKind, clientA, 'cpuMicrosPerOperation');
    const cpuB = of(serverKind, clientB, 'cpuMicrosPerOperation');
    return [
      serverKind,
      formatNumber(throughputA),
      formatNumber(throughputB),
      `**${formatNumber(throughputA / throughputB)}×**`,
      formatNumber(cpuA),
      formatNumber(cpuB),
      `**${formatNumber(cpuA / cpuB)}×**`,
      `${formatNumber(of(serverKind, clientA, 'p99Ms'))} / ${formatNumber(of(serverKind, clientB, 'p99Ms'))}`,
    ];
  });
  // Each operation is two requests (create, read); the emulator's CPU per request says what one core of it serves.
  const sandboxRuns = runs.filter((run) => run.server === sandboxServer);
  const requestsPerCpuSecond = median(
    sandboxRuns.map((run) => (2 * run.operations) / (run.serverCpuMicros / 1e6)),
  );
  const observedRequestsPerSecond = median(sandboxRuns.map((run) => 2 * run.operationsPerSecond));
  const otherLoad = median(runs.map((run) => run.otherLoadCores ?? 0));

  const report = [
    '## GOV.UK Pay: create a payment and read it back',
    '',
    `A = ${clientNames[clientA]}, B = ${clientNames[clientB]}. Medians of ${settings.rounds} rounds at concurrency ${settings.concurrency}, each run up to ${settings.operations} operations or ${settings.maxSecondsPerRun} s (median ${formatNumber(median(runs.map((run) => run.operations)))} operations).`,
    '',
    markdownTable(
      [
        'server',
        'A ops/s',
        'B ops/s',
        'A/B throughput',
        'A µs CPU/op',
        'B µs CPU/op',
        'A/B CPU per op',
        'p99 ms A / B',
      ],
      rows,
    ),
    '',
    `The emulator served **${formatNumber(requestsPerCpuSecond)} requests per CPU-second** (what one core of it can take) and ` +
      `${formatNumber(observedRequestsPerSecond)} requests/s as driven here (median of its runs).`,
    '',
    `Other processes kept a median of ${formatNumber(otherLoad)} cores busy while measuring: compare the ratios, not the absolute numbers.`,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  const resultsDirectory = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(resultsDirectory, { recursive: true });
  writeFileSync(`${resultsDirectory}pay.json`, JSON.stringify({ settings, layout, runs }, null, 2));
}

main().catch((error) => {
  progress(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
