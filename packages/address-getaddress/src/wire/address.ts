import {
  type Address,
  type Country,
  createAddress,
  createPostcodeArea,
  type PostcodeArea,
} from '@councilkit/address';
import { onFirstUse, z } from '@councilkit/core';

const provider = 'getaddress';

// Tolerant: only what the model needs; getAddress.io sends '' for an empty field.
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
const addressSchema = onFirstUse(() =>
  z.looseObject({
    line_1: text(),
    line_2: text(),
    line_3: text(),
    line_4: text(),
    thoroughfare: text(),
    building_name: text(),
    building_number: text(),
    sub_building_name: text(),
    sub_building_number: text(),
    locality: text(),
    town_or_city: z.string().min(1),
    district: text(),
    country: text(),
    residential: z
      .unknown()
      .transform((value) => (typeof value === 'boolean' ? value : undefined))
      .optional(),
    postcode: text(),
    latitude: number(),
    longitude: number(),
  }),
);

type AddressWire = z.infer<ReturnType<typeof addressSchema>>;

/** Where the address is: `/get` gives it per address, `/find` once for the postcode. */
export interface Whereabouts {
  readonly postcode?: string | undefined;
  readonly latitude?: number | undefined;
  readonly longitude?: number | undefined;
}

function parseAddress(wire: unknown): AddressWire {
  const parsed = addressSchema().safeParse(wire);
  if (!parsed.success) throw new TypeError('getAddress.io sent an address without a town');
  return parsed.data;
}

/**
 * getAddress.io has no organisation field: an organisation is a line of its own above the
 * premises. The lines before the first one that names the flat, the building or the street are
 * taken as organisation and department, as Royal Mail orders them.
 */
function organisationLines(wire: AddressWire, subBuilding: string | undefined): string[] {
  const lines = [wire.line_1, wire.line_2, wire.line_3, wire.line_4].filter(
    (line): line is string => line !== undefined,
  );
  const premises = [subBuilding, wire.building_name, wire.thoroughfare].filter(
    (part): part is string => part !== undefined,
  );
  const firstPremisesLine = lines.findIndex((line) => premises.some((part) => line.includes(part)));
  return firstPremisesLine === -1 ? [] : lines.slice(0, firstPremisesLine);
}

const countries: readonly Country[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const countryOf = (value: string | undefined) => countries.find((country) => country === value);

/** Reads one getAddress.io address (from `/find?expand=true` or `/get`) into the model. */
export function readAddress(wire: unknown, where: Whereabouts, id?: string): Address {
  const address = parseAddress(wire);
  const postcode = address.postcode ?? where.postcode;
  if (postcode === undefined) throw new TypeError('getAddress.io sent an address without a postcode');
  const latitude = address.latitude ?? where.latitude;
  const longitude = address.longitude ?? where.longitude;
  const subBuilding = address.sub_building_name ?? address.sub_building_number;
  const [organisation, department] = organisationLines(address, subBuilding);
  return createAddress({
    organisation,
    department,
    subBuilding,
    buildingName: address.building_name,
    buildingNumber: address.building_number,
    street: address.thoroughfare,
    locality: address.locality,
    town: address.town_or_city,
    postcode,
    wgs84: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined,
    classification: address.residential === undefined ? undefined : { residential: address.residential },
    language: 'en',
    provider,
    providerMetadata: { [provider]: id === undefined ? wire : { id, ...(wire as object) } },
  });
}

/** Where a postcode lies, from `/find`'s envelope and the district and country of its first address. */
export function readPostcodeArea(postcode: string, firstAddress: unknown, where: Whereabouts): PostcodeArea {
  const address = parseAddress(firstAddress);
  return createPostcodeArea({
    postcode,
    country: countryOf(address.country),
    adminDistrict: address.district ? { name: address.district } : undefined,
    wgs84:
      where.latitude !== undefined && where.longitude !== undefined
        ? { latitude: where.latitude, longitude: where.longitude }
        : undefined,
    provider,
  });
}
