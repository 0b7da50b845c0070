import { balanceDepleted, limitReached, postcodeNotFound, udprnNotFound } from './api-error.js';
import type { SourceAddress } from './source-address.js';

/** Ideal Postcodes' test postcode that answers with addresses (and costs no lookup). */
export const testPostcode = 'ID1 1QD';

/**
 * The addresses of the test postcode. The real service's are its own; these are made up in its
 * shape, with the documented test UDPRN `0` first.
 */
export const testAddresses: readonly SourceAddress[] = ['1', '2', '3'].map((number, index) => ({
  uprn: String(index),
  udprn: String(index),
  organisation: '',
  department: '',
  subBuilding: '',
  buildingName: '',
  buildingNumber: number,
  dependentStreet: '',
  street: 'Test Street',
  doubleDependentLocality: '',
  dependentLocality: '',
  postTown: 'Testville',
  postcode: testPostcode,
  latitude: 51.5,
  longitude: -0.12,
  easting: 530_000,
  northing: 180_000,
  country: 'England' as const,
  county: 'Test County',
  district: 'Test District',
  ward: 'Test Ward',
  residential: true,
}));

/**
 * What a test postcode does on `/postcodes` (compact, upper case): `ID1 KFA` not found,
 * `ID1 CLIP` no lookups left, `ID1 CHOP` limit reached. On `/addresses`, `ID1 KFA` is an empty list.
 */
export function testPostcodeOutcome(
  compact: string,
  endpoint: 'postcodes' | 'addresses',
): 'addresses' | 'empty' | undefined {
  switch (compact) {
    case 'ID11QD':
      return 'addresses';
    case 'ID1KFA':
      if (endpoint === 'addresses') return 'empty';
      throw postcodeNotFound([]);
    case 'ID1CLIP':
      throw balanceDepleted();
    case 'ID1CHOP':
      throw limitReached();
    default:
      return undefined;
  }
}

/** The documented test UDPRNs: `0` found, `-1` not found, `-2` no lookups left, `-3` limit reached. */
export function testUdprnOutcome(udprn: string): SourceAddress | undefined {
  switch (udprn) {
    case '0':
      return testAddresses[0];
    case '-1':
      throw udprnNotFound();
    case '-2':
      throw balanceDepleted();
    case '-3':
      throw limitReached();
    default:
      return undefined;
  }
}
