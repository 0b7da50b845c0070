import { withCache, withFallback } from '@councilkit/address';
import { idealPostcodes } from '@councilkit/address-ideal-postcodes';
import { osPlaces } from '@councilkit/address-os-places';
import { postcodesIo } from '@councilkit/address-postcodes-io';

const env = process.env;

/** OS Places first, Ideal Postcodes when OS Places is down, rate limited or out of quota; cached for a day. */
export const addresses = withCache(
  withFallback([
    osPlaces({ apiKey: env['OS_PLACES_API_KEY'], baseUrl: env['OS_PLACES_BASE_URL'] }),
    idealPostcodes({ apiKey: env['IDEAL_POSTCODES_API_KEY'], baseUrl: env['IDEAL_POSTCODES_BASE_URL'] }),
  ]),
  { ttlMs: 24 * 3_600_000, maxEntries: 10_000 },
);

const areas = withCache(postcodesIo({ baseUrl: env['POSTCODES_IO_BASE_URL'] }), { ttlMs: 24 * 3_600_000 });

/** True when the postcode lies in the council's district, by its ONS GSS code (Test Valley: E07000093). */
export async function isInOurArea(postcode: string, gssCode = 'E07000093'): Promise<boolean> {
  const area = await areas.lookupPostcodeArea(postcode);
  return area?.adminDistrict?.gssCode === gssCode;
}
