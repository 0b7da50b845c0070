import type { FixtureAddress, FixtureCountry } from '../address-data/index.js';

/** One item of `results`: `{ DPA: {...} }` or `{ LPI: {...} }`. */
export type OsPlacesResult =
  | { readonly DPA: Record<string, unknown> }
  | { readonly LPI: Record<string, unknown> };

/** Which spatial reference system coordinates are answered in. */
export type OutputSrs = 'BNG' | 'WGS84';

const countryCodes: Record<FixtureCountry, [string, string]> = {
  England: ['E', 'This record is within England'],
  Wales: ['W', 'This record is within Wales'],
  Scotland: ['S', 'This record is within Scotland'],
  'Northern Ireland': ['N', 'This record is within Northern Ireland'],
};

const logicalStatus = { 1: 'APPROVED', 6: 'PROVISIONAL', 8: 'HISTORICAL' } as const;

const upper = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value.toUpperCase();

// Fields left out when absent, as OS Places does, rather than sent as null.
function compact(record: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) if (value !== undefined) kept[field] = value;
  return kept;
}

function coordinates(address: FixtureAddress, srs: OutputSrs) {
  const grid =
    address.easting === null ? {} : { X_COORDINATE: address.easting, Y_COORDINATE: address.northing };
  // Asked for WGS84, OS Places keeps the grid references and adds LNG and LAT.
  return srs === 'WGS84' ? { ...grid, LNG: address.longitude, LAT: address.latitude } : grid;
}

function shared(address: FixtureAddress, match: number) {
  const [countryCode, countryDescription] = countryCodes[address.council.country];
  return {
    STATUS: logicalStatus[address.logicalStatusCode],
    LOGICAL_STATUS_CODE: String(address.logicalStatusCode),
    CLASSIFICATION_CODE: address.classificationCode,
    CLASSIFICATION_CODE_DESCRIPTION: address.classificationDescription,
    LOCAL_CUSTODIAN_CODE: address.council.localCustodianCode,
    LOCAL_CUSTODIAN_CODE_DESCRIPTION: address.council.custodianDescription,
    COUNTRY_CODE: countryCode,
    COUNTRY_CODE_DESCRIPTION: countryDescription,
    POSTAL_ADDRESS_CODE: address.udprn === undefined ? 'N' : 'D',
    POSTAL_ADDRESS_CODE_DESCRIPTION:
      address.udprn === undefined ? 'Not a postal address' : 'A record which is linked to PAF',
    BLPU_STATE_CODE: null,
    BLPU_STATE_CODE_DESCRIPTION: 'Unknown/Not applicable',
    TOPOGRAPHY_LAYER_TOID: `osgb10000${address.uprn.padStart(12, '0').slice(-8)}`,
    PARENT_UPRN: address.parentUprn,
    LAST_UPDATE_DATE: address.lastUpdateDate,
    ENTRY_DATE: address.entryDate,
    MATCH: match,
    MATCH_DESCRIPTION: matchDescription(match),
  };
}

/** OS's words for a match score. */
export function matchDescription(match: number): string {
  if (match >= 1) return 'EXACT';
  if (match >= 0.8) return 'GOOD';
  if (match >= 0.7) return 'PARTIAL';
  return 'NO MATCH';
}

/** The Royal Mail (DPA) record of a postal address, upper case as OS Places writes it. */
export function dpaRecord(address: FixtureAddress, srs: OutputSrs, match = 1): OsPlacesResult {
  const line = [
    address.organisation,
    address.department,
    address.subBuilding,
    address.buildingName,
    address.buildingNumber,
    address.dependentStreet,
    address.street,
    address.locality,
    address.town,
    address.postcode,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ')
    .toUpperCase();
  return {
    DPA: compact({
      UPRN: address.uprn,
      UDPRN: address.udprn,
      ADDRESS: line,
      ORGANISATION_NAME: upper(address.organisation),
      DEPARTMENT_NAME: upper(address.department),
      SUB_BUILDING_NAME: upper(address.subBuilding),
      BUILDING_NAME: upper(address.buildingName),
      BUILDING_NUMBER: address.buildingNumber,
      DEPENDENT_THOROUGHFARE_NAME: upper(address.dependentStreet),
      THOROUGHFARE_NAME: upper(address.street),
      DEPENDENT_LOCALITY: upper(address.locality),
      POST_TOWN: upper(address.town),
      POSTCODE: address.postcode,
      RPC: '1',
      ...coordinates(address, srs),
      ...shared(address, match),
      LANGUAGE: 'EN',
      DELIVERY_POINT_SUFFIX: address.deliveryPointSuffix,
    }),
  };
}

// `12A` is a start number of 12 with suffix A; `1F2` and `Flat 2` stay text.
function numberParts(prefix: 'PAO' | 'SAO', value: string | undefined) {
  if (value === undefined) return {};
  const match = /^(\d{1,4})([A-Z]?)$/i.exec(value);
  if (!match) return { [`${prefix}_TEXT`]: value.toUpperCase() };
  return {
    [`${prefix}_START_NUMBER`]: match[1],
    ...(match[2] ? { [`${prefix}_START_SUFFIX`]: match[2].toUpperCase() } : {}),
  };
}

/**
 * The council's (LPI) records of an address: the English one, and the Welsh one where the council
 * keeps it, each in its own language (`LANGUAGE` EN or CY).
 */
export function lpiRecords(
  address: FixtureAddress,
  srs: OutputSrs,
  languages: ReadonlySet<string>,
  match = 1,
) {
  const versions: { language: 'EN' | 'CY'; names: Partial<FixtureAddress> }[] = [];
  if (languages.has('EN')) versions.push({ language: 'EN', names: {} });
  if (languages.has('CY') && address.welsh) versions.push({ language: 'CY', names: address.welsh });
  return versions.map(({ language, names }): OsPlacesResult => {
    const organisation = names.organisation ?? address.organisation;
    const buildingName = names.buildingName ?? address.buildingName;
    const street = names.street || address.street;
    const locality = names.locality ?? address.locality;
    const town = names.town || address.town;
    const pao = [buildingName, [address.buildingNumber, street].filter(Boolean).join(' ')];
    const line = [organisation, address.subBuilding, ...pao, locality, town, address.postcode]
      .filter((part) => part !== undefined && part !== '')
      .join(', ')
      .toUpperCase();
    return {
      LPI: compact({
        UPRN: address.uprn,
        ADDRESS: line,
        USRN: address.usrn,
        LPI_KEY: `${address.council.localCustodianCode}${language === 'CY' ? 'C' : 'L'}${address.uprn.padStart(9, '0').slice(-9)}`,
        ORGANISATION: upper(organisation),
        ...numberParts('SAO', address.subBuilding),
        ...(buildingName ? { PAO_TEXT: buildingName.toUpperCase() } : {}),
        ...numberParts('PAO', address.buildingNumber),
        STREET_DESCRIPTION: upper(street),
        LOCALITY_NAME: upper(locality),
        TOWN_NAME: upper(town),
        ADMINISTRATIVE_AREA: address.council.custodianDescription,
        POSTCODE_LOCATOR: address.postcode,
        RPC: '1',
        ...coordinates(address, srs),
        ...shared(address, match),
        LPI_LOGICAL_STATUS_CODE: String(address.logicalStatusCode),
        LPI_LOGICAL_STATUS_CODE_DESCRIPTION: logicalStatus[address.logicalStatusCode],
        STREET_STATE_CODE: '2',
        STREET_STATE_CODE_DESCRIPTION: 'Open',
        STREET_CLASSIFICATION_CODE: '8',
        STREET_CLASSIFICATION_CODE_DESCRIPTION: 'All vehicles',
        LANGUAGE: language,
      }),
    };
  });
}
