import type { AddressHarness } from '@councilkit/address/testing';
import { startSandbox } from '@councilkit/sandbox';
import { type GetAddressOptions, getAddress } from './index.js';

/** The sandbox's getAddress.io emulator, with a provider pointed at it over real HTTP on 127.0.0.1. */
export async function getAddressSandbox(options: GetAddressOptions = {}) {
  const sandbox = await startSandbox();
  const credentials = sandbox.credentials.getAddress;
  const addresses = getAddress({
    apiKey: credentials.apiKey,
    baseUrl: sandbox.services.getAddress,
    retry: false,
    ...options,
  });
  return { sandbox, addresses, credentials, control: sandbox.emulators.getAddress.control };
}

/** The conformance suite's provider and fixtures, from the shared address fixtures. */
export async function conformanceHarness(): Promise<AddressHarness> {
  const { sandbox, addresses, control } = await getAddressSandbox();
  return {
    provider: addresses,
    fixtures: {
      postcode: 'W1W 7RT',
      emptyPostcode: 'SK1 1ZZ',
      unknownPostcode: 'ZE1 0AA',
      searchText: 'Downing Street',
      areaPostcode: 'SW1A 2AA',
    },
    requestCount: () => control.requestCount,
    teardown: () => sandbox.close(),
  };
}

export { recordingTransport } from '@councilkit/sandbox';
