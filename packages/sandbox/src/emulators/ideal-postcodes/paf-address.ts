import type { AddressDataset, FixtureAddress } from '../address-data/index.js';
import { foldLines, premiseAndStreetLines } from './paf-lines.js';

/** An address in Ideal Postcodes' PAF format (`PafAddress` in its OpenAPI description). */
export interface PafAddress {
  postcode: string;
  postcode_inward: string;
  postcode_outward: string;
  post_town: string;
  dependant_locality: string;
  double_dependant_locality: string;
  thoroughfare: string;
  dependant_thoroughfare: string;
  building_number: string;
  building_name: string;
  sub_building_name: string;
  po_box: string;
  department_name: string;
  organisation_name: string;
  udprn: number;
  postcode_type: 'S' | 'L' | '';
  su_organisation_indicator: string;
  delivery_point_suffix: string;
  line_1: string;
  line_2: string;
  line_3: string;
  premise: string;
  longitude: number | '';
  latitude: number | '';
  eastings: number | '';
  northings: number | '';
  country: string;
  traditional_county: string;
  administrative_county: string;
  postal_county: string;
  county: string;
  district: string;
  ward: string;
  uprn: string;
  id: string;
  country_iso: 'GBR';
  country_iso_2: 'GB';
  county_code: string;
  language: 'en';
  umprn: '';
  dataset: 'paf';
}

/** The premise: what identifies the address on its street ("Flat 1, 10"), as Ideal Postcodes builds it. */
function premiseOf(address: FixtureAddress): string {
  return [address.subBuilding, address.buildingName, address.buildingNumber].filter(Boolean).join(', ');
}

/** Renders a fixture address as Ideal Postcodes answers it: every field present, '' where empty. */
export function toPafAddress(address: FixtureAddress, dataset: AddressDataset): PafAddress {
  const udprn = Number(address.udprn ?? 0);
  const area = dataset.postcodeArea(address.postcode);
  const [line1 = '', line2 = '', line3 = ''] = foldLines(premiseAndStreetLines(address), 3);
  const [outward = '', inward = ''] = address.postcode.split(' ');
  return {
    postcode: address.postcode,
    postcode_inward: inward,
    postcode_outward: outward,
    post_town: address.town,
    dependant_locality: address.locality ?? '',
    double_dependant_locality: '',
    thoroughfare: address.street,
    dependant_thoroughfare: address.dependentStreet ?? '',
    building_number: address.buildingNumber ?? '',
    building_name: address.buildingName ?? '',
    sub_building_name: address.subBuilding ?? '',
    po_box: '',
    department_name: address.department ?? '',
    organisation_name: address.organisation ?? '',
    udprn,
    postcode_type: area?.postcodeType ?? 'S',
    su_organisation_indicator: address.organisation ? 'Y' : '',
    delivery_point_suffix: address.deliveryPointSuffix ?? '',
    line_1: line1,
    line_2: line2,
    line_3: line3,
    premise: premiseOf(address),
    longitude: address.longitude,
    latitude: address.latitude,
    // Northern Ireland is on the Irish grid, which the fixtures do not carry.
    eastings: address.easting ?? '',
    northings: address.northing ?? '',
    country: address.council.country,
    traditional_county: address.county,
    administrative_county: address.council.county ?? '',
    postal_county: address.county,
    county: address.county,
    district: address.council.name,
    ward: area?.ward.name ?? '',
    uprn: address.uprn,
    id: `paf_${udprn}`,
    country_iso: 'GBR',
    country_iso_2: 'GB',
    county_code: '',
    language: 'en',
    umprn: '',
    dataset: 'paf',
  };
}

/** Keeps only the named fields, as the `filter` query parameter asks (`filter=line_1,postcode`). */
export function filterFields(address: PafAddress, filter: string | undefined): Partial<PafAddress> {
  if (filter === undefined || filter === '') return address;
  const picked: Record<string, unknown> = {};
  for (const name of filter.split(',')) {
    if (Object.hasOwn(address, name)) picked[name] = address[name as keyof PafAddress];
  }
  return picked as Partial<PafAddress>;
}
