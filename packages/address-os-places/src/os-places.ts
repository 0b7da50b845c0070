import {
  type Address,
  type AddressProvider,
  type AddressProviderImplementation,
  type CallOptions,
  defineAddressProvider,
  type ProviderOptions,
} from '@councilkit/address';
import {
  createHttpClient,
  createLogger,
  loadSecret,
  ProviderError,
  parseConfig,
  parseInput,
  userAgent,
} from '@councilkit/core';
import {
  apiKeyEnvironmentVariable,
  defaultBaseUrl,
  type OsPlacesCallOptions,
  type OsPlacesOptions,
  osPlacesCallOptionsSchema,
  osPlacesOptionsSchema,
} from './options.js';
import { VERSION } from './version.js';
import { addressFromRecord } from './wire/address-record.js';
import { readPage, type WirePage } from './wire/envelope.js';
import { parseOsPlacesError } from './wire/error-body.js';

const provider = 'os-places';
/** OS Places answers at most 100 records a request. */
const pageSize = 100;
/** A postcode holds at most a few hundred addresses; past this, something is wrong. */
const maximumPages = 20;

/**
 * Creates an OS Places API client (Ordnance Survey's AddressBase, as councils licence it through
 * the PSGA). Finds addresses by postcode, text and UPRN, with UPRNs, coordinates, classification
 * and the council's custodian code; postcode areas are not part of OS Places.
 *
 * @example
 * const addresses = osPlaces({ apiKey: process.env.OS_PLACES_API_KEY });
 * const found = await addresses.findByPostcode('SO16 0AS');
 */
export function osPlaces(options: OsPlacesOptions = {}): AddressProvider {
  const settings = parseConfig(osPlacesOptionsSchema(), options, provider);
  const cased = settings.titleCase !== false;
  // Read on the first call, so the variable may be set after import.
  const apiKey = () =>
    loadSecret({
      value: settings.apiKey,
      option: 'apiKey',
      environmentVariable: apiKeyEnvironmentVariable,
      provider,
    });
  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/address-os-places', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    // The header rather than the query, so the key stays out of URLs that proxies log.
    headers: () => ({ key: apiKey() }),
    parseError: parseOsPlacesError,
  });

  function callSettings(providerOptions: ProviderOptions | undefined) {
    const own = parseInput(osPlacesCallOptionsSchema(), providerOptions?.[provider] ?? {}, provider);
    return {
      dataset: own.dataset ?? settings.dataset ?? 'DPA',
      language: own.language ?? settings.language ?? 'en',
      filters: [...(settings.filters ?? []), ...(own.filters ?? [])],
    } satisfies Required<OsPlacesCallOptions>;
  }

  async function page(
    path: string,
    query: Record<string, string | number | readonly string[] | undefined>,
    callOptions: CallOptions,
  ): Promise<WirePage> {
    const { data } = await http.request({
      method: 'GET',
      path,
      query,
      signal: callOptions.signal,
      timeoutMs: callOptions.timeoutMs,
    });
    return readPage(data, provider);
  }

  function commonQuery(
    providerOptions: ProviderOptions | undefined,
    localCustodianCode: string | undefined,
  ): Record<string, string | readonly string[]> {
    const { dataset, language, filters } = callSettings(providerOptions);
    const fq =
      localCustodianCode === undefined ? filters : [...filters, `LOCAL_CUSTODIAN_CODE:${localCustodianCode}`];
    return {
      dataset,
      lr: language.toUpperCase(),
      // WGS84 answers carry the grid references too, so one request gives both.
      output_srs: 'WGS84',
      ...(fq.length > 0 ? { fq } : {}),
    };
  }

  const toAddresses = (found: WirePage['results']): Address[] =>
    found
      .map((result) => addressFromRecord(result, cased))
      .filter((address) => address.postcode !== '' && address.town !== '');

  const implementation: AddressProviderImplementation = {
    provider,
    localCustodianCode: true,

    async findByPostcode(query, callOptions) {
      const common = commonQuery(query.providerOptions, query.localCustodianCode);
      const collected: WirePage['results'][number][] = [];
      for (let pageNumber = 0; pageNumber < maximumPages; pageNumber++) {
        const answer = await page(
          '/postcode',
          { ...common, postcode: query.postcode, maxresults: pageSize, offset: pageNumber * pageSize },
          callOptions,
        );
        collected.push(...answer.results);
        if (answer.results.length < pageSize || collected.length >= answer.totalResults)
          return toAddresses(collected);
      }
      throw new ProviderError(
        `${provider} answered more than ${maximumPages * pageSize} records for one postcode`,
        {
          provider,
        },
      );
    },

    async search(query, callOptions) {
      const answer = await page(
        '/find',
        {
          ...commonQuery(query.providerOptions, query.localCustodianCode),
          query: query.text,
          maxresults: query.limit,
        },
        callOptions,
      );
      return toAddresses(answer.results);
    },

    async getByUprn(query, callOptions) {
      const answer = await page(
        '/uprn',
        { ...commonQuery(query.providerOptions, query.localCustodianCode), uprn: query.uprn },
        callOptions,
      );
      return toAddresses(answer.results)[0];
    },
  };
  return defineAddressProvider(implementation, loggerOptions);
}
