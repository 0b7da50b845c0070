import { type Address, createAddress } from '@councilkit/address';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The emulators' shared fixtures: what the sandbox says each address is.
import { addressDataset, type FixtureAddress } from '../../sandbox/src/emulators/address-data/index.js';
import { idealPostcodesSandbox } from './sandbox-harness.test-helper.js';

/** The Address the fixtures describe, in the fields Ideal Postcodes' PAF records carry. */
function expectedFrom(fixture: FixtureAddress): Address {
  return createAddress({
    uprn: fixture.uprn,
    udprn: fixture.udprn,
    organisation: fixture.organisation,
    department: fixture.department,
    subBuilding: fixture.subBuilding,
    buildingName: fixture.buildingName,
    buildingNumber: fixture.buildingNumber,
    street: [fixture.dependentStreet, fixture.street].filter(Boolean).join(', '),
    locality: fixture.locality,
    town: fixture.town,
    postcode: fixture.postcode,
    wgs84: { latitude: fixture.latitude, longitude: fixture.longitude },
    britishNationalGrid:
      fixture.easting === null || fixture.northing === null
        ? undefined
        : { easting: fixture.easting, northing: fixture.northing },
    language: 'en',
    provider: 'ideal-postcodes',
  });
}

const withoutRecord = ({ providerMetadata: _, ...address }: Address) => address;

describe('the same address through Ideal Postcodes and in the fixtures', () => {
  let context: Awaited<ReturnType<typeof idealPostcodesSandbox>>;
  beforeAll(async () => {
    context = await idealPostcodesSandbox();
  });
  afterAll(() => context.sandbox.close());

  // Flats, organisations, Welsh-language places, Scotland and Northern Ireland.
  it.each(['W1W 7RT', 'SW1A 2AA', 'CF10 3ND', 'EH9 1HE', 'BT1 5GS', 'SO16 0AS'])(
    'maps every address in %s to the Address the fixtures describe',
    async (postcode) => {
      const expected = addressDataset()
        .byPostcode(postcode)
        .filter((fixture) => fixture.udprn !== undefined && fixture.logicalStatusCode !== 8)
        .map(expectedFrom);
      expect(expected.length).toBeGreaterThan(0);
      const found = await context.addresses.findByPostcode(postcode);
      expect(found.map(withoutRecord)).toEqual(expected);
    },
  );

  it('gives the same Address by UPRN and by text as by postcode', async () => {
    const [byPostcode] = await context.addresses.findByPostcode('SW1A 2AA');
    expect(await context.addresses.getByUprn('100023336956')).toEqual(byPostcode);
    const [byText] = await context.addresses.search('10 Downing Street');
    expect(byText).toEqual(byPostcode);
  });
});
