import { councils } from './councils.js';
import type { StreetRecipe } from './streets.js';
import type { FixtureAddress, FixtureCouncil, FixtureWelshNames } from './types.js';

/**
 * Addresses written out one by one: the examples the providers' own documentation uses (OS
 * headquarters, 10 Downing Street, Brighton's council offices) and a council office in each nation.
 * Fields the build fills in (coordinates in both systems, dates) are left out.
 */
export interface LandmarkAddress
  extends Omit<
    FixtureAddress,
    'latitude' | 'longitude' | 'easting' | 'northing' | 'entryDate' | 'lastUpdateDate' | 'logicalStatusCode'
  > {
  readonly grid?: readonly [easting: number, northing: number];
  readonly wgs84?: readonly [latitude: number, longitude: number];
  readonly logicalStatusCode?: 1 | 6 | 8;
}

/** Where a landmark's postcode lies, when no street recipe covers it. */
export type LandmarkArea = Pick<
  StreetRecipe,
  'postcode' | 'council' | 'ward' | 'parish' | 'grid' | 'wgs84'
> & { readonly postcodeType: 'S' | 'L' };

const office = (council: FixtureCouncil) => ({
  council,
  residential: false,
  classificationCode: council === councils.westminster ? 'CO01GV' : 'CO01LG',
  classificationDescription:
    council === councils.westminster ? 'Central Government Service' : 'Local Government Service',
});

const welshCityHall: FixtureWelshNames = {
  organisation: 'Cyngor Caerdydd',
  buildingName: 'Neuadd y Ddinas',
  street: 'Parc Cathays',
  town: 'Caerdydd',
  county: 'De Morgannwg',
};

export const landmarkAreas: readonly LandmarkArea[] = [
  {
    postcode: 'SO16 0AS',
    council: councils.testValley,
    ward: ['Valley Park', 'E05012770'],
    parish: ['Nursling and Rownhams', 'E04004620'],
    grid: [437_292, 115_541],
    postcodeType: 'L',
  },
  {
    postcode: 'SW1A 2AA',
    council: councils.westminster,
    ward: ["St James's", 'E05013805'],
    grid: [530_047, 179_951],
    postcodeType: 'L',
  },
  {
    postcode: 'BN1 1JE',
    council: councils.brightonAndHove,
    ward: ['Regency', 'E05015092'],
    grid: [531_030, 104_080],
    postcodeType: 'L',
  },
  {
    postcode: 'M2 5DB',
    council: councils.manchester,
    ward: ['Deansgate', 'E05011356'],
    grid: [383_790, 398_050],
    postcodeType: 'L',
  },
  {
    postcode: 'SK1 3XE',
    council: councils.stockport,
    ward: ['Brinnington and Stockport Central', 'E05000784'],
    grid: [389_560, 389_880],
    postcodeType: 'L',
  },
  // A live postcode with no delivery points: lookups find it, but no addresses.
  {
    postcode: 'SK1 1ZZ',
    council: councils.stockport,
    ward: ['Brinnington and Stockport Central', 'E05000784'],
    grid: [389_780, 390_420],
    postcodeType: 'S',
  },
  {
    postcode: 'CF10 3ND',
    council: councils.cardiff,
    ward: ['Cathays', 'W05001291'],
    grid: [318_210, 176_860],
    postcodeType: 'L',
  },
  {
    postcode: 'EH1 1YJ',
    council: councils.edinburgh,
    ward: ['City Centre', 'S13002920'],
    grid: [325_790, 673_640],
    postcodeType: 'L',
  },
  {
    postcode: 'BT1 5GS',
    council: councils.belfast,
    ward: ['Ormeau', 'N08000329'],
    wgs84: [54.596_45, -5.930_11],
    postcodeType: 'L',
  },
];

export const landmarkAddresses: readonly LandmarkAddress[] = [
  {
    uprn: '200010019924',
    udprn: '52126562',
    usrn: '17601290',
    organisation: 'Ordnance Survey',
    buildingNumber: '4',
    street: 'Adanac Drive',
    locality: 'Nursling',
    town: 'Southampton',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    grid: [437_292, 115_541],
    ...office(councils.testValley),
    classificationCode: 'CO01GV',
    classificationDescription: 'Central Government Service',
  },
  // An object with no postal address: only the council's LPI knows it.
  {
    uprn: '200010019925',
    usrn: '17601290',
    buildingName: 'Visitor Car Park',
    street: 'Adanac Drive',
    locality: 'Nursling',
    town: 'Southampton',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    grid: [437_340, 115_610],
    council: councils.testValley,
    residential: false,
    classificationCode: 'CT01',
    classificationDescription: 'Car / Coach / Commercial Vehicle / Taxi Parking / Park And Ride Site',
  },
  {
    uprn: '100023336956',
    udprn: '23747771',
    usrn: '8400709',
    organisation: 'Prime Minister & First Lord of the Treasury',
    buildingNumber: '10',
    street: 'Downing Street',
    town: 'London',
    county: 'London',
    postcode: 'SW1A 2AA',
    grid: [530_047, 179_951],
    ...office(councils.westminster),
  },
  {
    uprn: '22062038',
    udprn: '19986131',
    usrn: '14500312',
    organisation: 'Brighton & Hove City Council',
    buildingName: 'Bartholomew House',
    street: 'Bartholomew Square',
    town: 'Brighton',
    county: 'East Sussex',
    postcode: 'BN1 1JE',
    grid: [531_030, 104_080],
    ...office(councils.brightonAndHove),
  },
  {
    uprn: '77152301',
    udprn: '17702250',
    usrn: '42100011',
    organisation: 'Manchester City Council',
    buildingName: 'Town Hall Extension',
    street: 'Lloyd Street',
    town: 'Manchester',
    county: 'Greater Manchester',
    postcode: 'M2 5DB',
    grid: [383_790, 398_050],
    ...office(councils.manchester),
  },
  {
    uprn: '100011460001',
    udprn: '17451022',
    usrn: '42300002',
    organisation: 'Stockport Metropolitan Borough Council',
    buildingName: 'Town Hall',
    street: 'Edward Street',
    town: 'Stockport',
    county: 'Cheshire',
    postcode: 'SK1 3XE',
    grid: [389_560, 389_880],
    ...office(councils.stockport),
  },
  {
    uprn: '100100102000',
    udprn: '53302510',
    usrn: '68150001',
    organisation: 'Cardiff Council',
    buildingName: 'City Hall',
    street: 'Cathays Park',
    town: 'Cardiff',
    county: 'South Glamorgan',
    postcode: 'CF10 3ND',
    grid: [318_210, 176_860],
    welsh: welshCityHall,
    ...office(councils.cardiff),
  },
  {
    uprn: '906700001',
    udprn: '10541377',
    usrn: '9064001',
    organisation: 'The City of Edinburgh Council',
    buildingName: 'City Chambers',
    buildingNumber: '253',
    street: 'High Street',
    town: 'Edinburgh',
    county: 'Midlothian',
    postcode: 'EH1 1YJ',
    grid: [325_790, 673_640],
    ...office(councils.edinburgh),
  },
  {
    uprn: '185000001',
    udprn: '54301788',
    usrn: '81320001',
    organisation: 'Belfast City Council',
    buildingName: 'City Hall',
    street: 'Donegall Square North',
    town: 'Belfast',
    county: 'County Antrim',
    postcode: 'BT1 5GS',
    wgs84: [54.596_45, -5.930_11],
    ...office(councils.belfast),
  },
];

// The providers' documented test postcodes. Each answers only at its own provider's emulator.
const testAddress = (
  provider: 'idealPostcodes' | 'getAddress',
  postcode: string,
  index: number,
  uprn: string,
  udprn: string,
): LandmarkAddress => ({
  uprn,
  udprn,
  usrn: '99990001',
  buildingNumber: String(index),
  street: provider === 'idealPostcodes' ? 'Test Road' : 'Sandbox Street',
  town: 'Testtown',
  county: 'Testshire',
  postcode,
  grid: [530_000 + index * 10, 180_000],
  council: councils.westminster,
  residential: true,
  classificationCode: 'RD04',
  classificationDescription: 'Terraced',
  testValueOf: provider,
});

export const testValueAddresses: readonly LandmarkAddress[] = [
  testAddress('idealPostcodes', 'ID1 1QD', 1, '999000000001', '0'),
  testAddress('idealPostcodes', 'ID1 1QD', 2, '999000000002', '99999992'),
  testAddress('idealPostcodes', 'ID1 1QD', 3, '999000000003', '99999993'),
  testAddress('getAddress', 'XX2 00X', 1, '999000000101', '99999101'),
  testAddress('getAddress', 'XX2 00X', 2, '999000000102', '99999102'),
  testAddress('getAddress', 'XX2 00X', 3, '999000000103', '99999103'),
];
