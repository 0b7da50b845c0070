#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startSandbox } from './server.js';
import { workingServices } from './working-services.js';

const usage = `Usage: councilkit-sandbox [--port N] [--smtp-port N]

Starts emulators of the services councils use on 127.0.0.1, with fixed test credentials.
  --port N        listen on port N (default 4010; 0 picks a free port)
  --smtp-port N   the SMTP server's port (default 2525; 0 picks a free port)
  --help          show this help`;

function portOption(value: string): number | undefined {
  const port = Number(value);
  return /^\d+$/.test(value) && port <= 65_535 ? port : undefined;
}

function isAddressInUse(error: unknown): error is { code: string; port?: number } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

async function main(): Promise<void> {
  let values: { port: string; 'smtp-port': string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        'smtp-port': { type: 'string', default: '2525' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = portOption(values.port);
  const smtpPort = portOption(values['smtp-port']);
  if (port === undefined || smtpPort === undefined) {
    const name = port === undefined ? '--port' : '--smtp-port';
    console.error(`${name} must be a whole number from 0 to 65535\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sandbox = await startSandbox({ port, smtp: { port: smtpPort } });
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    const busy = error.port ?? port;
    console.error(
      `Port ${busy} on 127.0.0.1 is already in use: is another sandbox (or \`npm run demo\`) still running?\n` +
        `Stop it, or choose other ports: councilkit-sandbox --port 0 --smtp-port 0\n\n${usage}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`councilkit sandbox listening on ${sandbox.url}`);
  for (const service of workingServices(sandbox.emulators))
    console.log(`  ${service.padEnd(15)} ${sandbox.services[service]}`);
  console.log(`  test credentials: ${sandbox.url}/credentials`);
  console.log(`  Notify inbox:     ${sandbox.services.notify}/inbox`);
  console.log(`  Email inbox:      ${sandbox.url}/smtp/inbox`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
