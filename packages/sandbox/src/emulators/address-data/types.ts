/**
 * The shape of the shared address fixtures every address emulator serves. Names follow Royal Mail's
 * PAF and AddressBase, in neutral camelCase; each emulator writes them in its own wire format.
 */

/** A country as the address APIs name it. */
export type FixtureCountry = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

/** A council as AddressBase and the ONS know it. */
export interface FixtureCouncil {
  /** The council's name as ONS writes it, e.g. `Test Valley`. */
  readonly name: string;
  /** ONS GSS code of the local authority district, e.g. `E07000093`. */
  readonly gssCode: string;
  /** AddressBase local custodian code, e.g. `1760`; OS Places sends it as a number. */
  readonly localCustodianCode: number;
  /** OS Places' LOCAL_CUSTODIAN_CODE_DESCRIPTION, upper case. */
  readonly custodianDescription: string;
  readonly country: FixtureCountry;
  /** Region (England) or the country's name, as postcodes.io's `region`. */
  readonly region: string | null;
  /** County council for two-tier areas, e.g. `Hampshire`; null for unitary ones. */
  readonly county: string | null;
  readonly countyGssCode: string | null;
  /** Westminster constituency. */
  readonly constituency: string;
  readonly constituencyGssCode: string;
}

/** One postcode unit and where it lies. */
export interface FixturePostcodeArea {
  /** Canonical postcode, e.g. `SO16 0AS`. */
  readonly postcode: string;
  readonly council: FixtureCouncil;
  readonly ward: { readonly name: string; readonly gssCode: string };
  /** Civil parish or community; null where there is none (most of London, Scotland, Northern Ireland). */
  readonly parish: { readonly name: string; readonly gssCode: string } | null;
  /** Centroid on the British National Grid; null where the national grid does not apply (Northern Ireland). */
  readonly easting: number | null;
  readonly northing: number | null;
  readonly latitude: number;
  readonly longitude: number;
  /** postcodes.io's positional quality: 1 is within the building closest to the centroid. */
  readonly quality: number;
  /** Royal Mail's postcode type: `S` small user, `L` large user (one organisation). */
  readonly postcodeType: 'S' | 'L';
}

/** A Welsh-language version of an address's names, as a Welsh council records its `CY` LPI. */
export interface FixtureWelshNames {
  readonly buildingName?: string;
  readonly organisation?: string;
  readonly street: string;
  readonly locality?: string;
  readonly town: string;
  readonly county?: string;
}

/** One addressable property (a BLPU with its addresses). */
export interface FixtureAddress {
  /** Unique Property Reference Number, 1 to 12 digits. */
  readonly uprn: string;
  /** Royal Mail's delivery point number; absent for objects with no postal address (LPI only). */
  readonly udprn?: string;
  readonly parentUprn?: string;
  /** Unique Street Reference Number of the street the LPI is on. */
  readonly usrn: string;
  readonly organisation?: string;
  readonly department?: string;
  /** Flat or unit, e.g. `Flat 2`. */
  readonly subBuilding?: string;
  readonly buildingName?: string;
  readonly buildingNumber?: string;
  readonly dependentStreet?: string;
  readonly street: string;
  readonly locality?: string;
  readonly town: string;
  /** The traditional or postal county, for APIs that still send one. */
  readonly county: string;
  readonly postcode: string;
  readonly easting: number | null;
  readonly northing: number | null;
  readonly latitude: number;
  readonly longitude: number;
  /** AddressBase classification code, e.g. `RD04` (terraced house), `CO01GV` (central government office). */
  readonly classificationCode: string;
  readonly classificationDescription: string;
  readonly residential: boolean;
  readonly council: FixtureCouncil;
  /** Royal Mail delivery point suffix, e.g. `1A`. */
  readonly deliveryPointSuffix?: string;
  /** Where the address also has a Welsh-language LPI. */
  readonly welsh?: FixtureWelshNames;
  /** AddressBase logical status: 1 approved, 6 provisional, 8 historic. */
  readonly logicalStatusCode: 1 | 6 | 8;
  /** dd/mm/yyyy, as OS Places writes dates. */
  readonly entryDate: string;
  readonly lastUpdateDate: string;
  /**
   * A provider's documented test value rather than a real place; only that provider's emulator
   * serves it (`idealPostcodes` for `ID1 1QD`, `getAddress` for `XX2 00X`).
   */
  readonly testValueOf?: 'idealPostcodes' | 'getAddress';
}
