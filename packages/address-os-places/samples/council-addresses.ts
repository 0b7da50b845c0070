import { withinCouncil } from '@councilkit/address';
import { osPlaces } from '@councilkit/address-os-places';

// The key comes from OS_PLACES_API_KEY, read at the first lookup; OS_PLACES_BASE_URL points at the
// sandbox in development and is left unset in production.
const addresses = osPlaces({
  baseUrl: process.env['OS_PLACES_BASE_URL'],
  filters: ['CLASSIFICATION_CODE:R*'],
});

/** Homes that Cardiff Council (custodian code 6815) looks after, with their Welsh names. */
export async function cardiffHomesInWelsh(postcode: string) {
  const found = await withinCouncil(addresses, 6815).findByPostcode({
    postcode,
    providerOptions: { 'os-places': { dataset: 'LPI', language: 'cy' } },
  });
  return found.map((address) => address.singleLine);
}
