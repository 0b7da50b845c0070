import { councils } from './councils.js';
import type { FixtureCouncil, FixtureWelshNames } from './types.js';

/**
 * A street in one postcode and what stands on it, from which `build.ts` makes the addresses. Streets
 * and postcodes are real places; the premises on them are made up, so no fixture is anyone's home.
 */
export interface StreetRecipe {
  readonly postcode: string;
  readonly council: FixtureCouncil;
  readonly ward: readonly [name: string, gssCode: string];
  readonly parish?: readonly [name: string, gssCode: string];
  readonly usrn: string;
  readonly street: string;
  readonly locality?: string;
  readonly town: string;
  readonly county: string;
  /** Centroid on the national grid; Northern Ireland gives latitude and longitude instead. */
  readonly grid?: readonly [easting: number, northing: number];
  readonly wgs84?: readonly [latitude: number, longitude: number];
  readonly welsh?: Omit<FixtureWelshNames, 'buildingName' | 'organisation'>;
  /** Houses numbered from `first`, every `step` (2 for one side of a street). */
  readonly houses?: { readonly first: number; readonly count: number; readonly step?: number };
  /** A block of flats: `Flat 1`... or, in Scotland, tenement positions `1F1`, `1F2`... */
  readonly flats?: {
    readonly buildingName: string;
    readonly buildingNumber?: string;
    readonly count: number;
    readonly scottish?: boolean;
    readonly welshBuildingName?: string;
  };
  /** Shops and offices, one per number from `first`, each with a flat above. */
  readonly shops?: { readonly first: number; readonly names: readonly string[] };
}

export const streets: readonly StreetRecipe[] = [
  // Test Valley: a market town, a village by OS headquarters, and Andover.
  {
    postcode: 'SO51 8GF',
    council: councils.testValley,
    ward: ['Romsey Abbey', 'E05012760'],
    parish: ['Romsey', 'E04004629'],
    usrn: '17600412',
    street: 'Church Street',
    town: 'Romsey',
    county: 'Hampshire',
    grid: [435_310, 121_290],
    houses: { first: 1, count: 10 },
    shops: { first: 40, names: ['Abbey Hotel', 'Romsey Books', 'The Old Bakery Cafe'] },
  },
  {
    postcode: 'SO51 7JR',
    council: councils.testValley,
    ward: ['Romsey Cupernham', 'E05012761'],
    parish: ['Romsey', 'E04004629'],
    usrn: '17600533',
    street: 'Cherville Street',
    town: 'Romsey',
    county: 'Hampshire',
    grid: [435_560, 121_540],
    houses: { first: 2, count: 24, step: 2 },
  },
  {
    postcode: 'SO16 0AT',
    council: councils.testValley,
    ward: ['Valley Park', 'E05012770'],
    parish: ['Nursling and Rownhams', 'E04004620'],
    usrn: '17601290',
    street: 'Adanac Drive',
    locality: 'Nursling',
    town: 'Southampton',
    county: 'Hampshire',
    grid: [437_190, 115_630],
    houses: { first: 10, count: 8 },
  },
  {
    postcode: 'SP10 1JE',
    council: councils.testValley,
    ward: ['Andover Town', 'E05012740'],
    usrn: '17602018',
    street: 'Chantry Street',
    town: 'Andover',
    county: 'Hampshire',
    grid: [436_390, 145_520],
    houses: { first: 1, count: 12 },
    flats: { buildingName: 'Chantry Court', buildingNumber: '30', count: 6 },
  },
  // Westminster.
  {
    postcode: 'W1W 7RT',
    council: councils.westminster,
    ward: ['West End', 'E05013806'],
    usrn: '8401322',
    street: 'Great Titchfield Street',
    town: 'London',
    county: 'London',
    grid: [529_030, 181_770],
    flats: { buildingName: 'Titchfield House', buildingNumber: '69', count: 10 },
    shops: { first: 71, names: ['Titchfield Tailoring Ltd', 'Fitzrovia Dental Practice'] },
  },
  {
    postcode: 'W2 1JA',
    council: councils.westminster,
    ward: ['Hyde Park', 'E05013798'],
    usrn: '8401877',
    street: 'Praed Street',
    town: 'London',
    county: 'London',
    grid: [526_930, 181_320],
    shops: { first: 100, names: ['Paddington Pharmacy', 'Praed Street News', 'Station Dry Cleaners'] },
    flats: { buildingName: 'Norfolk Mansions', buildingNumber: '110', count: 8 },
  },
  // Brighton and Hove.
  {
    postcode: 'BN1 4GH',
    council: councils.brightonAndHove,
    ward: ['West Hill & North Laine', 'E05015095'],
    usrn: '14501160',
    street: 'Gloucester Road',
    locality: 'North Laine',
    town: 'Brighton',
    county: 'East Sussex',
    grid: [531_180, 104_690],
    houses: { first: 1, count: 12 },
    flats: { buildingName: 'Gloucester Mews', count: 4 },
  },
  {
    postcode: 'BN3 3BQ',
    council: councils.brightonAndHove,
    ward: ['Central Hove', 'E05015083'],
    usrn: '14502207',
    street: 'Norton Road',
    town: 'Hove',
    county: 'East Sussex',
    grid: [528_870, 104_830],
    houses: { first: 1, count: 20, step: 2 },
  },
  // Manchester.
  {
    postcode: 'M14 5TQ',
    council: councils.manchester,
    ward: ['Rusholme', 'E05011373'],
    usrn: '42101988',
    street: 'Wilmslow Road',
    locality: 'Rusholme',
    town: 'Manchester',
    county: 'Greater Manchester',
    grid: [385_310, 395_480],
    shops: { first: 60, names: ['Rusholme Spice House', 'Curry Mile Sweets', 'Platt Fields Opticians'] },
    houses: { first: 80, count: 10, step: 2 },
  },
  {
    postcode: 'M20 2RN',
    council: councils.manchester,
    ward: ['Didsbury West', 'E05011360'],
    usrn: '42103376',
    street: 'Lapwing Lane',
    locality: 'Didsbury',
    town: 'Manchester',
    county: 'Greater Manchester',
    grid: [384_620, 391_120],
    houses: { first: 1, count: 20 },
  },
  // Stockport.
  {
    postcode: 'SK4 4AA',
    council: councils.stockport,
    ward: ['Heatons North', 'E05000788'],
    usrn: '42300514',
    street: 'Heaton Moor Road',
    locality: 'Heaton Moor',
    town: 'Stockport',
    county: 'Cheshire',
    grid: [387_640, 391_380],
    houses: { first: 2, count: 14, step: 2 },
    shops: { first: 30, names: ['Heaton Moor Library'] },
  },
  {
    postcode: 'SK7 5BW',
    council: councils.stockport,
    ward: ['Bramhall South and Woodford', 'E05000783'],
    usrn: '42301147',
    street: 'Bramhall Lane South',
    locality: 'Bramhall',
    town: 'Stockport',
    county: 'Cheshire',
    grid: [388_930, 384_610],
    houses: { first: 1, count: 12 },
  },
  // Cardiff: every address has a Welsh LPI beside the English one.
  {
    postcode: 'CF10 1BH',
    council: councils.cardiff,
    ward: ['Cathays', 'W05001291'],
    usrn: '68150422',
    street: 'Queen Street',
    town: 'Cardiff',
    county: 'South Glamorgan',
    grid: [318_480, 176_520],
    welsh: { street: 'Heol y Frenhines', town: 'Caerdydd', county: 'De Morgannwg' },
    shops: { first: 20, names: ['Capital Books', 'Queen Street Opticians', 'Castle Coffee Co'] },
    flats: {
      buildingName: 'Queens Chambers',
      buildingNumber: '30',
      count: 6,
      welshBuildingName: 'Siambrau’r Frenhines',
    },
  },
  {
    postcode: 'CF24 4HQ',
    council: councils.cardiff,
    ward: ['Plasnewydd', 'W05001303'],
    usrn: '68151736',
    street: 'Richmond Road',
    locality: 'Roath',
    town: 'Cardiff',
    county: 'South Glamorgan',
    grid: [319_120, 177_610],
    welsh: { street: 'Heol Richmond', locality: 'Y Rhath', town: 'Caerdydd', county: 'De Morgannwg' },
    houses: { first: 1, count: 20 },
  },
  {
    postcode: 'CF5 1QE',
    council: councils.cardiff,
    ward: ['Canton', 'W05001290'],
    usrn: '68152214',
    street: 'Cowbridge Road East',
    locality: 'Canton',
    town: 'Cardiff',
    county: 'South Glamorgan',
    grid: [316_820, 176_530],
    welsh: {
      street: 'Heol y Bont-faen Ddwyreiniol',
      locality: 'Treganna',
      town: 'Caerdydd',
      county: 'De Morgannwg',
    },
    flats: {
      buildingName: 'Canton House',
      buildingNumber: '150',
      count: 8,
      welshBuildingName: 'Tŷ Treganna',
    },
  },
  // Edinburgh: tenement flats are numbered by floor and position (1F2: first floor, second door).
  {
    postcode: 'EH9 1HE',
    council: councils.edinburgh,
    ward: ['Morningside', 'S13002928'],
    usrn: '9064330',
    street: 'Marchmont Road',
    locality: 'Marchmont',
    town: 'Edinburgh',
    county: 'Midlothian',
    grid: [325_690, 672_190],
    flats: { buildingName: '', buildingNumber: '23', count: 8, scottish: true },
    houses: { first: 40, count: 4 },
  },
  {
    postcode: 'EH6 6QW',
    council: councils.edinburgh,
    ward: ['Leith', 'S13002922'],
    usrn: '9064771',
    street: 'Constitution Street',
    locality: 'Leith',
    town: 'Edinburgh',
    county: 'Midlothian',
    grid: [327_010, 676_020],
    shops: { first: 50, names: ['Leith Chandlers', 'Port of Leith Distillery Shop'] },
    houses: { first: 70, count: 8 },
  },
  // Belfast: Northern Irish grid references are not on the British National Grid.
  {
    postcode: 'BT9 6AA',
    council: councils.belfast,
    ward: ['Stranmillis', 'N08000333'],
    usrn: '81320096',
    street: 'Lisburn Road',
    town: 'Belfast',
    county: 'County Antrim',
    wgs84: [54.582_61, -5.947_62],
    houses: { first: 301, count: 12, step: 2 },
  },
];
