#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startSandbox } from './server.js';
import { serviceNames } from './services.js';

const usage = `Usage: councilkit-sandbox [--port N]

Starts emulators of GOV.UK Pay, Notify, One Login and the address APIs on 127.0.0.1.
  --port N   listen on port N (default 4010; 0 picks a free port)
  --help     show this help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4010' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    console.error(`--port must be a whole number from 0 to 65535\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const sandbox = await startSandbox({ port });
  console.log(`councilkit sandbox listening on ${sandbox.url}`);
  for (const service of serviceNames) console.log(`  ${service.padEnd(15)} ${sandbox.services[service]}`);
  console.log(`  test credentials: ${sandbox.url}/credentials`);
  console.log(`  Notify inbox:     ${sandbox.services.notify}/inbox`);
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
