import type { Address } from './model/address.js';
import type { CallOptions } from './model/call-options.js';
import type { AddressCapabilities } from './model/capabilities.js';
import type { PostcodeArea } from './model/postcode-area.js';
import type { PostcodeAreaQuery, PostcodeQuery, SearchQuery, UprnQuery } from './model/queries.js';

/**
 * Finds UK addresses and where postcodes lie, through one provider. Every method checks its input
 * first and throws a `ValidationError` naming the field before any request (an invalid postcode
 * among them). Finding nothing is an empty list or `undefined`, never an error; anything else that
 * goes wrong is a `CouncilKitError` (`AuthError`, `RateLimitError`, `TransportError`, ...). A method
 * the provider cannot serve throws `UnsupportedError`: read `capabilities` first.
 *
 * @example
 * const addresses = await addressProvider.findByPostcode('SO16 0AS');
 * const chosen = addresses.find((address) => address.uprn === form.uprn);
 */
export interface AddressProvider {
  /** The provider's name, e.g. `os-places` or `memory`. */
  readonly provider: string;
  /** What this provider can do. */
  readonly capabilities: AddressCapabilities;

  /** Every address in a postcode, in the provider's order; `[]` when it has none. */
  findByPostcode(query: string | PostcodeQuery, options?: CallOptions): Promise<Address[]>;

  /** Addresses matching free text, best first, at most `limit` (10 unless given); `[]` when none match. */
  search(query: string | SearchQuery, options?: CallOptions): Promise<Address[]>;

  /** The address with this UPRN; `undefined` when there is none. */
  getByUprn(query: string | number | UprnQuery, options?: CallOptions): Promise<Address | undefined>;

  /** The council, ward, parish and country a postcode lies in; `undefined` when the postcode is unknown. */
  lookupPostcodeArea(
    query: string | PostcodeAreaQuery,
    options?: CallOptions,
  ): Promise<PostcodeArea | undefined>;
}
