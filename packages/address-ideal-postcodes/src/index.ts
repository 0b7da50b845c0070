/**
 * @module @councilkit/address-ideal-postcodes
 * Ideal Postcodes for `@councilkit/address`: `idealPostcodes({ apiKey })`.
 */
export { idealPostcodes, idealPostcodesTestPostcodes } from './ideal-postcodes.js';
export type { IdealPostcodesOptions } from './options.js';
export { VERSION } from './version.js';
