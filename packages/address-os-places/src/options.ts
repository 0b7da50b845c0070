import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The real service; the sandbox's emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.os.uk/search/places/v1';

/** The environment variable read when the `apiKey` option is absent. */
export const apiKeyEnvironmentVariable = 'OS_PLACES_API_KEY';

/** The datasets OS Places serves: Royal Mail's postal addresses, or the councils' gazetteer. */
export const datasetSchema = onFirstUse(() => z.enum(['DPA', 'LPI'], { error: 'Must be DPA or LPI' }));

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    apiKey: z
      .string({ error: 'Must be the API key as text' })
      .min(1, { error: 'Must not be empty' })
      .max(200, { error: 'Is too long to be an API key' })
      .optional(),
    ...httpAdapterOptionsShape,
    dataset: datasetSchema().optional(),
    language: z.enum(['en', 'cy'], { error: 'Must be en or cy' }).optional(),
    titleCase: z.boolean({ error: 'Must be true or false' }).optional(),
    filters: z
      .array(z.string().min(1).max(500), { error: 'Must be a list of fq filters' })
      .max(20, { error: 'Must be 20 filters or fewer' })
      .optional(),
  }),
);

/** Settings for `osPlaces()`. */
export interface OsPlacesOptions extends HttpAdapterOptions {
  /** The OS Data Hub project's API key. Defaults to the `OS_PLACES_API_KEY` environment variable, read on the first call. */
  apiKey?: string | undefined;
  /**
   * `DPA` (Royal Mail's postal addresses, the default) or `LPI` (the councils' gazetteer, which also
   * has objects with no postal address and Welsh-language records).
   */
  dataset?: 'DPA' | 'LPI' | undefined;
  /** With the LPI dataset, `cy` asks for Welsh-language records where the council keeps them; `en` unless given. */
  language?: 'en' | 'cy' | undefined;
  /** OS Places writes names in capitals; they are given in title case unless this is false. */
  titleCase?: boolean | undefined;
  /** `fq` filters sent with every lookup, e.g. `CLASSIFICATION_CODE:R*` for homes only. */
  filters?: readonly string[] | undefined;
}

/** Per-call options under `providerOptions['os-places']`. */
export const osPlacesCallOptionsSchema = onFirstUse(() =>
  z.strictObject({
    dataset: datasetSchema().optional(),
    language: z.enum(['en', 'cy'], { error: 'Must be en or cy' }).optional(),
    filters: z
      .array(z.string().min(1).max(500), { error: 'Must be a list of fq filters' })
      .max(20, { error: 'Must be 20 filters or fewer' })
      .optional(),
  }),
);

/** Per-call options of the OS Places adapter, passed as `providerOptions: { 'os-places': {...} }`. */
export type OsPlacesCallOptions = z.infer<ReturnType<typeof osPlacesCallOptionsSchema>>;

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as osPlacesOptionsSchema };
