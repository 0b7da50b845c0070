import type { FixturePostcodeArea } from '../address-data/index.js';

// Like ONSPD, areas outside a county or parish carry pseudo codes rather than nothing.
const noCounty = {
  England: 'E99999999',
  Wales: 'W99999999',
  Scotland: 'S99999999',
  'Northern Ireland': 'N99999999',
};

/**
 * The Postcode object postcodes.io answers, in its field order. Only what the fixtures know is
 * filled in; statistical geographies (LSOA, CCG, NUTS, ...) are null.
 */
export function postcodeRecord(area: FixturePostcodeArea): Record<string, unknown> {
  const { council } = area;
  const [outcode, incode] = area.postcode.split(' ');
  // An English postcode with no parish lies in its district's "unparished area" (a pseudo parish).
  const parish =
    area.parish ??
    (council.country === 'England'
      ? { name: `${council.name}, unparished area`, gssCode: `E43${council.gssCode.slice(3)}` }
      : null);
  return {
    postcode: area.postcode,
    quality: area.quality,
    eastings: area.easting,
    northings: area.northing,
    country: council.country,
    nhs_ha: null,
    longitude: area.longitude,
    latitude: area.latitude,
    european_electoral_region: council.region,
    primary_care_trust: null,
    region: council.region,
    lsoa: null,
    msoa: null,
    incode,
    outcode,
    parliamentary_constituency: council.constituency,
    parliamentary_constituency_2024: council.constituency,
    admin_district: council.name,
    parish: parish?.name ?? null,
    admin_county: council.county,
    date_of_introduction: '198001',
    admin_ward: area.ward.name,
    ced: null,
    ccg: null,
    nuts: null,
    pfa: null,
    codes: {
      admin_district: council.gssCode,
      admin_county: council.countyGssCode ?? noCounty[council.country],
      admin_ward: area.ward.gssCode,
      parish: parish?.gssCode ?? null,
      parliamentary_constituency: council.constituencyGssCode,
      parliamentary_constituency_2024: council.constituencyGssCode,
      ccg: null,
      ccg_id: null,
      ced: null,
      nuts: null,
      lsoa: null,
      msoa: null,
      lau2: null,
      pfa: null,
    },
  };
}

/** The outcode object: averages of its postcodes' positions and the distinct areas they lie in. */
export function outcodeRecord(
  outcode: string,
  areas: readonly FixturePostcodeArea[],
): Record<string, unknown> {
  const average = (values: (number | null)[]) => {
    const known = values.filter((value): value is number => value !== null);
    return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
  };
  const distinct = (values: (string | null | undefined)[]) => [
    ...new Set(values.filter((value): value is string => typeof value === 'string')),
  ];
  return {
    outcode,
    longitude: average(areas.map((area) => area.longitude)),
    latitude: average(areas.map((area) => area.latitude)),
    northings: average(areas.map((area) => area.northing)),
    eastings: average(areas.map((area) => area.easting)),
    admin_district: distinct(areas.map((area) => area.council.name)),
    parish: distinct(areas.map((area) => area.parish?.name)),
    admin_county: distinct(areas.map((area) => area.council.county)),
    admin_ward: distinct(areas.map((area) => area.ward.name)),
    country: distinct(areas.map((area) => area.council.country)),
    parliamentary_constituency: distinct(areas.map((area) => area.council.constituency)),
  };
}
