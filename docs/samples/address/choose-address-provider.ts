import { type AddressProvider, memoryAddresses } from '@councilkit/address';
import { idealPostcodes } from '@councilkit/address-ideal-postcodes';
import { osPlaces } from '@councilkit/address-os-places';

/** The council's address provider, chosen by configuration alone; the rest of the code never changes. */
export function addressProvider(env: Record<string, string | undefined> = process.env): AddressProvider {
  switch (env['ADDRESS_PROVIDER']) {
    case 'os-places':
      return osPlaces({ apiKey: env['OS_PLACES_API_KEY'], baseUrl: env['OS_PLACES_BASE_URL'] });
    case 'ideal-postcodes':
      return idealPostcodes({
        apiKey: env['IDEAL_POSTCODES_API_KEY'],
        baseUrl: env['IDEAL_POSTCODES_BASE_URL'],
      });
    default:
      return memoryAddresses();
  }
}
