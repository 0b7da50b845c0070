import {
  type AddressProvider,
  type AddressProviderImplementation,
  CouncilKitError,
  defineAddressProvider,
} from '@councilkit/address';
import {
  createHttpClient,
  createLogger,
  type HttpRequest,
  loadSecret,
  parseConfig,
  userAgent,
} from '@councilkit/core';
import {
  apiKeyEnvironmentVariable,
  defaultBaseUrl,
  type IdealPostcodesOptions,
  idealPostcodesOptionsSchema,
} from './options.js';
import { VERSION } from './version.js';
import { parseIdealPostcodesError } from './wire/error-body.js';
import { refineError } from './wire/map-error.js';
import { readPafAddress, readPostcodeArea } from './wire/paf-address.js';

const provider = 'ideal-postcodes';

/** Ideal Postcodes' documented test postcodes; they cost no lookups and pass the postcode check. */
export const idealPostcodesTestPostcodes = ['ID1 1QD', 'ID1 KFA', 'ID1 CLIP', 'ID1 CHOP'] as const;

interface ListEnvelope {
  result?: unknown;
}

/**
 * Creates an Ideal Postcodes address provider: addresses by postcode (`/postcodes`), free text and
 * UPRN (`/addresses`), and where a postcode lies (from its addresses). Options are checked at once
 * (a `ConfigError` lists every problem); the key comes from `apiKey` or `IDEAL_POSTCODES_API_KEY`.
 * A used-up balance or daily limit (4020, 4021) is a non-retryable `RateLimitError`, a bad key an
 * `AuthError`. Every lookup Ideal Postcodes answers with addresses costs one from your balance.
 *
 * @example
 * const addresses = idealPostcodes({ apiKey: process.env.IDEAL_POSTCODES_API_KEY });
 * const found = await addresses.findByPostcode('SW1A 2AA');
 */
export function idealPostcodes(options: IdealPostcodesOptions = {}): AddressProvider {
  const settings = parseConfig(idealPostcodesOptionsSchema(), options, provider);
  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  // Sent in the Authorization header, so the key never appears in a URL or a log of one.
  let authorization: string | undefined;
  const authorizationHeader = () => {
    authorization ??= `IDEALPOSTCODES api_key="${loadSecret({
      value: settings.apiKey,
      option: 'apiKey',
      environmentVariable: apiKeyEnvironmentVariable,
      provider,
    }).trim()}"`;
    return authorization;
  };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/address-ideal-postcodes', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    headers: () => ({ authorization: authorizationHeader() }),
    parseError: parseIdealPostcodesError,
  });

  const get = async (
    path: string,
    callOptions: Pick<HttpRequest, 'signal' | 'timeoutMs'>,
    query?: HttpRequest['query'],
  ): Promise<ListEnvelope | undefined> => {
    try {
      return (await http.request<ListEnvelope>({ method: 'GET', path, query, ...callOptions })).data;
    } catch (error) {
      throw refineError(error);
    }
  };
  // 404 with 4040 means the postcode has no addresses: the port's "nothing found" is an empty list.
  const postcodeAddresses = async (
    postcode: string,
    callOptions: Pick<HttpRequest, 'signal' | 'timeoutMs'>,
  ) => {
    try {
      const envelope = await get(`/v1/postcodes/${encodeURIComponent(postcode)}`, callOptions);
      return Array.isArray(envelope?.result) ? envelope.result : [];
    } catch (error) {
      if (CouncilKitError.isInstance(error) && error.providerCode === '4040') return [];
      throw error;
    }
  };
  const hitsOf = (envelope: ListEnvelope | undefined): unknown[] => {
    const hits = (envelope?.result as { hits?: unknown } | undefined)?.hits;
    return Array.isArray(hits) ? hits : [];
  };

  const implementation: AddressProviderImplementation = {
    provider,
    testPostcodes: idealPostcodesTestPostcodes,
    findByPostcode: async (query, callOptions) =>
      (await postcodeAddresses(query.postcode, callOptions)).map(readPafAddress),
    search: async (query, callOptions) =>
      hitsOf(await get('/v1/addresses', callOptions, { query: query.text, limit: query.limit })).map(
        readPafAddress,
      ),
    getByUprn: async (query, callOptions) => {
      const hits = hitsOf(await get('/v1/addresses', callOptions, { uprn: query.uprn }));
      return hits.map(readPafAddress).find((address) => address.uprn === query.uprn);
    },
    lookupPostcodeArea: async (query, callOptions) => {
      const [first] = await postcodeAddresses(query.postcode, callOptions);
      return first === undefined ? undefined : readPostcodeArea(query.postcode, first);
    },
  };
  return defineAddressProvider(implementation, loggerOptions);
}
