/**
 * @module @councilkit/address-ideal-postcodes
 * Ideal Postcodes adapter for @councilkit/address.
 */
export {};
