import {
  type AnyCouncilKitError,
  ConfigError,
  createLogger,
  isSilentLogger,
  type LoggerOptions,
  parseInput,
  TransportError,
  toCouncilKitError,
  UnsupportedError,
} from '@councilkit/core';
import type { Address } from './model/address.js';
import { type CallOptions, callOptionsSchema } from './model/call-options.js';
import { type AddressCapabilities, type AddressMethod, addressMethods } from './model/capabilities.js';
import type { PostcodeArea } from './model/postcode-area.js';
import {
  type ParsedPostcodeAreaQuery,
  type ParsedPostcodeQuery,
  type ParsedSearchQuery,
  type ParsedUprnQuery,
  querySchemas,
} from './model/queries.js';
import type { AddressProvider } from './port.js';

/**
 * What an adapter implements: any of the port's methods, each given a query that has already been
 * checked (postcode canonical, UPRN and custodian code as strings, search limit filled in) and
 * options defaulted to `{}`. A method left out is a capability the provider lacks.
 */
export interface AddressProviderImplementation {
  readonly provider: string;
  /** True when addresses carry the council's local custodian code; false unless set. */
  readonly localCustodianCode?: boolean;
  /**
   * Test postcodes the provider documents that do not follow the Royal Mail shapes (`ID1 KFA`); they
   * pass the postcode check so a test can reach the provider's simulated answers.
   */
  readonly testPostcodes?: readonly string[];
  findByPostcode?(query: ParsedPostcodeQuery, options: CallOptions): Promise<Address[]>;
  search?(query: ParsedSearchQuery, options: CallOptions): Promise<Address[]>;
  getByUprn?(query: ParsedUprnQuery, options: CallOptions): Promise<Address | undefined>;
  lookupPostcodeArea?(
    query: ParsedPostcodeAreaQuery,
    options: CallOptions,
  ): Promise<PostcodeArea | undefined>;
}

/**
 * Wraps an adapter as an `AddressProvider`. Every call checks its query and options (a
 * `ValidationError` naming the field, before the adapter runs), refuses what the provider cannot do
 * with `UnsupportedError`, keeps only the council's addresses when a query names a local custodian
 * code, logs counts and timings only (never a postcode or an address), and turns anything thrown
 * that is not a councilkit error into a `ProviderError` keeping it as `cause`.
 */
export function defineAddressProvider(
  implementation: AddressProviderImplementation,
  options: LoggerOptions = {},
): AddressProvider {
  checkImplementation(implementation);
  const provider = implementation.provider;
  const schemas = querySchemas(implementation.testPostcodes);
  const logger = createLogger({ ...options, bindings: { provider } });
  const debug = isSilentLogger(logger) ? undefined : logger;
  const capabilities: AddressCapabilities = Object.freeze({
    findByPostcode: typeof implementation.findByPostcode === 'function',
    search: typeof implementation.search === 'function',
    getByUprn: typeof implementation.getByUprn === 'function',
    lookupPostcodeArea: typeof implementation.lookupPostcodeArea === 'function',
    localCustodianCode: implementation.localCustodianCode === true,
  });

  async function run<Query extends { localCustodianCode?: string; providerOptions?: unknown }, Result>(
    operation: AddressMethod,
    parse: () => Query,
    rawOptions: unknown,
    invoke: (query: Query, options: CallOptions) => Promise<Result>,
    count: (result: Result) => number,
  ): Promise<Result> {
    const startedAt = performance.now();
    let signal: AbortSignal | undefined;
    try {
      const query = parse();
      const callOptions: CallOptions =
        rawOptions === undefined ? {} : parseInput(callOptionsSchema(), rawOptions, provider);
      signal = callOptions.signal;
      if (!capabilities[operation]) throw new UnsupportedError(operation, { provider });
      if (query.localCustodianCode !== undefined && !capabilities.localCustodianCode) {
        throw new UnsupportedError('localCustodianCode', {
          provider,
          message: `${provider} does not say which council looks after an address, so it cannot filter by local custodian code`,
        });
      }
      if (signal?.aborted) {
        throw new TransportError(`${operation} was aborted before it was sent`, {
          provider,
          cause: signal.reason,
          notSent: true,
        });
      }
      const result = await invoke(query, callOptions);
      debug?.debug(
        { operation, durationMs: Math.round(performance.now() - startedAt), count: count(result) },
        `${operation} finished`,
      );
      return result;
    } catch (error) {
      const typed: AnyCouncilKitError = toCouncilKitError(error, { provider, operation, signal });
      logger.warn(
        {
          operation,
          durationMs: Math.round(performance.now() - startedAt),
          errorCode: typed.code,
          field: typed.code === 'validation_failed' ? typed.field : undefined,
          httpStatus: typed.status,
          providerCode: typed.providerCode,
          retryable: typed.retryable,
        },
        `${operation} failed`,
      );
      throw typed;
    }
  }

  const inCouncil = (code: string | undefined) => (address: Address) =>
    code === undefined || address.localCustodianCode === code;
  const listCount = (addresses: Address[]) => addresses.length;
  const oneCount = (found: unknown) => (found === undefined ? 0 : 1);

  const defined: AddressProvider = {
    provider,
    capabilities,

    findByPostcode: (query, callOptions) =>
      run(
        'findByPostcode',
        () => parseInput(schemas.postcodeQuery, query, provider) as ParsedPostcodeQuery,
        callOptions,
        async (parsed, checked) =>
          expectList(await implementation.findByPostcode!(parsed, checked), provider).filter(
            inCouncil(parsed.localCustodianCode),
          ),
        listCount,
      ),

    search: (query, callOptions) =>
      run(
        'search',
        () => parseInput(schemas.searchQuery, query, provider) as ParsedSearchQuery,
        callOptions,
        async (parsed, checked) =>
          expectList(await implementation.search!(parsed, checked), provider)
            .filter(inCouncil(parsed.localCustodianCode))
            .slice(0, parsed.limit),
        listCount,
      ),

    getByUprn: (query, callOptions) =>
      run(
        'getByUprn',
        () => parseInput(schemas.uprnQuery, query, provider) as ParsedUprnQuery,
        callOptions,
        async (parsed, checked) => {
          const found = await implementation.getByUprn!(parsed, checked);
          return found !== undefined && inCouncil(parsed.localCustodianCode)(found) ? found : undefined;
        },
        oneCount,
      ),

    lookupPostcodeArea: (query, callOptions) =>
      run(
        'lookupPostcodeArea',
        () => parseInput(schemas.postcodeAreaQuery, query, provider) as ParsedPostcodeAreaQuery,
        callOptions,
        (parsed: ParsedPostcodeAreaQuery, checked) => implementation.lookupPostcodeArea!(parsed, checked),
        oneCount,
      ),
  };
  // Hidden, so the port stays small: compositions read it to accept the same test postcodes.
  Object.defineProperty(defined, testPostcodesKey, {
    value: Object.freeze([...(implementation.testPostcodes ?? [])]),
  });
  return defined;
}

const testPostcodesKey = Symbol.for('councilkit.address.testPostcodes');

/** The documented test postcodes a provider accepts beyond the Royal Mail shapes; compositions pass them on. */
export function testPostcodesOf(provider: AddressProvider): readonly string[] {
  const value = (provider as unknown as Record<symbol, unknown>)[testPostcodesKey];
  return Array.isArray(value) ? value : [];
}

function expectList(value: unknown, provider: string): Address[] {
  if (Array.isArray(value)) return value as Address[];
  throw new TypeError(`${provider} returned something other than a list of addresses`);
}

// A mistake in the implementation fails at construction, far from any request.
function checkImplementation(
  implementation: unknown,
): asserts implementation is AddressProviderImplementation {
  const candidate = (implementation ?? {}) as Record<string, unknown>;
  const issues = [];
  if (typeof candidate['provider'] !== 'string' || candidate['provider'] === '') {
    issues.push({ path: 'provider', message: 'must be a non-empty string naming the provider' });
  }
  for (const name of addressMethods) {
    if (candidate[name] !== undefined && typeof candidate[name] !== 'function') {
      issues.push({ path: name, message: 'must be a function when given' });
    }
  }
  const tests = candidate['testPostcodes'];
  if (tests !== undefined && !(Array.isArray(tests) && tests.every((value) => typeof value === 'string'))) {
    issues.push({ path: 'testPostcodes', message: 'must be a list of postcodes' });
  }
  if (issues.length > 0)
    throw new ConfigError(issues, { summary: 'Invalid address provider implementation' });
}
