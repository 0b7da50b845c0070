/**
 * The shared, realistic address fixtures every address emulator serves: a few hundred addresses
 * across eight councils in all four nations, with the providers' documented test postcodes.
 * @module
 */
export { gridToWgs84, type LatitudeLongitude } from './british-national-grid.js';
export { councils } from './councils.js';
export {
  type AddressDataset,
  addressDataset,
  compactPostcode,
  type DatasetQueryOptions,
  fixtureSingleLine,
  type TestValueService,
} from './dataset.js';
export { providerTestValues, specialPostcodes } from './test-values.js';
export type {
  FixtureAddress,
  FixtureCouncil,
  FixtureCountry,
  FixturePostcodeArea,
  FixtureWelshNames,
} from './types.js';
