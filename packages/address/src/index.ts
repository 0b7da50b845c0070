/**
 * @module @councilkit/address
 * The provider-neutral address port: find addresses by postcode, text or UPRN, and where a postcode
 * lies. The model, postcode tools, `defineAddressProvider` for adapter authors, compositions (cache,
 * fallback, one council's addresses) and the memory adapter; the conformance suite is at
 * `@councilkit/address/testing`.
 */

export { type CacheOptions, withCache } from './compose/with-cache.js';
export { withFallback } from './compose/with-fallback.js';
export { withinCouncil } from './compose/within-council.js';
export { type AddressParts, canonicalPostcode, createAddress, createPostcodeArea } from './create-address.js';
export { type AddressProviderImplementation, defineAddressProvider } from './define.js';
export * from './errors.js';
export {
  type MemoryAddressControls,
  type MemoryAddressInput,
  type MemoryAddressOptions,
  type MemoryAddressProvider,
  type MemoryCapability,
  type MemoryPostcodeAreaInput,
  memoryAddresses,
} from './memory.js';
export type {
  Address,
  AddressClassification,
  BritishNationalGridPoint,
  Wgs84Point,
} from './model/address.js';
export type { CallOptions } from './model/call-options.js';
export { type AddressCapabilities, type AddressMethod, addressMethods } from './model/capabilities.js';
export type { Country, NamedArea, PostcodeArea } from './model/postcode-area.js';
export type {
  ParsedPostcodeAreaQuery,
  ParsedPostcodeQuery,
  ParsedSearchQuery,
  ParsedUprnQuery,
  PostcodeAreaQuery,
  PostcodeQuery,
  ProviderOptions,
  SearchQuery,
  UprnQuery,
} from './model/queries.js';
export type { AddressProvider } from './port.js';
export * from './postcode.js';
