// Transport figures for choosing how @councilkit/core loads and sends: the load cost of candidate
// modules (each in fresh processes) and the CPU per request of undici, node:http and global fetch
// against the Notify stub. Progress to stderr, markdown to stdout, JSON to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions, positiveIntegerOption } from '../lib/args.mjs';
import { runNodeChild } from '../lib/child-process.mjs';
import { cpuLayout } from '../lib/cpu-pinning.mjs';
import { markdownTable, formatNumber as n } from '../lib/format.mjs';
import { waitForQuiet } from '../lib/machine-load.mjs';
import { median } from '../lib/stats.mjs';
import { runMeasured } from '../notify/measured-run.mjs';
import { startServer, stubServer } from '../notify/servers.mjs';
import { firstRequestLoaders } from './first-request.mjs';
import { loaders } from './import-cost.mjs';
import { transportNames } from './request-cost.mjs';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const progress = (line) => process.stderr.write(`${line}\n`);

/** Load cost: every entry once per round, round-robin, after one discarded round that warms the file cache. */
async function importCosts(settings, layout) {
  const samples = settings.samples;
  const results = Object.fromEntries(Object.keys(loaders).map((name) => [name, []]));
  const skipped = new Map();
  for (let round = 0; round <= samples; round++) {
    for (const name of Object.keys(loaders)) {
      if (skipped.has(name)) continue;
      if (settings.quietWaitSeconds > 0) await waitForQuiet({ maxWaitMs: settings.quietWaitSeconds * 1000 });
      try {
        const result = await runNodeChild(script('./import-cost.mjs'), [name], {
          cpu: layout.clientCpu,
          timeoutMs: 30_000,
        });
        if (round > 0) results[name].push(result);
      } catch (error) {
        // The workspace's own packages may not be built yet; report that rather than fail.
        skipped.set(name, error instanceof Error ? error.message : String(error));
      }
    }
    if (round > 0) progress(`  import costs: round ${round} of ${samples}`);
  }
  return Object.entries(results).map(([name, runs]) => ({
    name,
    samples: runs.length,
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    skipped: skipped.get(name),
  }));
}

/** Load + first request: each transport in fresh processes against one warm stub, round-robin. */
async function firstRequests(settings, layout) {
  const names = Object.keys(firstRequestLoaders);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const server = await startServer(stubServer, { cpu: layout.serverCpu });
  try {
    // Round 0 warms the file cache and the stub and is not kept.
    for (let round = 0; round <= settings.samples; round++) {
      for (const name of names) {
        if (settings.quietWaitSeconds > 0)
          await waitForQuiet({ maxWaitMs: settings.quietWaitSeconds * 1000 });
        const result = await runNodeChild(script('./first-request.mjs'), [name, server.target.baseUrl], {
          cpu: layout.clientCpu,
          timeoutMs: 30_000,
        });
        if (round > 0) samples[name].push(result);
      }
    }
  } finally {
    await server.stop();
  }
  progress('  first requests: done');
  return names.map((name) => ({
    name,
    samples: samples[name].length,
    loadMs: median(samples[name].map((sample) => sample.loadMs)),
    firstRequestMs: median(samples[name].map((sample) => sample.firstRequestMs)),
    totalMs: median(samples[name].map((sample) => sample.totalMs)),
  }));
}

/** CPU per request: each transport in a fresh process against a fresh stub, alternating each round. */
async function requestCosts(settings, layout) {
  const runs = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const load of settings.loads) {
      for (const transport of transportNames) {
        if (settings.quietWaitSeconds > 0)
          await waitForQuiet({ maxWaitMs: settings.quietWaitSeconds * 1000 });
        const server = await startServer(stubServer, { cpu: layout.serverCpu });
        try {
          const run = { transport, target: server.target, ...load };
          const result = await runMeasured(script('./request-cost.mjs'), run, server, {
            cpu: layout.clientCpu,
          });
          runs.push({
            round,
            transport,
            ...result,
            concurrency: load.concurrency,
            serverCpuMicrosPerRequest: result.serverCpuMicros / result.requests,
          });
          progress(
            `  round ${round} c=${load.concurrency} ${transport}: ${result.cpuMicrosPerRequest.toFixed(0)} µs CPU/request`,
          );
        } finally {
          await server.stop();
        }
      }
    }
  }
  return settings.loads.flatMap(({ concurrency }) =>
    transportNames.map((transport) => summariseRequestRuns(runs, concurrency, transport)),
  );
}

/** Medians over rounds of one transport at one concurrency. */
function summariseRequestRuns(runs, concurrency, transport) {
  const mine = runs.filter((run) => run.transport === transport && run.concurrency === concurrency);
  const metric = (name) => median(mine.map((run) => run[name]));
  return {
    concurrency,
    transport,
    rounds: mine.length,
    requestsPerSecond: metric('requestsPerSecond'),
    cpuMicrosPerRequest: metric('cpuMicrosPerRequest'),
    p50Ms: metric('p50Ms'),
    p99Ms: metric('p99Ms'),
    serverCpuMicrosPerRequest: metric('serverCpuMicrosPerRequest'),
    otherLoadCores: metric('otherLoadCores'),
    raw: mine,
  };
}

function render(report) {
  const { environment, imports, firstRequestCosts, requests, settings } = report;
  const undiciAt = (concurrency) =>
    requests.find((row) => row.transport === 'undici Agent.request' && row.concurrency === concurrency);
  return [
    `## Transport bench, ${environment.date}`,
    '',
    `Node ${environment.node}, ${environment.cpus} × ${environment.cpu}; pinning: ${environment.pinning}.`,
    '',
    `### Load cost, fresh process each (median of ${settings.samples})`,
    '',
    markdownTable(
      ['what', 'wall ms', 'CPU ms', 'samples'],
      imports.map((row) => [
        row.name,
        n(row.wallMs),
        n(row.cpuMs),
        row.skipped ? `skipped: ${row.skipped}` : row.samples,
      ]),
    ),
    '',
    `### Load, build and first request answered, fresh process each (median of ${settings.samples})`,
    '',
    markdownTable(
      ['transport', 'load + agent ms', 'first request ms', 'total ms'],
      firstRequestCosts.map((row) => [row.name, n(row.loadMs), n(row.firstRequestMs), n(row.totalMs)]),
    ),
    '',
    `### CPU per request against the stub (median of ${settings.rounds} rounds)`,
    '',
    markdownTable(
      [
        'c',
        'transport',
        'requests/s',
        'client CPU µs/request',
        '÷ undici',
        'p50 ms',
        'p99 ms',
        'server CPU µs/request',
        'other load (cores)',
      ],
      requests.map((row) => [
        row.concurrency,
        row.transport,
        n(row.requestsPerSecond),
        n(row.cpuMicrosPerRequest),
        `${n(row.cpuMicrosPerRequest / undiciAt(row.concurrency).cpuMicrosPerRequest)}×`,
        n(row.p50Ms),
        n(row.p99Ms),
        n(row.serverCpuMicrosPerRequest),
        n(row.otherLoadCores),
      ]),
    ),
  ].join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(
      'Usage: node bench/transport/run.mjs [--samples N (9)] [--rounds N (3)] [--quick] [--no-pin] [--wait-for-quiet S] [--concurrency 1,64 (64)]',
    );
    return;
  }
  const quick = options.quick === true;
  const concurrencies = String(options.concurrency ?? '64')
    .split(',')
    .map(Number);
  if (concurrencies.some((concurrency) => !Number.isInteger(concurrency) || concurrency < 1)) {
    throw new Error('--concurrency must be a comma-separated list of positive integers');
  }
  const settings = {
    samples: positiveIntegerOption(options, 'samples', quick ? 3 : 9),
    rounds: positiveIntegerOption(options, 'rounds', quick ? 1 : 3),
    quietWaitSeconds: options['wait-for-quiet'] === true ? 30 : Number(options['wait-for-quiet'] ?? 0),
    loads: concurrencies.map((concurrency) => ({
      concurrency,
      warmup: quick ? 300 : 1_000,
      requests: concurrency === 1 ? (quick ? 500 : 2_000) : quick ? 2_000 : 10_000,
      maxSeconds: 15,
    })),
  };
  const layout = cpuLayout({ pin: options['no-pin'] !== true });
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: layout.cpus,
    pinning: layout.pinned
      ? `servers on CPU ${layout.serverCpu}, clients on CPU ${layout.clientCpu}`
      : `none (${layout.reason})`,
  };
  const imports = await importCosts(settings, layout);
  const firstRequestCosts = await firstRequests(settings, layout);
  const requests = await requestCosts(settings, layout);
  const report = { environment, settings, imports, firstRequestCosts, requests };
  console.log(render(report));

  const resultsDirectory = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(resultsDirectory, { recursive: true });
  const file = `${resultsDirectory}transport-${environment.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  progress(`Results written to ${file}.`);
}

main().catch((error) => {
  console.error(`transport bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
