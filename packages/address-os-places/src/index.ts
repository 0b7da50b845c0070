/**
 * @module @councilkit/address-os-places
 * Ordnance Survey Places API adapter for @councilkit/address.
 */
export type { OsPlacesCallOptions, OsPlacesOptions } from './options.js';
export { osPlaces } from './os-places.js';
export { titleCase } from './title-case.js';
