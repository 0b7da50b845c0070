import { isValidPostcode } from '@councilkit/address';
import { getAddress } from '@councilkit/address-getaddress';

// The key comes from GETADDRESS_API_KEY, read at the first lookup; GETADDRESS_BASE_URL points at
// the sandbox in development and is left unset in production.
const addresses = getAddress({ baseUrl: process.env['GETADDRESS_BASE_URL'] });

/** Addresses for a finder that takes a postcode or part of an address, whichever was typed. */
export async function findAddresses(typed: string) {
  const found = isValidPostcode(typed)
    ? await addresses.findByPostcode(typed)
    : await addresses.search({ text: typed, limit: 5 });
  return found.map((address) => ({ lines: address.lines, town: address.town, postcode: address.postcode }));
}
