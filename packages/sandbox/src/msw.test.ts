import { ConfigError, createHttpClient, fetchTransport } from '@councilkit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulators, sandboxHandlers } from './msw.js';
import { serviceMounts } from './services.js';

describe('sandboxHandlers', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
  });

  it('answers requests addressed to the real providers, in process', async () => {
    for (const [service, mount] of Object.entries(serviceMounts)) {
      const response = await fetch(`${mount.realOrigin}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', service });
    }
  });

  it('serves core’s fetch transport, which msw intercepts', async () => {
    const http = createHttpClient({
      provider: 'govuk-notify',
      baseUrl: serviceMounts.notify.realOrigin,
      userAgent: 'councilkit-test/0.0.0',
      transport: fetchTransport(),
    });
    const result = await http.request({ method: 'GET', path: '/health' });
    expect(result.data).toEqual({ status: 'ok', service: 'notify' });
  });

  it('refuses emulators mounted under a path, which msw could not reach', () => {
    expect(() => sandboxHandlers(createEmulators({}, () => '/somewhere'))).toThrow(ConfigError);
  });
});
