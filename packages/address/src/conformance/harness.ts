import type { AddressProvider } from '../port.js';

/** Values that work with the provider under test; each is for the tests its comment names. */
export interface AddressFixtures {
  /** A postcode with at least two addresses (findByPostcode). */
  readonly postcode: string;
  /** A valid postcode the provider knows but which has no addresses; its test is skipped when absent. */
  readonly emptyPostcode?: string;
  /** A valid postcode the provider does not know at all. */
  readonly unknownPostcode: string;
  /** Text that finds at least one address (search). */
  readonly searchText: string;
  /** A UPRN the provider has (getByUprn). */
  readonly uprn?: string;
  /** A postcode whose area the provider knows (lookupPostcodeArea); `postcode` unless given. */
  readonly areaPostcode?: string;
  /** The local custodian code of `postcode`'s addresses (the council filter). */
  readonly localCustodianCode?: string;
}

/** What `setup` gives the conformance suite. */
export interface AddressHarness {
  readonly provider: AddressProvider;
  readonly fixtures: AddressFixtures;
  /**
   * How many requests have reached the provider so far (an emulator's log, a counting transport);
   * when given, the suite checks that rejected input sends none.
   */
  requestCount?(): number;
  /** Runs once after the suite: close servers, clear state. */
  teardown?(): Promise<void> | void;
}

/** Options of `describeAddressProvider`. */
export interface DescribeAddressProviderOptions {
  /** Names of tests to skip, for a known gap; prefer capabilities. */
  readonly skip?: readonly string[];
}
