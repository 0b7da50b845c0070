import { request as httpRequest } from 'node:http';
import { signHs256Jwt } from '@councilkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxRequestBodyBytes } from './host-guards.js';
import { type Sandbox, startSandbox } from './index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** One request over node:http, which sends the Host header exactly as given. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(path, sandbox.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function notifyToken(): string {
  const key = sandbox.credentials.notify.apiKey;
  return signHs256Jwt({ iss: key.slice(-73, -37), iat: Math.floor(Date.now() / 1000) }, key.slice(-36));
}

describe('the loopback server', () => {
  it('answers only requests addressed to a loopback host name, as DNS rebinding would not be', async () => {
    const port = new URL(sandbox.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `app.localhost:${port}`]) {
      expect((await send('/health', { headers: { host } })).status).toBe(200);
    }
    for (const path of ['/credentials', '/notify/inbox', '/health']) {
      const refused = await send(path, { headers: { host: `attacker.example:${port}` } });
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain(sandbox.credentials.notify.apiKey);
    }
    expect((await send('/credentials', { headers: { host: '127.0.0.1.attacker.example' } })).status).toBe(
      403,
    );
  });

  it('answers 413 to a body over the cap, declared or streamed, and stays responsive', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${notifyToken()}` };
    const declared = await send('/notify/v2/notifications/email', {
      method: 'POST',
      headers: { ...headers, 'content-length': String(maxRequestBodyBytes + 1) },
      body: Buffer.alloc(16),
    }).catch(() => ({ status: 413, body: '' }));
    expect(declared.status).toBe(413);
    const streamed = await send('/notify/v2/notifications/email', {
      method: 'POST',
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(maxRequestBodyBytes + 1024, 0x20),
    });
    expect(streamed.status).toBe(413);
    expect((await send('/health')).status).toBe(200);
  });

  it('answers JSON nested 100,000 deep with the provider’s own 400, not a 500', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const answer = await send('/notify/v2/notifications/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${notifyToken()}` },
      body: deep,
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'Invalid JSON supplied in POST data' }],
    });
  });

  it('still reads an ordinary body that is too long to skip the depth check', async () => {
    const answer = await send('/notify/v2/notifications/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${notifyToken()}` },
      body: JSON.stringify({
        template_id: sandbox.credentials.notify.templates.email,
        email_address: 'resident@example.org',
        personalisation: { name: 'A'.repeat(2_000), reference: 'R-1', permit_type: 'yes' },
      }),
    });
    expect(answer.status).toBe(201);
  });
});
