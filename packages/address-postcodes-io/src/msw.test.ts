import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postcodesIo } from './index.js';

// msw answers requests to the real host with the emulator, so the adapter runs with its default
// base URL: proof that the emulator sits at postcodes.io's exact paths.
describe('postcodesIo under msw, at the real host', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
  });

  it('says where SO16 0AS lies, at api.postcodes.io', async () => {
    const areas = postcodesIo({ transport: fetchTransport() });
    expect((await areas.lookupPostcodeArea('SO16 0AS'))?.adminDistrict?.name).toBe('Test Valley');
  });
});
