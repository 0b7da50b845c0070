/** A point in WGS84 (GPS) degrees. */
export interface Wgs84Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** A point on the British National Grid (OSGB36), in metres. */
export interface BritishNationalGridPoint {
  readonly easting: number;
  readonly northing: number;
}

/** What kind of property it is, as far as the provider says. */
export interface AddressClassification {
  /** AddressBase classification code, e.g. `RD04` (terraced house) or `CO01LG` (council office). */
  readonly code?: string;
  readonly description?: string;
  /** True for homes; some providers say only this much. */
  readonly residential?: boolean;
}

/**
 * One address, the same shape from every provider. Text is as the provider wrote it except the
 * postcode, which is always canonical (`SW1A 2AA`). `lines`, `town` and `postcode` fill a GOV.UK
 * address form; `singleLine` is for a list of choices.
 */
export interface Address {
  /** Unique Property Reference Number, 1 to 12 digits, as a string so no digit is lost. */
  readonly uprn?: string;
  /** Royal Mail's Unique Delivery Point Reference Number. */
  readonly udprn?: string;
  readonly organisation?: string;
  readonly department?: string;
  /** Flat, unit or room: `Flat 2`, `1F2`. */
  readonly subBuilding?: string;
  readonly buildingName?: string;
  /** The number on the street, a string because it may be `12A`. */
  readonly buildingNumber?: string;
  readonly street?: string;
  /** Village or district within the town, e.g. `Nursling`. */
  readonly locality?: string;
  /** Post town. */
  readonly town: string;
  /** Canonical postcode: upper case, one space before the inward code. */
  readonly postcode: string;
  /** One to three lines above the town, ready for `address-line-1` to `-3` of a form. */
  readonly lines: readonly string[];
  /** The whole address on one line, town and postcode included. */
  readonly singleLine: string;
  readonly wgs84?: Wgs84Point;
  readonly britishNationalGrid?: BritishNationalGridPoint;
  readonly classification?: AddressClassification;
  /** The council that looks after the address: its AddressBase local custodian code, e.g. `1760`. */
  readonly localCustodianCode?: string;
  /** The language of the names: `cy` for a Welsh-language record, where the provider has one. */
  readonly language?: 'en' | 'cy';
  /** The provider that found it, e.g. `os-places`. */
  readonly provider: string;
  /** The provider's own record, untouched, under the provider's name. */
  readonly providerMetadata?: Readonly<Record<string, unknown>>;
}
