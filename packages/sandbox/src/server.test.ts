import { ConfigError } from '@councilkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from './server.js';

describe('startSandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('listens on loopback and lists every service', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.keys(sandbox.services).sort()).toEqual(
      [
        'getAddress',
        'idealPostcodes',
        'notify',
        'oneLogin',
        'osPlaces',
        'pay',
        'postcodesIo',
        'smtp',
        'stripe',
      ].sort(),
    );
    const { smtp, ...http } = sandbox.services;
    for (const base of Object.values(http)) expect(base.startsWith(sandbox.url)).toBe(true);
    expect(smtp).toBe(`smtp://127.0.0.1:${sandbox.credentials.smtp.port}`);
  });

  it('answers GET /health for the sandbox and for every emulated service', async () => {
    const root = await fetch(`${sandbox.url}/health`);
    expect(root.status).toBe(200);
    expect(await root.json()).toMatchObject({ status: 'ok' });
    for (const [service, base] of Object.entries(sandbox.services)) {
      // SMTP's own socket is not HTTP; its inbox and health live under /smtp.
      const response = await fetch(service === 'smtp' ? `${sandbox.url}/smtp/health` : `${base}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', service });
    }
  });

  it('hands out working test credentials, also over HTTP', async () => {
    expect(sandbox.credentials.notify.apiKey).toMatch(/-[0-9a-f-]{36}-[0-9a-f-]{36}$/);
    const response = await fetch(`${sandbox.url}/credentials`);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(sandbox.credentials)));
  });

  it('serves an index page and a 404 for unknown paths', async () => {
    const index = await fetch(`${sandbox.url}/`);
    expect(await index.text()).toContain('councilkit sandbox');
    const missing = await fetch(`${sandbox.url}/nowhere`);
    expect(missing.status).toBe(404);
  });

  it('rejects a port that is not a port', async () => {
    await expect(startSandbox({ port: 70_000 })).rejects.toThrow(ConfigError);
    await expect(startSandbox({ port: 70_000 })).rejects.toMatchObject({ issues: [{ path: 'port' }] });
    await expect(startSandbox({ port: 1.5 })).rejects.toThrow(/port/);
  });

  it('fails clearly when the port is taken', async () => {
    const port = Number(new URL(sandbox.url).port);
    await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});
