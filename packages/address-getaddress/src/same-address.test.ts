import { type Address, createAddress } from '@councilkit/address';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The emulators' shared fixtures: what the sandbox says each address is.
import { addressDataset, type FixtureAddress } from '../../sandbox/src/emulators/address-data/index.js';
import { getAddressSandbox } from './sandbox-harness.test-helper.js';

/**
 * The Address the fixtures describe, in the fields getAddress.io carries: no UPRN or UDPRN, no
 * British grid, and coordinates for the postcode rather than the address.
 */
function expectedFrom(fixture: FixtureAddress, centroid: { latitude: number; longitude: number }): Address {
  return createAddress({
    organisation: fixture.organisation,
    department: fixture.department,
    subBuilding: fixture.subBuilding,
    buildingName: fixture.buildingName,
    buildingNumber: fixture.buildingNumber,
    street: fixture.street,
    locality: fixture.locality,
    town: fixture.town,
    postcode: fixture.postcode,
    wgs84: centroid,
    classification: { residential: fixture.residential },
    language: 'en',
    provider: 'getaddress',
  });
}

const withoutRecord = ({ providerMetadata: _, ...address }: Address) => address;

describe('the same address through getAddress.io and in the fixtures', () => {
  let context: Awaited<ReturnType<typeof getAddressSandbox>>;
  beforeAll(async () => {
    context = await getAddressSandbox();
  });
  afterAll(() => context.sandbox.close());

  // Flats, organisations, Welsh-language places, Scotland and Northern Ireland.
  it.each(['W1W 7RT', 'SW1A 2AA', 'CF10 3ND', 'EH9 1HE', 'BT1 5GS', 'SO16 0AS'])(
    'maps every address in %s to the Address the fixtures describe',
    async (postcode) => {
      const dataset = addressDataset();
      const area = dataset.postcodeArea(postcode);
      const expected = dataset
        .byPostcode(postcode)
        .filter((fixture) => fixture.udprn !== undefined && fixture.logicalStatusCode !== 8)
        .map((fixture) =>
          expectedFrom(fixture, {
            latitude: area?.latitude ?? fixture.latitude,
            longitude: area?.longitude ?? fixture.longitude,
          }),
        );
      expect(expected.length).toBeGreaterThan(0);
      const found = await context.addresses.findByPostcode(postcode);
      expect(found.map(withoutRecord)).toEqual(expected);
    },
  );

  it('gives the same lines by text as by postcode', async () => {
    const [byPostcode] = await context.addresses.findByPostcode('SW1A 2AA');
    const [byText] = await context.addresses.search('10 Downing Street');
    expect(byText?.singleLine).toBe(byPostcode?.singleLine);
  });
});
