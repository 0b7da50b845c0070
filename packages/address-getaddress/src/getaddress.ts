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
  type GetAddressOptions,
  getAddressOptionsSchema,
} from './options.js';
import { VERSION } from './version.js';
import { readAddress, readPostcodeArea } from './wire/address.js';
import { parseGetAddressError } from './wire/error-body.js';
import { refineError } from './wire/map-error.js';

const provider = 'getaddress';

/** getAddress.io's documented test postcodes; they cost no lookups and pass the postcode check. */
export const getAddressTestPostcodes = [
  'XX2 00X',
  'XX4 04X',
  'XX4 00X',
  'XX4 01X',
  'XX4 03X',
  'XX4 29X',
  'XX5 00X',
] as const;

// getAddress.io's autocomplete gives at most twenty suggestions.
const maximumSuggestions = 20;

interface FindEnvelope {
  postcode?: unknown;
  latitude?: unknown;
  longitude?: unknown;
  addresses?: unknown;
}

interface AutocompleteEnvelope {
  suggestions?: { id?: unknown }[];
}

type CallOptions = Pick<HttpRequest, 'signal' | 'timeoutMs'>;

/**
 * Creates a getAddress.io address provider: addresses by postcode (`/find`) and by free text
 * (`/autocomplete`, then `/get` for each suggestion), and where a postcode lies. getAddress.io has
 * no UPRNs, so `getByUprn` is not among its capabilities. The key comes from `apiKey` or
 * `GETADDRESS_API_KEY`; a used-up allowance (429) is a non-retryable `RateLimitError`, a bad key
 * an `AuthError`.
 *
 * @example
 * const addresses = getAddress({ apiKey: process.env.GETADDRESS_API_KEY });
 * const found = await addresses.findByPostcode('SW1A 2AA');
 */
export function getAddress(options: GetAddressOptions = {}): AddressProvider {
  const settings = parseConfig(getAddressOptionsSchema(), options, provider);
  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  // getAddress.io takes the key only as the `api-key` query parameter; core redacts it in logs.
  const apiKey = () =>
    loadSecret({
      value: settings.apiKey,
      option: 'apiKey',
      environmentVariable: apiKeyEnvironmentVariable,
      provider,
    }).trim();
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/address-getaddress', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    parseError: parseGetAddressError,
  });

  const request = async <T>(
    method: 'GET' | 'POST',
    path: string,
    callOptions: CallOptions,
    query: Record<string, string> = {},
    json?: unknown,
  ): Promise<T | undefined> => {
    try {
      const key = apiKey();
      return (
        await http.request<T>({
          method,
          path,
          query: { ...query, 'api-key': key },
          // An autocomplete POST only reads: repeating it is harmless.
          ...(json === undefined ? {} : { json, idempotent: true }),
          ...callOptions,
        })
      ).data;
    } catch (error) {
      throw refineError(error);
    }
  };

  // getAddress.io's 404 (with its `Message`) means the postcode has no addresses: the port's
  // "nothing found" is an empty list. A 404 without one is a wrong URL, and stays an error.
  const find = async (postcode: string, callOptions: CallOptions): Promise<FindEnvelope | undefined> => {
    try {
      return await request<FindEnvelope>('GET', `/find/${encodeURIComponent(postcode)}`, callOptions, {
        expand: 'true',
      });
    } catch (error) {
      if (CouncilKitError.isInstance(error) && error.status === 404 && error.providerMessage !== undefined) {
        return undefined;
      }
      throw error;
    }
  };
  const whereabouts = (envelope: FindEnvelope, postcode: string) => ({
    postcode: typeof envelope.postcode === 'string' ? envelope.postcode : postcode,
    latitude: typeof envelope.latitude === 'number' ? envelope.latitude : undefined,
    longitude: typeof envelope.longitude === 'number' ? envelope.longitude : undefined,
  });
  const listOf = (envelope: FindEnvelope | undefined): unknown[] =>
    Array.isArray(envelope?.addresses) ? envelope.addresses : [];

  const implementation: AddressProviderImplementation = {
    provider,
    testPostcodes: getAddressTestPostcodes,
    findByPostcode: async (query, callOptions) => {
      const envelope = await find(query.postcode, callOptions);
      if (envelope === undefined) return [];
      const where = whereabouts(envelope, query.postcode);
      return listOf(envelope).map((wire) => readAddress(wire, where));
    },
    search: async (query, callOptions) => {
      const envelope = await request<AutocompleteEnvelope>(
        'POST',
        `/autocomplete/${encodeURIComponent(query.text)}`,
        callOptions,
        {},
        { all: true, top: Math.min(query.limit, maximumSuggestions) },
      );
      const ids = (envelope?.suggestions ?? [])
        .map((suggestion) => suggestion.id)
        .filter((id): id is string => typeof id === 'string' && id !== '');
      // Each suggestion is only a line of text; the address itself comes from `/get`.
      return Promise.all(
        ids.map(async (id) =>
          readAddress(await request('GET', `/get/${encodeURIComponent(id)}`, callOptions), {}, id),
        ),
      );
    },
    lookupPostcodeArea: async (query, callOptions) => {
      const envelope = await find(query.postcode, callOptions);
      const [first] = listOf(envelope);
      return envelope === undefined || first === undefined
        ? undefined
        : readPostcodeArea(query.postcode, first, whereabouts(envelope, query.postcode));
    },
  };
  return defineAddressProvider(implementation, loggerOptions);
}
