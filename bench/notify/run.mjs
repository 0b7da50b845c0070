// The Notify benchmark: @councilkit/notify-govuk (A) against the official notifications-node-client
// (B), sending one email at a time through the sandbox's Notify emulator and through a minimal
// stub, each server and each client in a process of its own. Progress goes to stderr; the report
// (markdown) to stdout and, as JSON, to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runNodeChild } from '../lib/child-process.mjs';
import { cpuLayout } from '../lib/cpu-pinning.mjs';
import { importBuilt } from '../lib/import-built.mjs';
import { waitForQuiet } from '../lib/machine-load.mjs';
import { clientA, clientB, clientC, clientNames } from './clients.mjs';
import { runMeasured } from './measured-run.mjs';
import { pairedSlices } from './paired-slices.mjs';
import { renderReport } from './report.mjs';
import { sandboxServer, startServer, stubServer } from './servers.mjs';
import { readSettings, usage } from './settings.mjs';
import { summarise } from './summary.mjs';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const progress = (line) => process.stderr.write(`${line}\n`);

/** Fails before any measuring if a package under test is not built. */
async function checkBuilt(settings) {
  await importBuilt(settings.clientAModule);
  if (settings.servers.includes(sandboxServer)) await importBuilt(settings.sandboxModule);
}

/** With --wait-for-quiet, holds the next run until other processes leave the CPUs alone. */
async function quietMoment(settings) {
  if (settings.quietWaitSeconds <= 0) return;
  let reported = false;
  await waitForQuiet({
    maxWaitMs: settings.quietWaitSeconds * 1000,
    onWait: (load) => {
      if (!reported) progress(`  waiting: other processes are using ${load.toFixed(2)} cores`);
      reported = true;
    },
  });
}

/** One client against a fresh server: fresh processes on both sides, so no run inherits another's state. */
async function loadRun(settings, layout, serverKind, load, client, round) {
  await quietMoment(settings);
  const server = await startServer(serverKind, {
    cpu: layout.serverCpu,
    sandboxModule: settings.sandboxModule,
    recipient: settings.recipient,
  });
  try {
    const run = {
      client,
      clientAModule: settings.clientAModule,
      target: server.target,
      concurrency: load.concurrency,
      warmup: load.warmup,
      sends: load.sends,
      maxSeconds: settings.maxSecondsPerRun,
    };
    const result = await runMeasured(script('./load-run.mjs'), run, server, { cpu: layout.clientCpu });
    const record = {
      round,
      server: serverKind,
      concurrency: load.concurrency,
      client,
      ...result,
      serverCpuMicrosPerSend: result.serverCpuMicros / result.sends,
    };
    progress(
      `  round ${round} ${serverKind} c=${load.concurrency} ${client}: ${Math.round(record.sendsPerSecond)} sends/s, ` +
        `${record.cpuMicrosPerSend.toFixed(0)} µs CPU/send, p99 ${record.p99Ms.toFixed(2)} ms` +
        (record.otherLoadCores > 0.25
          ? `, other processes busy ${record.otherLoadCores.toFixed(2)} cores`
          : '') +
        (record.truncated ? ` (time cap hit after ${record.sends} sends)` : ''),
    );
    return record;
  } finally {
    await server.stop();
  }
}

/** Cold starts against one warm stub, alternating A and B, after one discarded sample of each. */
async function coldStarts(settings, layout) {
  const server = await startServer(stubServer, { cpu: layout.serverCpu, recipient: settings.recipient });
  const samples = [];
  try {
    for (let sample = 0; sample <= settings.coldSamples; sample++) {
      for (const client of [clientA, clientB]) {
        await quietMoment(settings);
        const run = { client, clientAModule: settings.clientAModule, target: server.target };
        const result = await runNodeChild(script('./cold-start.mjs'), [JSON.stringify(run)], {
          cpu: layout.clientCpu,
          timeoutMs: 30_000,
        });
        // The first sample of each only warms the OS file cache and the stub.
        if (sample === 0) continue;
        samples.push({ sample, client, ...result });
        progress(`  cold start ${sample} ${client}: ${result.totalMs.toFixed(1)} ms`);
      }
    }
  } finally {
    await server.stop();
  }
  return samples;
}

/** Each server on its own core, hammered by the cheapest client we have, to find what it can take. */
async function capacityRuns(settings, layout) {
  const runs = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const variants = settings.servers.map((serverKind) => ({
      serverKind,
      label: serverKind,
      module: settings.sandboxModule,
    }));
    if (settings.compareSandboxModule && settings.servers.includes(sandboxServer)) {
      variants.push({
        serverKind: sandboxServer,
        label: 'sandbox (compared build)',
        module: settings.compareSandboxModule,
      });
    }
    for (const { serverKind, label, module } of variants) {
      await quietMoment(settings);
      const server = await startServer(serverKind, {
        cpu: layout.serverCpu,
        sandboxModule: module,
        recipient: settings.recipient,
      });
      try {
        const run = { target: server.target, ...settings.capacity[serverKind] };
        const result = await runMeasured(script('./capacity-run.mjs'), run, server, {
          cpu: layout.clientCpu,
        });
        const record = {
          round,
          server: label,
          ...result,
          serverCpuMicrosPerRequest: result.serverCpuMicros / result.requests,
          serverCpuUtilisation: result.serverCpuMicros / 1000 / result.elapsedMs,
        };
        runs.push(record);
        progress(
          `  capacity round ${round} ${label}: ${Math.round(record.requestsPerSecond)} sends/s, ` +
            `server ${record.serverCpuMicrosPerRequest.toFixed(0)} µs CPU/send, ` +
            `server CPU use ${(record.serverCpuUtilisation * 100).toFixed(0)}%` +
            (record.otherLoadCores > 0.25
              ? `, other processes busy ${record.otherLoadCores.toFixed(2)} cores`
              : ''),
        );
      } finally {
        await server.stop();
      }
    }
  }
  return runs;
}

async function main() {
  const settings = readSettings(process.argv.slice(2));
  if (settings.help) {
    console.log(usage);
    return;
  }
  const began = performance.now();
  const startedAt = new Date().toISOString();
  await checkBuilt(settings);
  const layout = cpuLayout({ pin: settings.pin });
  progress(
    layout.pinned
      ? `Servers pinned to CPU ${layout.serverCpu}, clients to CPU ${layout.clientCpu}.`
      : `Not pinned: ${layout.reason}.`,
  );

  const loadRuns = [];
  for (let round = 1; round <= (settings.capacityOnly ? 0 : settings.rounds); round++) {
    for (const serverKind of settings.servers) {
      for (const load of settings.loads[serverKind]) {
        for (const client of [clientA, clientB, clientC]) {
          loadRuns.push(await loadRun(settings, layout, serverKind, load, client, round));
        }
      }
    }
  }
  const slices =
    settings.capacityOnly || !settings.servers.includes(stubServer)
      ? []
      : await pairedSlices(settings, layout, progress);
  const coldStartSamples = settings.capacityOnly ? [] : await coldStarts(settings, layout);
  const capacity = await capacityRuns(settings, layout);

  const environment = {
    date: startedAt,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: layout.cpus,
    pinning: layout.pinned
      ? { server: layout.serverCpu, client: layout.clientCpu }
      : `none (${layout.reason})`,
    clients: { A: settings.clientAModule, B: clientNames[clientB], C: clientNames[clientC] },
  };
  const summary = summarise({ loadRuns, slices, coldStartSamples, capacity });
  const report = {
    environment,
    settings,
    summary,
    raw: { loadRuns, slices, coldStartSamples, capacity },
    durationSeconds: (performance.now() - began) / 1000,
  };
  console.log(renderReport(report));

  const resultsDirectory = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(resultsDirectory, { recursive: true });
  const file = `${resultsDirectory}notify-${environment.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  progress(`Results written to ${file} (${report.durationSeconds.toFixed(0)} s in all).`);
}

main().catch((error) => {
  console.error(`notify bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
