/**
 * @module @councilkit/address-postcodes-io
 * postcodes.io adapter for @councilkit/address (postcode areas).
 */
export {};
