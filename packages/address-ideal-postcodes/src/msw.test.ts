import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idealPostcodes } from './index.js';

// msw answers requests to the real Ideal Postcodes host with the emulator, so the adapter runs with
// its default base URL and no socket is opened.
describe('idealPostcodes under msw', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('looks up a postcode at the real host, answered by the emulator', async () => {
    const { apiKey } = emulators.idealPostcodes.credentials;
    const addresses = idealPostcodes({ apiKey, transport: fetchTransport() });
    const [first] = await addresses.findByPostcode('SW1A 2AA');
    expect(first?.uprn).toBe('100023336956');
    expect(emulators.idealPostcodes.control.requestCount).toBe(1);
  });
});
