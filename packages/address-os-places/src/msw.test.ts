import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osPlaces } from './index.js';

// msw answers requests to the real hosts with the emulators, so the adapter runs with its
// default base URL: proof that the emulator sits at the real service's exact paths.
describe('osPlaces under msw, at the real host', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
  });

  it('finds OS headquarters at api.os.uk', async () => {
    const addresses = osPlaces({
      apiKey: emulators.osPlaces.credentials.apiKey,
      transport: fetchTransport(),
    });
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.uprn).toBe('200010019924');
    expect((await addresses.getByUprn('200010019924'))?.organisation).toBe('Ordnance Survey');
  });
});
