import { ConfigError, type LoggerOptions } from '@councilkit/core';
import { type AddressProviderImplementation, defineAddressProvider, testPostcodesOf } from '../define.js';
import type { Address } from '../model/address.js';
import type { CallOptions } from '../model/call-options.js';
import { parseLocalCustodianCode } from '../model/queries.js';
import type { AddressProvider } from '../port.js';
import { checkProvider } from './check-provider.js';

/**
 * Narrows a provider to one council's addresses, by its AddressBase local custodian code (Test
 * Valley is `1760`): lookups find only addresses that council looks after, so a form can refuse an
 * address outside the area. Postcode areas pass through. The provider must report custodian codes.
 */
export function withinCouncil(
  provider: AddressProvider,
  localCustodianCode: string | number,
  options: LoggerOptions = {},
): AddressProvider {
  checkProvider(provider, 'provider', 'withinCouncil');
  const code = parseLocalCustodianCode(localCustodianCode);
  if (!code.success) {
    throw new ConfigError(
      [{ path: 'localCustodianCode', message: 'must be a local custodian code of 1 to 4 digits' }],
      {
        summary: 'Invalid withinCouncil options',
      },
    );
  }
  if (!provider.capabilities.localCustodianCode) {
    throw new ConfigError(
      [
        {
          path: 'provider',
          message: `${provider.provider} does not say which council looks after an address`,
        },
      ],
      { summary: 'Invalid withinCouncil options' },
    );
  }
  const council = code.data;
  // A query naming another council can match nothing here.
  const narrowed = <Query extends { localCustodianCode?: string }>(query: Query) =>
    query.localCustodianCode === undefined || query.localCustodianCode === council
      ? { ...query, localCustodianCode: council }
      : undefined;

  const implementation: {
    -readonly [Key in keyof AddressProviderImplementation]: AddressProviderImplementation[Key];
  } = {
    provider: provider.provider,
    localCustodianCode: true,
    testPostcodes: testPostcodesOf(provider),
  };
  const { capabilities } = provider;
  if (capabilities.findByPostcode) {
    implementation.findByPostcode = async (query, callOptions: CallOptions): Promise<Address[]> => {
      const scoped = narrowed(query);
      return scoped ? provider.findByPostcode(scoped, callOptions) : [];
    };
  }
  if (capabilities.search) {
    implementation.search = async (query, callOptions) => {
      const scoped = narrowed(query);
      return scoped ? provider.search(scoped, callOptions) : [];
    };
  }
  if (capabilities.getByUprn) {
    implementation.getByUprn = async (query, callOptions) => {
      const scoped = narrowed(query);
      return scoped ? provider.getByUprn(scoped, callOptions) : undefined;
    };
  }
  if (capabilities.lookupPostcodeArea) {
    implementation.lookupPostcodeArea = (query, callOptions) =>
      provider.lookupPostcodeArea(query, callOptions);
  }
  return defineAddressProvider(implementation, options);
}
