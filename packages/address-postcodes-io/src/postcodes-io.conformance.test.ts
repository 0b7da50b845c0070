import { describeAddressProvider } from '@councilkit/address/testing';
import { startSandbox } from '@councilkit/sandbox';
import { postcodesIo } from './index.js';

// The shared suite, against the sandbox's postcodes.io emulator over real HTTP: postcode areas
// only; the suite checks that every address method refuses with UnsupportedError.
describeAddressProvider('postcodesIo against the postcodes.io emulator', async () => {
  const sandbox = await startSandbox();
  const control = sandbox.emulators.postcodesIo.control;
  return {
    provider: postcodesIo({ baseUrl: sandbox.services.postcodesIo, retry: false }),
    fixtures: { postcode: 'SO16 0AS', unknownPostcode: 'ZE1 0AA', searchText: 'Downing Street' },
    requestCount: () => control.requestCount,
    teardown: () => sandbox.close(),
  };
});
