/**
 * @module @councilkit/address-getaddress
 * getAddress.io adapter for @councilkit/address.
 */
export {};
