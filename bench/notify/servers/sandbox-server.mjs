// Runs the sandbox (with its GOV.UK Notify emulator) in a process of its own and tells the parent
// where it listens and which test key and email template to use.
import { serveParent, tellParent } from '../../lib/child-side.mjs';
import { importBuilt } from '../../lib/import-built.mjs';

const sandboxModule = process.argv[2] ?? '@councilkit/sandbox';

try {
  const { startSandbox } = await importBuilt(sandboxModule);
  // Notify's own limit (3,000 a minute, bursts of 1,000) would refuse most of a bench run with 429s;
  // the emulator still takes a token per send, it just never runs out.
  const sandbox = await startSandbox({ notify: { rateLimit: { requestsPerMinute: 1e9, bucketSize: 1e9 } } });
  const notify = sandbox.credentials.notify;
  const template = notify.templates.email;
  serveParent();
  await tellParent({
    type: 'ready',
    url: sandbox.url,
    baseUrl: sandbox.services.notify,
    apiKey: notify.apiKey,
    templateId: typeof template === 'string' ? template : template.id,
  });
} catch (error) {
  await tellParent({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
