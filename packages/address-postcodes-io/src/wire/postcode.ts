import { type Country, createPostcodeArea, type NamedArea, type PostcodeArea } from '@councilkit/address';
import { onFirstUse, ProviderError, z } from '@councilkit/core';

const provider = 'postcodes-io';

// Minimal and tolerant: only what the mapping reads is named; anything may be null.
const postcodeSchema = onFirstUse(() =>
  z.looseObject({
    postcode: z.string(),
    country: z.string().nullish(),
    eastings: z.number().nullish(),
    northings: z.number().nullish(),
    longitude: z.number().nullish(),
    latitude: z.number().nullish(),
    admin_district: z.string().nullish(),
    admin_county: z.string().nullish(),
    admin_ward: z.string().nullish(),
    parish: z.string().nullish(),
    codes: z
      .looseObject({
        admin_district: z.string().nullish(),
        admin_county: z.string().nullish(),
        admin_ward: z.string().nullish(),
        parish: z.string().nullish(),
      })
      .nullish(),
  }),
);

const envelopeSchema = onFirstUse(() => z.looseObject({ result: postcodeSchema() }));

const countries = new Set<Country>([
  'England',
  'Wales',
  'Scotland',
  'Northern Ireland',
  'Channel Islands',
  'Isle of Man',
]);

// ONSPD fills gaps with pseudo codes (E99999999: no county; E43…: an unparished area); they name no real area.
const isPseudoCode = (code: string | null | undefined) =>
  code !== undefined && code !== null && (/^[ENSWLM]99999999$/.test(code) || /^E43\d{6}$/.test(code));

function namedArea(name: string | null | undefined, code: string | null | undefined): NamedArea | undefined {
  if (name === undefined || name === null || name === '' || isPseudoCode(code)) return undefined;
  return code ? { name, gssCode: code } : { name };
}

/** Maps postcodes.io's answer to a `PostcodeArea`, keeping the whole record. */
export function readPostcodeArea(body: unknown): PostcodeArea {
  const parsed = envelopeSchema().safeParse(body);
  if (!parsed.success) {
    throw new ProviderError(`${provider} answered with a body that is not a postcode`, { provider });
  }
  const record = parsed.data.result;
  const codes = record.codes ?? {};
  const country = countries.has(record.country as Country) ? (record.country as Country) : undefined;
  const { latitude, longitude, eastings, northings } = record;
  return createPostcodeArea({
    postcode: record.postcode,
    country,
    adminDistrict: namedArea(record.admin_district, codes.admin_district),
    adminCounty: namedArea(record.admin_county, codes.admin_county),
    ward: namedArea(record.admin_ward, codes.admin_ward),
    parish: namedArea(record.parish, codes.parish),
    wgs84:
      latitude !== null && latitude !== undefined && longitude !== null && longitude !== undefined
        ? { latitude, longitude }
        : undefined,
    // Northern Irish eastings and northings are on the Irish Grid, not the British one.
    britishNationalGrid:
      country !== 'Northern Ireland' &&
      eastings !== null &&
      eastings !== undefined &&
      northings !== null &&
      northings !== undefined
        ? { easting: eastings, northing: northings }
        : undefined,
    provider,
    providerMetadata: { [provider]: record },
  });
}
