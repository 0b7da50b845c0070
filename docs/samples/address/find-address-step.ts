import { isValidPostcode } from '@councilkit/address';
import { addressProvider } from './choose-address-provider.js';

const addresses = addressProvider();

/** The "Find your address" page of a GOV.UK form: radio items, or an error for the summary. */
export async function findAddressStep(form: { postcode?: string }) {
  const postcode = form.postcode ?? '';
  if (!isValidPostcode(postcode)) return { error: { text: 'Enter a full postcode', href: '#postcode' } };
  const found = await addresses.findByPostcode(postcode);
  if (found.length === 0)
    return { error: { text: 'No addresses found for that postcode', href: '#postcode' } };
  return {
    postcode,
    items: found.map((address) => ({ value: address.uprn ?? '', text: address.singleLine })),
  };
}
