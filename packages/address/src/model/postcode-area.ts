import type { BritishNationalGridPoint, Wgs84Point } from './address.js';

/** The four nations, and the Crown dependencies some providers cover. */
export type Country =
  | 'England'
  | 'Wales'
  | 'Scotland'
  | 'Northern Ireland'
  | 'Channel Islands'
  | 'Isle of Man';

/** An area with a name and, where known, its ONS GSS code (`E07000093`). */
export interface NamedArea {
  readonly name: string;
  readonly gssCode?: string;
}

/** Where a postcode lies: its council, ward, parish and country; the same shape from every provider. */
export interface PostcodeArea {
  /** Canonical postcode. */
  readonly postcode: string;
  readonly country?: Country;
  /** The district, unitary or borough council (postcodes.io's `admin_district`). */
  readonly adminDistrict?: NamedArea;
  /** The county council in two-tier areas. */
  readonly adminCounty?: NamedArea;
  readonly ward?: NamedArea;
  /** Civil parish or Welsh community; absent where there is none. */
  readonly parish?: NamedArea;
  /** The postcode's centroid. */
  readonly wgs84?: Wgs84Point;
  readonly britishNationalGrid?: BritishNationalGridPoint;
  readonly provider: string;
  readonly providerMetadata?: Readonly<Record<string, unknown>>;
}
