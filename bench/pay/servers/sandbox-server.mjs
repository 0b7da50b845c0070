// Runs the sandbox (with its GOV.UK Pay emulator) in a process of its own and tells the parent where
// the Pay emulator listens and which test key to use.
import { serveParent, tellParent } from '../../lib/child-side.mjs';
import { importBuilt } from '../../lib/import-built.mjs';

const sandboxModule = process.argv[2] ?? '@councilkit/sandbox';

try {
  const { startSandbox } = await importBuilt(sandboxModule);
  // GOV.UK Pay's own limit (15 payments a second) would refuse most of a run with 429s.
  const sandbox = await startSandbox({ pay: { rateLimit: false } });
  serveParent();
  await tellParent({ type: 'ready', baseUrl: sandbox.services.pay, apiKey: sandbox.credentials.pay.apiKey });
} catch (error) {
  await tellParent({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
