import type { AddressHarness } from '@councilkit/address/testing';
import { startSandbox } from '@councilkit/sandbox';
import { type OsPlacesOptions, osPlaces } from './index.js';

/** The sandbox's OS Places emulator, with a provider pointed at it over real HTTP on 127.0.0.1. */
export async function osPlacesSandbox(options: OsPlacesOptions = {}) {
  const sandbox = await startSandbox();
  const baseUrl = `${sandbox.services.osPlaces}/search/places/v1`;
  const addresses = osPlaces({
    apiKey: sandbox.credentials.osPlaces.apiKey,
    baseUrl,
    retry: false,
    ...options,
  });
  return { sandbox, addresses, baseUrl, control: sandbox.emulators.osPlaces.control };
}

/** The conformance suite's provider and fixtures, from the shared address fixtures. */
export async function conformanceHarness(): Promise<AddressHarness> {
  const { sandbox, addresses, control } = await osPlacesSandbox();
  return {
    provider: addresses,
    fixtures: {
      postcode: 'W1W 7RT',
      emptyPostcode: 'SK1 1ZZ',
      unknownPostcode: 'ZE1 0AA',
      searchText: 'Downing Street',
      uprn: '100023336956',
      localCustodianCode: '5990',
    },
    requestCount: () => control.requestCount,
    teardown: () => sandbox.close(),
  };
}

export { recordingTransport } from '@councilkit/sandbox';
