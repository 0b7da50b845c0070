// Runs every bench in turn (`npm run bench`), passing the command-line options on to each.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['notify', 'pay', 'pay-stripe', 'identity', 'address'];

let failed = false;
for (const bench of benches) {
  const script = fileURLToPath(new URL(`./${bench}/run.mjs`, import.meta.url));
  const { status } = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
