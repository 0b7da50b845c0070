import { foldLines, premiseAndStreetLines } from './paf-lines.js';
import type { SourceAddress } from './source-address.js';

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

// PAF's delivery point suffix is a digit and a letter; fixtures have none, so one is derived from
// the UDPRN so that it stays the same across restarts.
function deliveryPointSuffix(udprn: number): string {
  return `${(udprn % 9) + 1}${String.fromCharCode(65 + (udprn % 26))}`;
}

/** The premise: what identifies the address on its street ("Flat 1, 10"), as Ideal Postcodes builds it. */
function premiseOf(address: SourceAddress): string {
  return [address.subBuilding, address.buildingName, address.buildingNumber].filter(Boolean).join(', ');
}

/** Renders a dataset address as Ideal Postcodes answers it: every field present, '' where empty. */
export function toPafAddress(address: SourceAddress): PafAddress {
  const udprn = Number(address.udprn);
  const [line1 = '', line2 = '', line3 = ''] = foldLines(premiseAndStreetLines(address), 3);
  const [outward = '', inward = ''] = address.postcode.split(' ');
  return {
    postcode: address.postcode,
    postcode_inward: inward,
    postcode_outward: outward,
    post_town: address.postTown,
    dependant_locality: address.dependentLocality,
    double_dependant_locality: address.doubleDependentLocality,
    thoroughfare: address.street,
    dependant_thoroughfare: address.dependentStreet,
    building_number: address.buildingNumber,
    building_name: address.buildingName,
    sub_building_name: address.subBuilding,
    po_box: '',
    department_name: address.department,
    organisation_name: address.organisation,
    udprn,
    postcode_type: 'S',
    su_organisation_indicator: address.organisation ? 'Y' : '',
    delivery_point_suffix: deliveryPointSuffix(udprn),
    line_1: line1,
    line_2: line2,
    line_3: line3,
    premise: premiseOf(address),
    longitude: address.longitude ?? '',
    latitude: address.latitude ?? '',
    eastings: address.easting ?? '',
    northings: address.northing ?? '',
    country: address.country,
    traditional_county: address.county,
    administrative_county: '',
    postal_county: address.county,
    county: address.county,
    district: address.district,
    ward: address.ward,
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
