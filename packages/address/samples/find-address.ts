import { type AddressProvider, isValidPostcode } from '@councilkit/address';

/** The GOV.UK "Find your address" step: radios to choose from, or the error for the summary. */
export async function addressChoices(addresses: AddressProvider, postcode: string) {
  if (!isValidPostcode(postcode)) {
    return { error: { text: 'Enter a full postcode, like SO16 0AS', href: '#postcode' } };
  }
  const found = await addresses.findByPostcode(postcode);
  if (found.length === 0) return { error: { text: 'We could not find that postcode', href: '#postcode' } };
  return {
    items: found.map((address) => ({ value: address.uprn ?? address.singleLine, text: address.singleLine })),
  };
}
