import type { AddressHarness } from '@councilkit/address/testing';
import { startSandbox } from '@councilkit/sandbox';
import { type IdealPostcodesOptions, idealPostcodes } from './index.js';

/** The sandbox's Ideal Postcodes emulator, with a provider pointed at it over real HTTP on 127.0.0.1. */
export async function idealPostcodesSandbox(options: IdealPostcodesOptions = {}) {
  const sandbox = await startSandbox();
  const credentials = sandbox.credentials.idealPostcodes;
  const addresses = idealPostcodes({
    apiKey: credentials.apiKey,
    baseUrl: sandbox.services.idealPostcodes,
    retry: false,
    ...options,
  });
  return { sandbox, addresses, credentials, control: sandbox.emulators.idealPostcodes.control };
}

/** The conformance suite's provider and fixtures, from the shared address fixtures. */
export async function conformanceHarness(): Promise<AddressHarness> {
  const { sandbox, addresses, control } = await idealPostcodesSandbox();
  return {
    provider: addresses,
    fixtures: {
      postcode: 'W1W 7RT',
      emptyPostcode: 'SK1 1ZZ',
      unknownPostcode: 'ZE1 0AA',
      searchText: 'Downing Street',
      uprn: '100023336956',
      areaPostcode: 'SW1A 2AA',
    },
    requestCount: () => control.requestCount,
    teardown: () => sandbox.close(),
  };
}

export { recordingTransport } from '@councilkit/sandbox';
