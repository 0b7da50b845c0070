import { gridToWgs84 } from './british-national-grid.js';
import { councils } from './councils.js';
import { type LandmarkAddress, landmarkAddresses, landmarkAreas, testValueAddresses } from './landmarks.js';
import { type StreetRecipe, streets } from './streets.js';
import type { FixtureAddress, FixtureCouncil, FixturePostcodeArea } from './types.js';

/** The built fixtures: every address and every postcode area, in a fixed order. */
export interface BuiltFixtures {
  readonly addresses: readonly FixtureAddress[];
  readonly areas: readonly FixturePostcodeArea[];
}

// The first UPRN given out in each council. Real UPRNs run from 1 to 12 digits, and Brighton's
// and Manchester's are short, so the fixtures have short ones too.
const firstUprn = new Map<FixtureCouncil, number>([
  [councils.testValley, 200_010_030_000],
  [councils.westminster, 100_023_400_000],
  [councils.brightonAndHove, 22_070_000],
  [councils.manchester, 77_160_000],
  [councils.stockport, 100_011_470_000],
  [councils.cardiff, 100_100_110_000],
  [councils.edinburgh, 906_710_000],
  [councils.belfast, 185_010_000],
]);

const classifications = {
  terraced: ['RD04', 'Terraced'],
  semiDetached: ['RD03', 'Semi-Detached'],
  flat: ['RD06', 'Self Contained Flat (Includes Maisonette / Apartment)'],
  shop: ['CR08', 'Shop / Showroom'],
  office: ['CO01', 'Office / Work Studio'],
  hotel: ['CH01', 'Hotel / Motel / Boarding / Guest House'],
  community: ['CC04', 'Public / Village Hall / Other Community Facility'],
} as const;

function classificationOfBusiness(name: string): readonly [string, string] {
  if (/Hotel/.test(name)) return classifications.hotel;
  if (/Library/.test(name)) return classifications.community;
  if (/Ltd|Practice|Opticians/.test(name)) return classifications.office;
  return classifications.shop;
}

/** dd/mm/yyyy, as OS Places writes dates, varied by position so records differ. */
function dateFor(index: number, baseYear: number): string {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  return `${day}/${month}/${baseYear + (index % 15)}`;
}

function locate(
  grid: readonly [number, number] | undefined,
  wgs84: readonly [number, number] | undefined,
  offset: number | undefined,
) {
  // Premises step along the street, ten to a row, about nine metres apart; landmarks and
  // postcode centroids (no offset) stand exactly where they were put.
  const dx = offset === undefined ? 0 : (offset % 10) * 9 - 40;
  const dy = offset === undefined ? 0 : Math.floor(offset / 10) * 12 - 10;
  if (grid) {
    const easting = grid[0] + dx;
    const northing = grid[1] + dy;
    return { easting, northing, ...gridToWgs84(easting, northing) };
  }
  const [latitude, longitude] = wgs84 ?? [0, 0];
  // About nine metres in each direction at these latitudes.
  return {
    easting: null,
    northing: null,
    latitude: Math.round((latitude + dy * 0.000009) * 1e6) / 1e6,
    longitude: Math.round((longitude + dx * 0.000015) * 1e6) / 1e6,
  };
}

function areaOf(
  source: Pick<StreetRecipe, 'postcode' | 'council' | 'ward' | 'parish' | 'grid' | 'wgs84'>,
  postcodeType: 'S' | 'L',
): FixturePostcodeArea {
  const where = locate(source.grid, source.wgs84, undefined);
  return {
    postcode: source.postcode,
    council: source.council,
    ward: { name: source.ward[0], gssCode: source.ward[1] },
    parish: source.parish ? { name: source.parish[0], gssCode: source.parish[1] } : null,
    easting: source.grid ? source.grid[0] : null,
    northing: source.grid ? source.grid[1] : null,
    latitude: where.latitude,
    longitude: where.longitude,
    quality: 1,
    postcodeType,
  };
}

function streetAddresses(
  recipe: StreetRecipe,
  nextUprn: () => string,
  nextUdprn: () => string,
): FixtureAddress[] {
  const built: FixtureAddress[] = [];
  const add = (
    premises: Partial<FixtureAddress> & {
      classification: readonly [string, string];
      position: number;
      welshBuildingName?: string | undefined;
    },
  ) => {
    const { classification, position, welshBuildingName, ...fields } = premises;
    const index = built.length;
    const welsh = recipe.welsh
      ? { ...recipe.welsh, ...(welshBuildingName ? { buildingName: welshBuildingName } : {}) }
      : undefined;
    built.push({
      uprn: nextUprn(),
      udprn: nextUdprn(),
      usrn: recipe.usrn,
      street: recipe.street,
      ...(recipe.locality ? { locality: recipe.locality } : {}),
      town: recipe.town,
      county: recipe.county,
      postcode: recipe.postcode,
      ...locate(recipe.grid, recipe.wgs84, position),
      classificationCode: classification[0],
      classificationDescription: classification[1],
      residential: classification[0].startsWith('R'),
      council: recipe.council,
      deliveryPointSuffix: `${1 + Math.floor(index / 25)}${'ABDEFGHJLNPQRSTUWXYZ'[index % 20]}`,
      logicalStatusCode: 1,
      entryDate: dateFor(index, 2001),
      lastUpdateDate: dateFor(index + 7, 2016),
      ...fields,
      ...(welsh ? { welsh } : {}),
    });
  };

  let position = 0;
  if (recipe.houses) {
    const { first, count, step = 1 } = recipe.houses;
    for (let house = 0; house < count; house++) {
      add({
        buildingNumber: String(first + house * step),
        classification: step === 2 ? classifications.semiDetached : classifications.terraced,
        position: position++,
      });
    }
  }
  if (recipe.flats) {
    const { buildingName, buildingNumber, count, scottish, welshBuildingName } = recipe.flats;
    const parentUprn = nextUprn();
    const buildingPosition = position++;
    for (let flat = 1; flat <= count; flat++) {
      // Tenement flats: ground floor first, two doors a landing.
      const floor = Math.floor((flat - 1) / 2);
      const subBuilding = scottish ? `${floor === 0 ? 'G' : floor}F${((flat - 1) % 2) + 1}` : `Flat ${flat}`;
      add({
        subBuilding,
        ...(buildingName ? { buildingName } : {}),
        ...(buildingNumber ? { buildingNumber } : {}),
        parentUprn,
        classification: classifications.flat,
        position: buildingPosition,
        welshBuildingName,
      });
    }
  }
  if (recipe.shops) {
    recipe.shops.names.forEach((organisation, shop) => {
      const buildingNumber = String(recipe.shops!.first + shop * 2);
      const shopPosition = position++;
      add({
        organisation,
        buildingNumber,
        classification: classificationOfBusiness(organisation),
        position: shopPosition,
      });
      add({
        subBuilding: 'Flat A',
        buildingNumber,
        classification: classifications.flat,
        position: shopPosition,
      });
    });
  }
  return built;
}

function landmark(address: LandmarkAddress, index: number): FixtureAddress {
  const { grid, wgs84, logicalStatusCode, ...fields } = address;
  return {
    ...fields,
    ...locate(grid, wgs84, undefined),
    logicalStatusCode: logicalStatusCode ?? 1,
    entryDate: dateFor(index, 1999),
    lastUpdateDate: dateFor(index + 3, 2019),
  };
}

/** Builds the fixtures from the street recipes and landmarks; the same every time. */
export function buildFixtures(): BuiltFixtures {
  const uprnCounters = new Map(firstUprn);
  let udprn = 50_100_000;
  const addresses: FixtureAddress[] = [];
  const areas: FixturePostcodeArea[] = [];
  for (const recipe of streets) {
    const nextUprn = () => {
      const value = uprnCounters.get(recipe.council)!;
      uprnCounters.set(recipe.council, value + 1);
      return String(value);
    };
    const nextUdprn = () => String(udprn++);
    addresses.push(...streetAddresses(recipe, nextUprn, nextUdprn));
    areas.push(areaOf(recipe, 'S'));
  }
  for (const area of landmarkAreas) areas.push(areaOf(area, area.postcodeType));
  [...landmarkAddresses, ...testValueAddresses].forEach((address, index) => {
    addresses.push(landmark(address, index));
  });
  return { addresses, areas };
}
