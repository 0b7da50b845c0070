import { parseOptions, positiveIntegerOption } from '../lib/args.mjs';
import { moduleSpecifier } from '../lib/import-built.mjs';
import { sandboxServer, stubServer } from './servers.mjs';
import { benchRecipient } from './wire.mjs';

export const usage = `Usage: node bench/notify/run.mjs [options]
  --rounds N          rounds of A/B runs (default 3; 1 with --quick)
  --quick             a smoke run (few sends, 1 round, 3 cold starts): checks the harness, figures not comparable
  --cold-samples N    cold-start samples per client (default 7)
  --servers LIST      comma-separated: stub,sandbox (default both)
  --no-pin            do not pin server and client to separate CPUs
  --recipient EMAIL   where every send goes (default an ordinary address, so the emulator stores each
                      send; a smoke-test address such as simulate-delivered@notifications.service.gov.uk
                      is validated but not stored)
  --wait-for-quiet S  before each run, wait up to S seconds for other processes to go quiet
  --client-a SPEC     module that stands in for @councilkit/notify-govuk (a package name or a file path)
  --sandbox SPEC      module that stands in for @councilkit/sandbox
  --compare-sandbox SPEC  also measure this sandbox build's capacity in each round (e.g. an earlier
                      build), for a before ÷ after ratio of the emulator's cost from one run
  --capacity-only     only the server capacity runs (with --compare-sandbox: the emulator before ÷ after)
  --help              this text`;

/**
 * The bench's settings from its command line. Counts are fixed (with a time cap per run) rather
 * than durations, so every run of a client does the same work.
 */
export function readSettings(argv) {
  const options = parseOptions(argv);
  const quick = options.quick === true;
  const servers = String(options.servers ?? `${stubServer},${sandboxServer}`).split(',');
  for (const server of servers) {
    if (server !== stubServer && server !== sandboxServer)
      throw new Error(`--servers: unknown server ${server}`);
  }
  return {
    help: options.help === true,
    capacityOnly: options['capacity-only'] === true,
    quick,
    rounds: positiveIntegerOption(options, 'rounds', quick ? 1 : 3),
    coldSamples: positiveIntegerOption(options, 'cold-samples', quick ? 3 : 7),
    servers,
    pin: options['no-pin'] !== true,
    recipient: typeof options.recipient === 'string' ? options.recipient : benchRecipient,
    quietWaitSeconds: options['wait-for-quiet'] === true ? 30 : Number(options['wait-for-quiet'] ?? 0),
    clientAModule: moduleSpecifier(options['client-a'] ?? '@councilkit/notify-govuk'),
    sandboxModule: moduleSpecifier(options.sandbox ?? '@councilkit/sandbox'),
    compareSandboxModule:
      typeof options['compare-sandbox'] === 'string'
        ? moduleSpecifier(options['compare-sandbox'])
        : undefined,
    // Fixed counts, so A and B do the same work against a server in the same state. The warm-up
    // must outlast V8 optimising a client's code and, for A, its switch from Node's http to undici
    // once undici has loaded (~100 ms): with 500 sends at c=64 the measured part began before
    // either, and even bare undici (C) reached only about half its steady ~20,000 sends/s. The sandbox
    // gets fewer: its emulator is far slower than the stub, and keeping every send it stores makes
    // each later send dearer, so a long run would measure the pile rather than a send.
    loads: {
      [stubServer]: [
        { concurrency: 1, warmup: quick ? 50 : 1_000, sends: quick ? 300 : 2_000 },
        { concurrency: 64, warmup: quick ? 200 : 3_000, sends: quick ? 2_000 : 10_000 },
      ],
      [sandboxServer]: [
        { concurrency: 1, warmup: quick ? 50 : 200, sends: quick ? 200 : 1_000 },
        { concurrency: 64, warmup: quick ? 200 : 500, sends: quick ? 1_000 : 4_000 },
      ],
    },
    // A and C warmed once each, then alternating slices against one stub (paired-slices.mjs): the
    // same sends/s at c=64 as the rounds measure, with the machine's drift cancelled pair by pair.
    paired: {
      concurrency: 64,
      warmup: quick ? 500 : 3_000,
      slices: quick ? 3 : 15,
      sendsPerSlice: quick ? 1_000 : 4_000,
    },
    // Cap on each run's measured part (the warm-up gets a quarter of it), so a slow client
    // cannot stretch the whole bench.
    maxSecondsPerRun: quick ? 10 : 20,
    capacity: {
      [stubServer]: {
        concurrency: 64,
        warmup: quick ? 500 : 1_000,
        requests: quick ? 3_000 : 10_000,
        maxSeconds: 15,
      },
      [sandboxServer]: {
        concurrency: 64,
        warmup: quick ? 200 : 500,
        requests: quick ? 1_000 : 5_000,
        maxSeconds: 15,
      },
    },
  };
}
