import { isProviderUnavailable, ValidationError } from '@councilkit/address';
import { idealPostcodes } from '@councilkit/address-ideal-postcodes';

const addresses = idealPostcodes({ baseUrl: process.env['IDEAL_POSTCODES_BASE_URL'] });

/**
 * Looks a postcode up, and says what the page should do when that is not possible: ask again for a
 * postcode that is not one, or let the resident type the address when Ideal Postcodes is out of
 * lookups, rate limited or down.
 */
export async function lookupOrManualEntry(postcode: string) {
  try {
    return { addresses: await addresses.findByPostcode(postcode) };
  } catch (error) {
    if (error instanceof ValidationError) return { error: 'Enter a full UK postcode, like SW1A 2AA' };
    if (isProviderUnavailable(error)) return { manualEntry: true };
    throw error;
  }
}
