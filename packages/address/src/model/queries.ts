import { isValidPostcode, normalisePostcode, onFirstUse, z } from '@councilkit/core';

// Messages never quote the value received: a postcode or search text is personal data, and messages
// end up in logs. Every check is a bounded, linear scan, whatever the input's size.

/** Provider-specific options, keyed by the provider's name: `{ 'os-places': { dataset: 'LPI' } }`. */
export type ProviderOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

// Each schema is built on first use (onFirstUse); querySchemas builds a provider's set when it is defined.
const providerOptionsSchema = onFirstUse(() =>
  z
    .record(z.string(), z.record(z.string(), z.unknown()), {
      error: 'must be an object of options keyed by provider name',
    })
    .optional(),
);

/** The longest text a search takes; a whole address on one line is well under it. */
export const maximumSearchLength = 200;

// Letters of any script (Welsh ŵ and ŷ among them), digits, spaces and the punctuation addresses
// use. One character class, so the check cannot backtrack; `;`, `<`, `>`, quotes, `=` and control
// characters (which no address contains) are what SQL and script fragments need.
const addressText = /^[\p{L}\p{M}\p{N} '’‘,./&()#-]*$/u;

const postcodeSchema = (testPostcodes: ReadonlyMap<string, string>) =>
  z
    .string({ error: 'must be text' })
    .max(32, { error: 'is not a valid UK postcode' })
    .transform((value, context) => {
      const compact = value.replace(/\s+/g, '').toUpperCase();
      const testPostcode = testPostcodes.get(compact);
      if (testPostcode !== undefined) return testPostcode;
      if (compact === '') {
        context.addIssue({ code: 'custom', message: 'is required' });
        return z.NEVER;
      }
      if (!isValidPostcode(value)) {
        context.addIssue({ code: 'custom', message: 'is not a valid UK postcode' });
        return z.NEVER;
      }
      return normalisePostcode(value);
    });

// A test postcode keeps the spacing its provider documents (`ID1 CLIP`), or gets one before the
// last three characters when written without a space.
function testPostcodeEntry(value: string): [string, string] {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const spaced = value.trim().toUpperCase().replace(/\s+/g, ' ');
  return [compact, spaced.includes(' ') ? spaced : `${compact.slice(0, -3)} ${compact.slice(-3)}`];
}

const localCustodianCodeSchema = onFirstUse(() =>
  z
    .union([z.string(), z.number()], { error: 'must be a local custodian code such as 1760' })
    .transform(String)
    .pipe(z.string().regex(/^\d{1,4}$/, { error: 'must be a local custodian code of 1 to 4 digits' })),
);

/** A UPRN: a whole number of 1 to 12 digits, without leading zeros. */
const uprnSchema = onFirstUse(() =>
  z
    .union([z.string(), z.number()], { error: 'must be a UPRN of 1 to 12 digits' })
    .transform((value) => (typeof value === 'number' ? String(value) : value.trim()))
    .pipe(z.string().regex(/^[1-9]\d{0,11}$/, { error: 'must be a UPRN of 1 to 12 digits' })),
);

const searchTextSchema = onFirstUse(() =>
  z
    .string({ error: 'must be text' })
    .max(maximumSearchLength, { error: `must be ${maximumSearchLength} characters or fewer` })
    .regex(addressText, { error: "may hold only letters, digits, spaces and , . / & ( ) # ' -" })
    .transform((value) => value.trim().replace(/ +/g, ' '))
    .refine((value) => value !== '', { error: 'is required' }),
);

/** Finds the addresses in one postcode. */
export interface PostcodeQuery {
  readonly postcode: string;
  /** Only addresses this council looks after (its AddressBase local custodian code). */
  readonly localCustodianCode?: string | number;
  readonly providerOptions?: ProviderOptions;
}

/** Finds addresses by free text: part of an address, a street and town, a building's name. */
export interface SearchQuery {
  readonly text: string;
  /** At most this many results, 1 to 100; 10 unless given. */
  readonly limit?: number;
  readonly localCustodianCode?: string | number;
  readonly providerOptions?: ProviderOptions;
}

/** Gets the address with one UPRN. */
export interface UprnQuery {
  readonly uprn: string | number;
  readonly localCustodianCode?: string | number;
  readonly providerOptions?: ProviderOptions;
}

/** Looks up where a postcode lies. */
export interface PostcodeAreaQuery {
  readonly postcode: string;
  readonly providerOptions?: ProviderOptions;
}

/** A postcode query after checking: the postcode canonical, the custodian code a string. */
export interface ParsedPostcodeQuery {
  readonly postcode: string;
  readonly localCustodianCode?: string;
  readonly providerOptions?: ProviderOptions;
}

/** A search after checking: the text trimmed, the limit filled in. */
export interface ParsedSearchQuery {
  readonly text: string;
  readonly limit: number;
  readonly localCustodianCode?: string;
  readonly providerOptions?: ProviderOptions;
}

/** A UPRN query after checking. */
export interface ParsedUprnQuery {
  readonly uprn: string;
  readonly localCustodianCode?: string;
  readonly providerOptions?: ProviderOptions;
}

/** A postcode-area query after checking. */
export interface ParsedPostcodeAreaQuery {
  readonly postcode: string;
  readonly providerOptions?: ProviderOptions;
}

// Anything but a query object stands for the query's main field, so a bare string works and a
// wrong type (a number, undefined) is reported against that field.
const shorthand = (field: string) => (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { [field]: value };
const queryError = { error: 'must be text or a query object' };

/** The schemas one provider's calls are checked with; its documented test postcodes pass the postcode check. */
export function querySchemas(testPostcodes: readonly string[] = []) {
  const tests = new Map(testPostcodes.filter((value) => value.trim().length >= 4).map(testPostcodeEntry));
  const postcode = postcodeSchema(tests);
  return {
    postcodeQuery: z.preprocess(
      shorthand('postcode'),
      z.strictObject(
        {
          postcode,
          localCustodianCode: localCustodianCodeSchema().optional(),
          providerOptions: providerOptionsSchema(),
        },
        queryError,
      ),
    ),
    searchQuery: z.preprocess(
      shorthand('text'),
      z.strictObject(
        {
          text: searchTextSchema(),
          limit: z
            .int({ error: 'must be a whole number from 1 to 100' })
            .min(1, { error: 'must be a whole number from 1 to 100' })
            .max(100, { error: 'must be a whole number from 1 to 100' })
            .default(10),
          localCustodianCode: localCustodianCodeSchema().optional(),
          providerOptions: providerOptionsSchema(),
        },
        queryError,
      ),
    ),
    uprnQuery: z.preprocess(
      shorthand('uprn'),
      z.strictObject(
        {
          uprn: uprnSchema(),
          localCustodianCode: localCustodianCodeSchema().optional(),
          providerOptions: providerOptionsSchema(),
        },
        queryError,
      ),
    ),
    postcodeAreaQuery: z.preprocess(
      shorthand('postcode'),
      z.strictObject({ postcode, providerOptions: providerOptionsSchema() }, queryError),
    ),
  };
}

/** Checks a local custodian code as `withinCouncil` and queries take it. */
export const parseLocalCustodianCode = (value: unknown) => localCustodianCodeSchema().safeParse(value);
