import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { closeEmulators, createEmulators } from './emulators/create-emulators.js';
import { serviceNames } from './services.js';

// The CLI is tested as users run it: the built bin in a child process.
const cli = fileURLToPath(new URL('../bin/councilkit-sandbox.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function run(args: string[]): Promise<{ url: string; output: string }> {
  if (!existsSync(built))
    throw new Error('The sandbox CLI is not built: run `npm run build` (npm test does it first)');
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes('inbox')) resolve({ url: match[1]!, output });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`cli exited with ${code}: ${output}`)));
  });
}

function runToExit(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const exiting = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    exiting.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exiting.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exiting.on('exit', (code) => resolve({ code, output }));
  });
}

describe('councilkit-sandbox CLI', () => {
  it('lists only the services that really work, and serves GET /health', async () => {
    const { url, output } = await run(['--port', '0', '--smtp-port', '0']);
    const emulators = createEmulators();
    for (const name of serviceNames) {
      const emulator = (emulators as unknown as Record<string, { placeholder?: boolean }>)[name];
      const listed = new RegExp(`^  ${name} `, 'm').test(output);
      expect(listed, name).toBe(emulator?.placeholder !== true);
    }
    await closeEmulators(emulators);
    expect(output).toMatch(/^ {2}smtp +smtp:\/\/127\.0\.0\.1:\d+$/m);
    const response = await fetch(`${url}/notify/health`);
    expect(await response.json()).toEqual({ status: 'ok', service: 'notify' });
    // Credentials are served, never printed.
    expect(output).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('rejects a bad port with usage', async () => {
    await expect(run(['--port', 'abc'])).rejects.toThrow(/--port must be a whole number[\s\S]*Usage:/);
  });

  it('prints usage on an unknown option', async () => {
    const { code, output } = await runToExit(['--prot', '4010']);
    expect(code).toBe(2);
    expect(output).toMatch(/Unknown option '--prot'[\s\S]*Usage: councilkit-sandbox/);
  });

  it('explains a busy port instead of a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, output } = await runToExit(['--port', String(port), '--smtp-port', '0']);
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(output).toContain('--port 0');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
