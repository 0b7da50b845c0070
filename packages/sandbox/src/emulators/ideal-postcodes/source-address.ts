/**
 * One address as the emulators of PAF-based services (Ideal Postcodes, getAddress.io) read it from
 * the shared fixture dataset: Royal Mail's Postcode Address File elements, the UPRN, and where the
 * address is. Empty strings stand for elements the address lacks, as PAF has them.
 */
export interface SourceAddress {
  readonly uprn: string;
  /** Royal Mail's delivery point number; '' for an address that is not on PAF. */
  readonly udprn: string;
  readonly organisation: string;
  readonly department: string;
  readonly subBuilding: string;
  readonly buildingName: string;
  readonly buildingNumber: string;
  readonly dependentStreet: string;
  readonly street: string;
  readonly doubleDependentLocality: string;
  readonly dependentLocality: string;
  readonly postTown: string;
  /** Canonical: upper case, one space before the inward code. */
  readonly postcode: string;
  readonly latitude: number | undefined;
  readonly longitude: number | undefined;
  readonly easting: number | undefined;
  readonly northing: number | undefined;
  readonly country: 'England' | 'Scotland' | 'Wales' | 'Northern Ireland';
  /** Ceremonial / postal county. */
  readonly county: string;
  /** The local authority district. */
  readonly district: string;
  readonly ward: string;
  /** True for a dwelling (an AddressBase classification starting `R`). */
  readonly residential: boolean;
}

/** What an emulator needs from the shared dataset: every address, by postcode and by UPRN. */
export interface SourceAddressBook {
  readonly all: readonly SourceAddress[];
  byPostcode(postcode: string): readonly SourceAddress[];
  byUprn(uprn: string): SourceAddress | undefined;
  byUdprn(udprn: string): SourceAddress | undefined;
  /** Every canonical postcode that has at least one address, or is known with none. */
  readonly postcodes: readonly string[];
}

/** Indexes a list of addresses by postcode, UPRN and UDPRN. */
export function addressBook(
  addresses: readonly SourceAddress[],
  emptyPostcodes: readonly string[] = [],
): SourceAddressBook {
  const byPostcode = new Map<string, SourceAddress[]>();
  const byUprn = new Map<string, SourceAddress>();
  const byUdprn = new Map<string, SourceAddress>();
  for (const address of addresses) {
    const list = byPostcode.get(address.postcode);
    if (list) list.push(address);
    else byPostcode.set(address.postcode, [address]);
    byUprn.set(address.uprn, address);
    if (address.udprn !== '') byUdprn.set(address.udprn, address);
  }
  const postcodes = [...new Set([...byPostcode.keys(), ...emptyPostcodes])].sort();
  return {
    all: addresses,
    byPostcode: (postcode) => byPostcode.get(postcode) ?? [],
    byUprn: (uprn) => byUprn.get(uprn),
    byUdprn: (udprn) => byUdprn.get(udprn),
    postcodes,
  };
}

/** Upper case with no whitespace: how both services compare postcodes ("sw1a2aa" = "SW1A 2AA"). */
export function compactPostcode(text: string): string {
  let compact = '';
  for (const character of text) if (character.trim() !== '') compact += character.toUpperCase();
  return compact;
}

/** "SW1A2AA" → "SW1A 2AA"; anything too short to have an inward code is returned as it is. */
export function spacedPostcode(compact: string): string {
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
