/**
 * @module @councilkit/address-getaddress
 * getAddress.io for `@councilkit/address`: `getAddress({ apiKey })`.
 */
export { getAddress, getAddressTestPostcodes } from './getaddress.js';
export type { GetAddressOptions } from './options.js';
export { VERSION } from './version.js';
