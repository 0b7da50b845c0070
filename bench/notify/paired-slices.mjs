// A and C against one stub, each warmed once in its own process, then measured in alternating
// slices (A C, C A, A C, ...): each pair of slices is seconds apart rather than a whole round, so
// the machine's drift cancels far better than in the rounds of fresh processes.
import { fileURLToPath } from 'node:url';
import { startNodeChild } from '../lib/child-process.mjs';
import { clientA, clientC } from './clients.mjs';
import { startServer, stubServer } from './servers.mjs';

const script = fileURLToPath(new URL('./slice-run.mjs', import.meta.url));

async function startWarmClient(client, server, settings, layout) {
  const { concurrency, warmup, sendsPerSlice } = settings.paired;
  const run = {
    client,
    clientAModule: settings.clientAModule,
    target: server.target,
    concurrency,
    warmup,
    sends: sendsPerSlice,
    maxSeconds: settings.maxSecondsPerRun,
  };
  const child = startNodeChild(script, [JSON.stringify(run)], { cpu: layout.clientCpu });
  try {
    await child.next('warmed', 120_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}

/** Resolves with one record per slice: { pair, client, sendsPerSecond, cpuMicrosPerSend, ... }. */
export async function pairedSlices(settings, layout, progress) {
  const server = await startServer(stubServer, { cpu: layout.serverCpu, recipient: settings.recipient });
  const children = [];
  try {
    // Warmed one after the other, so neither warm-up competes with the other for the client CPU.
    for (const client of [clientA, clientC]) {
      children.push({ client, child: await startWarmClient(client, server, settings, layout) });
    }
    const slices = [];
    // Pair 0 is not kept: the client warmed first has sat idle through the other's warm-up, and its
    // first slice ran at about 0.6 of its speed in the runs this was written from.
    for (let pair = 0; pair <= settings.paired.slices; pair++) {
      // Alternating the order too, so a steady drift does not always favour the client measured first.
      const order = pair % 2 === 1 ? children : [...children].reverse();
      for (const { client, child } of order) {
        const answered = child.next('slice', 60_000);
        child.send({ type: 'go' });
        slices.push({ pair, client, ...withoutType(await answered) });
      }
      if (pair === 0) {
        slices.length = 0;
        continue;
      }
      const [a, c] = [clientA, clientC].map((client) =>
        slices.find((slice) => slice.pair === pair && slice.client === client),
      );
      progress(
        `  slice pair ${pair}: A ${Math.round(a.sendsPerSecond)}, C ${Math.round(c.sendsPerSecond)} sends/s ` +
          `(A ÷ C ${(a.sendsPerSecond / c.sendsPerSecond).toFixed(2)})`,
      );
    }
    return slices;
  } finally {
    for (const { child } of children) await child.stop();
    await server.stop();
  }
}

function withoutType({ type: _type, ...rest }) {
  return rest;
}
