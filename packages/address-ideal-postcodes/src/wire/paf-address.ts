import {
  type Address,
  type Country,
  createAddress,
  createPostcodeArea,
  type PostcodeArea,
} from '@councilkit/address';
import { onFirstUse, z } from '@councilkit/core';

const provider = 'ideal-postcodes';

// Tolerant: only what the model needs, each field optional, so new or missing fields break nothing.
// Ideal Postcodes sends '' for an empty field and for missing coordinates.
const text = onFirstUse(() =>
  z
    .unknown()
    .transform((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined))
    .optional(),
);
const number = onFirstUse(() =>
  z
    .unknown()
    .transform((value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined))
    .optional(),
);
const pafAddressSchema = onFirstUse(() =>
  z.looseObject({
    postcode: z.string().min(1),
    post_town: z.string().min(1),
    uprn: text(),
    udprn: number(),
    organisation_name: text(),
    department_name: text(),
    sub_building_name: text(),
    building_name: text(),
    building_number: text(),
    thoroughfare: text(),
    dependant_thoroughfare: text(),
    dependant_locality: text(),
    double_dependant_locality: text(),
    latitude: number(),
    longitude: number(),
    eastings: number(),
    northings: number(),
    country: text(),
    district: text(),
    ward: text(),
    administrative_county: text(),
  }),
);

type PafWire = z.infer<ReturnType<typeof pafAddressSchema>>;

const countries: readonly Country[] = ['England', 'Wales', 'Scotland', 'Northern Ireland', 'Isle of Man'];
const countryOf = (value: string | undefined): Country | undefined =>
  value === 'Jersey' || value === 'Guernsey'
    ? 'Channel Islands'
    : countries.find((country) => country === value);

function parsePaf(wire: unknown): PafWire {
  const parsed = pafAddressSchema().safeParse(wire);
  if (!parsed.success) throw new TypeError('Ideal Postcodes sent an address without a postcode or post town');
  return parsed.data;
}

/** Reads one PAF address from Ideal Postcodes into the model, keeping the record in `providerMetadata`. */
export function readPafAddress(wire: unknown): Address {
  const paf = parsePaf(wire);
  // A dependent street ("Mill Lane" off "High Street") reads before the street it leads off.
  const street = [paf.dependant_thoroughfare, paf.thoroughfare].filter(Boolean).join(', ') || undefined;
  const locality =
    [paf.double_dependant_locality, paf.dependant_locality].filter(Boolean).join(', ') || undefined;
  return createAddress({
    uprn: paf.uprn !== undefined && /^[1-9]\d{0,11}$/.test(paf.uprn) ? paf.uprn : undefined,
    udprn: paf.udprn !== undefined && paf.udprn > 0 ? String(paf.udprn) : undefined,
    organisation: paf.organisation_name,
    department: paf.department_name,
    subBuilding: paf.sub_building_name,
    buildingName: paf.building_name,
    buildingNumber: paf.building_number,
    street,
    locality,
    town: paf.post_town,
    postcode: paf.postcode,
    wgs84:
      paf.latitude !== undefined && paf.longitude !== undefined
        ? { latitude: paf.latitude, longitude: paf.longitude }
        : undefined,
    // Northern Ireland's eastings and northings are on the Irish grid, not the British one.
    britishNationalGrid:
      paf.eastings !== undefined && paf.northings !== undefined && paf.country !== 'Northern Ireland'
        ? { easting: paf.eastings, northing: paf.northings }
        : undefined,
    language: 'en',
    provider,
    providerMetadata: { [provider]: wire },
  });
}

/** Where a postcode lies, from the first of its addresses (every one carries the postcode's district, ward and centroid). */
export function readPostcodeArea(postcode: string, wire: unknown): PostcodeArea {
  const paf = parsePaf(wire);
  return createPostcodeArea({
    postcode,
    country: countryOf(paf.country),
    adminDistrict: paf.district ? { name: paf.district } : undefined,
    adminCounty: paf.administrative_county ? { name: paf.administrative_county } : undefined,
    ward: paf.ward ? { name: paf.ward } : undefined,
    wgs84:
      paf.latitude !== undefined && paf.longitude !== undefined
        ? { latitude: paf.latitude, longitude: paf.longitude }
        : undefined,
    provider,
  });
}
