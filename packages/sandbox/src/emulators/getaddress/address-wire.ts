import { createHash } from 'node:crypto';
import type { AddressDataset, FixtureAddress } from '../address-data/index.js';
import { foldLines, premiseAndStreetLines } from '../ideal-postcodes/paf-lines.js';

/** One address as `/find?expand=true` lists it. */
export interface GetAddressAddress {
  formatted_address: string[];
  thoroughfare: string;
  building_name: string;
  sub_building_name: string;
  sub_building_number: string;
  building_number: string;
  line_1: string;
  line_2: string;
  line_3: string;
  line_4: string;
  locality: string;
  town_or_city: string;
  county: string;
  district: string;
  country: string;
  residential: boolean;
}

/** One address as `/get/{id}` answers it: the listed fields plus where it is. */
export interface GetAddressFullAddress extends GetAddressAddress {
  postcode: string;
  latitude: number;
  longitude: number;
}

// A sub-building that is only a number ("3") goes in sub_building_number; "Flat 3" stays a name.
const isDigits = (text: string) => text.length > 0 && [...text].every((c) => c >= '0' && c <= '9');

/** The expanded form of an address: four lines above the locality, town and county. */
export function toGetAddressAddress(address: FixtureAddress): GetAddressAddress {
  // getAddress keeps the locality out of the lines, in a field of its own.
  const [line1 = '', line2 = '', line3 = '', line4 = ''] = foldLines(
    premiseAndStreetLines(address, { locality: false }),
    4,
  );
  const subBuilding = address.subBuilding ?? '';
  const locality = address.locality ?? '';
  return {
    // Five parts: two lines, the rest of the lines and the locality, the town, the county.
    formatted_address: [
      line1,
      line2,
      [line3, line4, locality].filter(Boolean).join(', '),
      address.town,
      address.county,
    ],
    thoroughfare: address.street,
    building_name: address.buildingName ?? '',
    sub_building_name: isDigits(subBuilding) ? '' : subBuilding,
    sub_building_number: isDigits(subBuilding) ? subBuilding : '',
    building_number: address.buildingNumber ?? '',
    line_1: line1,
    line_2: line2,
    line_3: line3,
    line_4: line4,
    locality,
    town_or_city: address.town,
    county: address.county,
    district: address.council.name,
    country: address.council.country,
    residential: address.residential,
  };
}

/** The same address with its postcode and coordinates, as `/get/{id}` answers. */
export function toGetAddressFullAddress(address: FixtureAddress): GetAddressFullAddress {
  return {
    postcode: address.postcode,
    latitude: address.latitude,
    longitude: address.longitude,
    ...toGetAddressAddress(address),
  };
}

/** The unexpanded form: seven comma-separated fields, empty ones kept. */
export function toGetAddressLine(address: GetAddressAddress): string {
  return [
    address.line_1,
    address.line_2,
    address.line_3,
    address.line_4,
    address.locality,
    address.town_or_city,
    address.county,
  ].join(', ');
}

/**
 * An opaque id for `/get/{id}`, in the shape getAddress.io's have (base64 of a hex tag, a space
 * and a number), derived from the UPRN so that it is the same on every start.
 */
export function getAddressId(address: FixtureAddress): string {
  const tag = createHash('sha256').update(`getaddress:${address.uprn}`).digest('hex').slice(0, 15);
  return Buffer.from(`${tag} ${address.udprn ?? address.uprn}`).toString('base64');
}

/** Where a postcode is, for the `/find` envelope: its centroid, else its first address. */
export function postcodeLocation(
  dataset: AddressDataset,
  addresses: readonly FixtureAddress[],
  postcode: string,
) {
  const area = dataset.postcodeArea(postcode);
  return {
    latitude: area?.latitude ?? addresses[0]?.latitude ?? 0,
    longitude: area?.longitude ?? addresses[0]?.longitude ?? 0,
  };
}
