import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from './index.js';

// msw answers requests to the real getAddress.io host with the emulator, so the adapter runs with
// its default base URL and no socket is opened.
describe('getAddress under msw', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('looks up a postcode at the real host, answered by the emulator', async () => {
    const { apiKey } = emulators.getAddress.credentials;
    const addresses = getAddress({ apiKey, transport: fetchTransport() });
    const [first] = await addresses.findByPostcode('SW1A 2AA');
    expect(first?.buildingNumber).toBe('10');
    expect(emulators.getAddress.control.requestCount).toBe(1);
  });
});
