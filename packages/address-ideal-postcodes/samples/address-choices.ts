import { idealPostcodes } from '@councilkit/address-ideal-postcodes';

// The key comes from IDEAL_POSTCODES_API_KEY, read at the first lookup; IDEAL_POSTCODES_BASE_URL
// points at the sandbox in development and is left unset in production.
const addresses = idealPostcodes({ baseUrl: process.env['IDEAL_POSTCODES_BASE_URL'] });

/** The options of a "Select an address" list: one per address in the postcode, keyed by UPRN. */
export async function addressChoices(postcode: string) {
  const found = await addresses.findByPostcode(postcode);
  return found.map((address) => ({ value: address.uprn ?? address.singleLine, text: address.singleLine }));
}

/** The address a resident picked, ready for the form's lines, town and postcode. */
export async function chosenAddress(uprn: string) {
  const address = await addresses.getByUprn(uprn);
  return address && { lines: address.lines, town: address.town, postcode: address.postcode };
}
