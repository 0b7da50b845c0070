/**
 * @module @councilkit/address-os-places
 * Ordnance Survey Places API adapter for @councilkit/address.
 */
export {};
