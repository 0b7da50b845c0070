import { ConfigError, type Transport } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { recordingTransport } from './index.js';

describe('recordingTransport', () => {
  it('passes each request on and keeps it', async () => {
    const answer = { status: 204, headers: {}, body: new Uint8Array() };
    const { transport, requests } = recordingTransport(async () => answer);
    const request = {
      method: 'GET',
      origin: 'http://127.0.0.1:1',
      path: '/a',
      headers: {},
      timeoutMs: 100,
    } as const;
    await expect(transport(request)).resolves.toBe(answer);
    expect(requests).toEqual([request]);
  });

  it('refuses something that is not a transport, naming it', () => {
    expect(() => recordingTransport('undici' as unknown as Transport)).toThrow(ConfigError);
    expect(() => recordingTransport(undefined as unknown as Transport)).toThrow(/inner/);
  });
});
