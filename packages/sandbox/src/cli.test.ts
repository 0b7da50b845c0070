import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

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

describe('councilkit-sandbox CLI', () => {
  it('starts every emulator, prints their URLs and serves GET /health', async () => {
    const { url, output } = await run(['--port', '0']);
    for (const name of [
      'pay',
      'notify',
      'oneLogin',
      'osPlaces',
      'idealPostcodes',
      'getAddress',
      'postcodesIo',
    ]) {
      expect(output).toContain(name);
    }
    const response = await fetch(`${url}/notify/health`);
    expect(await response.json()).toEqual({ status: 'ok', service: 'notify' });
    // Credentials are served, never printed.
    expect(output).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('rejects a bad port with usage', async () => {
    await expect(run(['--port', 'abc'])).rejects.toThrow(/--port must be a whole number/);
  });
});
