import { addressBook, type SourceAddress, type SourceAddressBook } from './source-address.js';

const blank = {
  organisation: '',
  department: '',
  subBuilding: '',
  buildingName: '',
  buildingNumber: '',
  dependentStreet: '',
  street: '',
  doubleDependentLocality: '',
  dependentLocality: '',
  county: '',
  ward: '',
  residential: true,
} as const;

const samples: SourceAddress[] = [
  {
    ...blank,
    uprn: '100023336956',
    udprn: '23747771',
    organisation: 'Prime Minister & First Lord Of The Treasury',
    buildingNumber: '10',
    street: 'Downing Street',
    postTown: 'London',
    postcode: 'SW1A 2AA',
    latitude: 51.503541,
    longitude: -0.12767,
    easting: 530047,
    northing: 179951,
    country: 'England',
    county: 'London',
    district: 'Westminster',
    ward: "St. James's",
    residential: false,
  },
  {
    ...blank,
    uprn: '22062038',
    udprn: '1234567',
    subBuilding: 'Flat 2',
    buildingName: 'Kings House',
    buildingNumber: '12',
    street: 'Grand Avenue',
    postTown: 'Hove',
    postcode: 'BN3 2LS',
    latitude: 50.8268,
    longitude: -0.1681,
    easting: 528600,
    northing: 104700,
    country: 'England',
    county: 'East Sussex',
    district: 'Brighton and Hove',
    ward: 'Central Hove',
  },
];

/** A handful of addresses for the emulator's own tests. */
export function sampleAddressBook(): SourceAddressBook {
  return addressBook(samples);
}
