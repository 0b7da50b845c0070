import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError, WebhookVerificationError } from '@councilkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeliveryStatusCallback, readReceivedTextCallback, verifyNotifyCallback } from './index.js';
import { notifySandbox } from './sandbox-harness.test-helper.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

describe('Notify callbacks', () => {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(text) });
      response.writeHead(204).end();
    });
  });
  let context: Awaited<ReturnType<typeof notifySandbox>>;
  const token = 'callback-token-0123456789';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await notifySandbox();
    context.control.setCallback({ kind: 'delivery-status', url: `${base}/status`, bearerToken: token });
    context.control.setCallback({ kind: 'received-text', url: `${base}/inbound`, bearerToken: token });
  });
  afterAll(async () => {
    await context.sandbox.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('verifies and reads a real delivery-status callback', async () => {
    const sent = await context.notify.sendEmail({
      templateId: context.credentials.templates.email,
      emailAddress: 'perm-fail@simulator.notify',
      personalisation: { name: 'A', reference: 'CB-1', permit_type: 'yes' },
      reference: 'CB-1',
    });
    context.control.setStatus(sent.id, 'permanent-failure');
    await context.control.callbacksSettled();
    const callback = received.find((entry) => entry.path === '/status');
    expect(callback).toBeDefined();
    expect(verifyNotifyCallback(callback?.headers.authorization, token)).toBe(true);
    expect(verifyNotifyCallback(callback?.headers.authorization, ['old-token-0123456789', token])).toBe(true);
    expect(() => verifyNotifyCallback(callback?.headers.authorization, 'another-token-012345')).toThrow(
      WebhookVerificationError,
    );
    expect(() => verifyNotifyCallback(undefined, token)).toThrow(WebhookVerificationError);
    const payload = readDeliveryStatusCallback(callback?.body);
    expect(payload).toMatchObject({
      id: sent.id,
      reference: 'CB-1',
      recipient: 'perm-fail@simulator.notify',
      type: 'email',
      status: 'permanent-failure',
      rawStatus: 'permanent-failure',
      templateId: context.credentials.templates.email,
    });
    expect(payload.createdAt).toBeInstanceOf(Date);
  });

  it('verifies and reads a real received-text callback', async () => {
    context.control.receiveText({ from: '07700900123', content: 'STOP' });
    await context.control.callbacksSettled();
    const callback = received.find((entry) => entry.path === '/inbound');
    expect(verifyNotifyCallback(callback?.headers.authorization, token)).toBe(true);
    expect(readReceivedTextCallback(callback?.body)).toMatchObject({ from: '447700900123', content: 'STOP' });
  });

  it('rejects a payload that is not Notify’s, naming the field', () => {
    expect(() => readDeliveryStatusCallback({ id: 'x' })).toThrow(ValidationError);
    try {
      readReceivedTextCallback({ id: 'x', source_number: 1 });
    } catch (error) {
      expect((error as ValidationError).field).toBe('source_number');
    }
  });
});
