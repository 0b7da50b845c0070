import { describeAddressProvider } from '@councilkit/address/testing';
import { memoryAddresses } from './memory.js';

const fixtures = {
  postcode: 'W1W 7RT',
  emptyPostcode: 'SK1 1ZZ',
  unknownPostcode: 'ZE1 0AA',
  searchText: 'Titchfield House',
  uprn: '22062038',
  areaPostcode: 'SO16 0AS',
  localCustodianCode: '5990',
};

describeAddressProvider('memory', () => {
  const provider = memoryAddresses();
  return { provider, fixtures, requestCount: provider.controls.lookups };
});

// A smaller provider: the suite skips what it lacks and checks that each lacking method refuses.
describeAddressProvider('memory without search, UPRNs or council codes', () => {
  const provider = memoryAddresses({ without: ['search', 'getByUprn', 'localCustodianCode'] });
  return { provider, fixtures, requestCount: provider.controls.lookups };
});
