import { buildFixtures } from './build.js';
import type { FixtureAddress, FixturePostcodeArea } from './types.js';

/** The emulators whose documented test postcodes are in the fixtures. */
export type TestValueService = 'idealPostcodes' | 'getAddress';

/** Which emulator is asking, so each sees its own provider's test values and nobody else's. */
export interface DatasetQueryOptions {
  readonly service?: TestValueService | undefined;
}

/** Read access to the shared address fixtures; every lookup is by exact key or a linear scan. */
export interface AddressDataset {
  /** Every address, test values included, in a fixed order. */
  readonly addresses: readonly FixtureAddress[];
  /** Every postcode unit the fixtures know, including ones with no addresses. */
  readonly areas: readonly FixturePostcodeArea[];
  /** Addresses in a postcode, any case and spacing; empty when it has none or is unknown. */
  byPostcode(postcode: string, options?: DatasetQueryOptions): readonly FixtureAddress[];
  /** Addresses whose postcode starts with a district or sector (`SO16`, `SO16 0`), any spacing. */
  byPostcodePrefix(prefix: string, options?: DatasetQueryOptions): readonly FixtureAddress[];
  byUprn(uprn: string, options?: DatasetQueryOptions): FixtureAddress | undefined;
  byUdprn(udprn: string, options?: DatasetQueryOptions): FixtureAddress | undefined;
  /**
   * Addresses whose text (English or Welsh names, postcode with or without its space) contains
   * every word of `text`, best first: more whole-word matches rank higher, then fixture order.
   */
  search(text: string, options?: DatasetQueryOptions & { limit?: number }): FixtureAddress[];
  /** The postcode unit, any case and spacing; undefined when the fixtures do not know it. */
  postcodeArea(postcode: string): FixturePostcodeArea | undefined;
  /** Postcode units starting with `prefix` as written (postcodes.io's search is space-sensitive). */
  postcodesStartingWith(prefix: string, limit?: number): readonly FixturePostcodeArea[];
}

/** A postcode without spaces, upper case: the key every lookup uses. */
export function compactPostcode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The address as one line of text, in PAF order, for search and for APIs that send one. */
export function fixtureSingleLine(address: FixtureAddress): string {
  const premises = [address.subBuilding, address.buildingName].filter(Boolean).join(', ');
  const street = [address.buildingNumber, address.dependentStreet ?? address.street]
    .filter(Boolean)
    .join(' ');
  return [
    address.organisation,
    address.department,
    premises,
    street,
    address.dependentStreet ? address.street : undefined,
    address.locality,
    address.town,
    address.postcode,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

function searchableText(address: FixtureAddress): string {
  const welsh = address.welsh
    ? [
        address.welsh.organisation,
        address.welsh.buildingName,
        address.welsh.street,
        address.welsh.locality,
        address.welsh.town,
      ]
    : [];
  return [fixtureSingleLine(address), ...welsh, compactPostcode(address.postcode)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

const visibleTo = (address: FixtureAddress, options?: DatasetQueryOptions) =>
  address.testValueOf === undefined || address.testValueOf === options?.service;

function createDataset(): AddressDataset {
  const { addresses, areas } = buildFixtures();
  const byPostcode = new Map<string, FixtureAddress[]>();
  const byUprn = new Map<string, FixtureAddress>();
  const byUdprn = new Map<string, FixtureAddress>();
  const areaByPostcode = new Map<string, FixturePostcodeArea>();
  const haystacks = addresses.map(searchableText);
  for (const address of addresses) {
    const key = compactPostcode(address.postcode);
    byPostcode.set(key, [...(byPostcode.get(key) ?? []), address]);
    byUprn.set(address.uprn, address);
    if (address.udprn !== undefined) byUdprn.set(address.udprn, address);
  }
  for (const area of areas) areaByPostcode.set(compactPostcode(area.postcode), area);
  const sortedAreas = [...areas].sort((a, b) => a.postcode.localeCompare(b.postcode));

  return {
    addresses,
    areas,
    byPostcode: (postcode, options) =>
      (byPostcode.get(compactPostcode(postcode)) ?? []).filter((address) => visibleTo(address, options)),
    byPostcodePrefix: (prefix, options) => {
      const wanted = compactPostcode(prefix);
      // A district (`SO1`) must not match a longer one (`SO16`): the outward code must end where the prefix does.
      return addresses.filter((address) => {
        if (!visibleTo(address, options)) return false;
        const [outward = '', inward = ''] = address.postcode.split(' ');
        return wanted.length >= outward.length && (outward + inward).startsWith(wanted);
      });
    },
    byUprn: (uprn, options) => {
      const found = byUprn.get(uprn);
      return found && visibleTo(found, options) ? found : undefined;
    },
    byUdprn: (udprn, options) => {
      const found = byUdprn.get(udprn);
      return found && visibleTo(found, options) ? found : undefined;
    },
    search: (text, options = {}) => {
      const words = text
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
      if (words.length === 0) return [];
      const scored: { address: FixtureAddress; score: number; index: number }[] = [];
      addresses.forEach((address, index) => {
        if (!visibleTo(address, options)) return;
        const haystack = haystacks[index]!;
        if (!words.every((word) => haystack.includes(word))) return;
        const tokens = new Set(haystack.split(/[\s,]+/));
        const score = words.filter((word) => tokens.has(word)).length;
        scored.push({ address, score, index });
      });
      scored.sort((a, b) => b.score - a.score || a.index - b.index);
      return scored.slice(0, options.limit ?? scored.length).map((entry) => entry.address);
    },
    postcodeArea: (postcode) => areaByPostcode.get(compactPostcode(postcode)),
    postcodesStartingWith: (prefix, limit = 10) => {
      const wanted = prefix.toUpperCase();
      return sortedAreas.filter((area) => area.postcode.startsWith(wanted)).slice(0, limit);
    },
  };
}

let shared: AddressDataset | undefined;

/** The shared fixtures, built once per process; they never change, so every emulator may share them. */
export function addressDataset(): AddressDataset {
  shared ??= createDataset();
  return shared;
}
