/** What a provider can do, read at run time; a method whose flag is false throws `UnsupportedError`. */
export interface AddressCapabilities {
  readonly findByPostcode: boolean;
  readonly search: boolean;
  readonly getByUprn: boolean;
  readonly lookupPostcodeArea: boolean;
  /** Addresses carry the council's local custodian code, so `withinCouncil` can filter by it. */
  readonly localCustodianCode: boolean;
}

/** The names of the port's lookup methods, each also a capability. */
export const addressMethods = ['findByPostcode', 'search', 'getByUprn', 'lookupPostcodeArea'] as const;

export type AddressMethod = (typeof addressMethods)[number];
