// Stripe bench: @councilkit/pay-stripe (A) against the official `stripe` client (B), each creating
// a Checkout Session and reading it back from a stub server on loopback. Each run is a fresh
// process; A and B alternate so machine load falls on both. Prints ratios A/B: other work on the
// machine moves the absolute figures, not the ratios much.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const quick = process.argv.includes('--quick');
const rounds = quick ? 1 : 2;
const settings = [
  { concurrency: 1, count: quick ? 300 : 800, warmup: 200 },
  { concurrency: 16, count: quick ? 1000 : 2000, warmup: 400 },
];

const server = fork(here('stub-server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { port, secretKey } = await new Promise((resolve) => server.once('message', resolve));

function run(client, { concurrency, count, warmup }) {
  return new Promise((resolve, reject) => {
    const child = fork(
      here('client-run.mjs'),
      [client, String(port), secretKey, String(count), String(concurrency), String(warmup)],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    child.once('message', resolve);
    child.once('exit', (code) => code !== 0 && reject(new Error(`client ${client} exited with ${code}`)));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lines = [
  '| concurrency | A ops/s | B ops/s | A/B throughput | A CPU µs/op | B CPU µs/op | A/B CPU |',
  '|---|---|---|---|---|---|---|',
];
try {
  for (const setting of settings) {
    const results = { A: [], B: [] };
    for (let round = 0; round < rounds; round++) {
      for (const client of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
        process.stderr.write(`c=${setting.concurrency} round ${round + 1}/${rounds} client ${client}\n`);
        results[client].push(await run(client, setting));
      }
    }
    const a = {
      ops: median(results.A.map((r) => r.opsPerSecond)),
      cpu: median(results.A.map((r) => r.cpuMicrosecondsPerOp)),
    };
    const b = {
      ops: median(results.B.map((r) => r.opsPerSecond)),
      cpu: median(results.B.map((r) => r.cpuMicrosecondsPerOp)),
    };
    lines.push(
      `| ${setting.concurrency} | ${a.ops.toFixed(0)} | ${b.ops.toFixed(0)} | ${(a.ops / b.ops).toFixed(2)} | ${a.cpu.toFixed(0)} | ${b.cpu.toFixed(0)} | ${(a.cpu / b.cpu).toFixed(2)} |`,
    );
  }
} finally {
  server.disconnect();
}
console.log(
  'A = @councilkit/pay-stripe, B = stripe (official), create + retrieve a Checkout Session, stub server on 127.0.0.1',
);
console.log(lines.join('\n'));
