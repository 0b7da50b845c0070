/**
 * @module @councilkit/address-postcodes-io
 * postcodes.io adapter for @councilkit/address (postcode areas).
 */
export type { PostcodesIoOptions } from './options.js';
export { postcodesIo } from './postcodes-io.js';
