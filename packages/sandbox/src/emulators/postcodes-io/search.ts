import type { FixturePostcodeArea } from '../address-data/index.js';

const defaultLimit = 10;
const maximumLimit = 100;
const outcodeShape = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const twoWords = /^\w+\s+\w+$/;

/** A search's `limit`, as postcodes.io reads it: anything unusable is 10, anything over 100 is 100. */
export function searchLimit(text: string | undefined): number {
  const limit = Number.parseInt(text ?? '', 10);
  if (Number.isNaN(limit) || limit < 1) return defaultLimit;
  return Math.min(limit, maximumLimit);
}

/**
 * Postcodes starting with a partial one, in postcode order, as postcodes.io searches: an outcode
 * finds its own postcodes only, two words search with the space, anything else without it; an
 * exact match hides the rest. Null when nothing matches, as postcodes.io answers.
 */
export function searchPostcodes(
  sorted: readonly FixturePostcodeArea[],
  text: string,
  limit: number,
): FixturePostcodeArea[] | null {
  const query = text.toUpperCase().trim();
  const compact = query.replace(/\s+/g, '');
  const first = (matches: (area: FixturePostcodeArea) => boolean) => sorted.filter(matches).slice(0, limit);
  if (outcodeShape.test(query)) {
    const found = first((area) => area.postcode.startsWith(`${query} `));
    if (found.length > 0) return found;
  }
  if (twoWords.test(query)) {
    const spaced = query.split(/\s+/).join(' ');
    const found = first((area) => area.postcode.startsWith(spaced));
    if (found.length > 0) return exactOrAll(found, compact);
  }
  const found = first((area) => area.postcode.replace(' ', '').startsWith(compact));
  return found.length > 0 ? exactOrAll(found, compact) : null;
}

function exactOrAll(found: FixturePostcodeArea[], compact: string): FixturePostcodeArea[] {
  const exact = found.filter((area) => area.postcode.replace(' ', '') === compact);
  return exact.length > 0 ? exact : found;
}

/** Metres between two points on the WGS84 sphere (haversine; good to well under a metre at postcode scale). */
export function distanceMetres(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const radians = Math.PI / 180;
  const dLatitude = (to.latitude - from.latitude) * radians;
  const dLongitude = (to.longitude - from.longitude) * radians;
  const a =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(from.latitude * radians) * Math.cos(to.latitude * radians) * Math.sin(dLongitude / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}
