import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from './emulators/notify/notify.test-helper.js';
import { type Sandbox, startSandbox } from './index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** One request over node:http, sending the Host header and body exactly as given. */
function send(
  path: string,
  options: { headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): Promise<{ status: number; body: Record<string, unknown>; contentType: string | undefined }> {
  const url = new URL(path, sandbox.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>,
            contentType: response.headers['content-type'],
          }),
        );
      },
    );
    outgoing.on('error', reject);
    if (options.chunked) outgoing.setHeader('transfer-encoding', 'chunked');
    outgoing.end(options.body);
  });
}

function sms(personalisation: Record<string, unknown>) {
  const { templates } = sandbox.credentials.notify;
  return JSON.stringify({ phone_number: '07700900123', template_id: templates.sms, personalisation });
}

describe('the direct path for Notify sends', () => {
  const headers = () => ({
    authorization: bearerFor(sandbox.credentials.notify.apiKey, new Date()),
    'content-type': 'application/json',
  });

  it('answers a short send as the Hono route answers a long one', async () => {
    const short = await send('/notify/v2/notifications/sms', {
      headers: headers(),
      body: sms({ name: 'Ada', reference: 'R' }),
    });
    // Over 1 KB, so the host's guards read it and the Hono app answers.
    const long = await send('/notify/v2/notifications/sms', {
      headers: headers(),
      body: sms({ name: 'Ada', reference: 'R', padding: 'x'.repeat(2_000) }),
    });
    expect(short.status).toBe(201);
    expect(long.status).toBe(201);
    expect(short.contentType).toBe('application/json');
    expect(Object.keys(short.body)).toEqual(Object.keys(long.body));
    expect(short.body['uri']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/notify\/v2\/notifications\//);
  });

  it('answers errors with Notify’s bodies', async () => {
    expect(
      await send('/notify/v2/notifications/sms', { headers: headers(), body: '{"phone_number": ' }),
    ).toMatchObject({
      status: 400,
      body: {
        status_code: 400,
        errors: [{ error: 'BadRequestError', message: 'Invalid JSON supplied in POST data' }],
      },
    });
    expect(
      await send('/notify/v2/notifications/sms', {
        headers: { 'content-type': 'application/json' },
        body: sms({ name: 'Ada', reference: 'R' }),
      }),
    ).toMatchObject({ status: 401 });
  });

  it('keeps the host’s guards: loopback names only, and bodies without a length go through them', async () => {
    expect(
      await send('/notify/v2/notifications/sms', {
        headers: { ...headers(), host: 'attacker.example' },
        body: sms({ name: 'Ada', reference: 'R' }),
      }),
    ).toMatchObject({ status: 403 });
    expect(
      (
        await send('/notify/v2/notifications/sms', {
          headers: headers(),
          body: sms({ name: 'Ada', reference: 'R' }),
          chunked: true,
        })
      ).status,
    ).toBe(201);
  });
});
