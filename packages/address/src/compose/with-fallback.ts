import { type AnyCouncilKitError, ConfigError, createLogger, type LoggerOptions } from '@councilkit/core';
import { type AddressProviderImplementation, defineAddressProvider, testPostcodesOf } from '../define.js';
import { isProviderUnavailable } from '../errors.js';
import type { CallOptions } from '../model/call-options.js';
import { addressMethods } from '../model/capabilities.js';
import type { AddressProvider } from '../port.js';
import { checkProvider } from './check-provider.js';

/**
 * Tries providers in order: when one is unavailable (network failure, 5xx, rate limit, used-up
 * quota) the next one answers. "Nothing found" and rejected input are answers, never a reason to
 * move on. A provider lacking a method (or the council filter a query asks for) is passed over;
 * each address says which provider found it. When every provider fails, the last error is thrown.
 */
export function withFallback(
  providers: readonly AddressProvider[],
  options: LoggerOptions = {},
): AddressProvider {
  if (!Array.isArray(providers) || providers.length < 1) {
    throw new ConfigError([{ path: 'providers', message: 'must list at least one AddressProvider' }], {
      summary: 'Invalid withFallback options',
    });
  }
  for (const [index, provider] of providers.entries())
    checkProvider(provider, `providers.${index}`, 'withFallback');
  const name = `fallback(${providers.map((provider) => provider.provider).join(',')})`;
  const logger = createLogger({ ...options, bindings: { provider: name } });

  const implementation: {
    -readonly [Key in keyof AddressProviderImplementation]: AddressProviderImplementation[Key];
  } = {
    provider: name,
    localCustodianCode: providers.some((provider) => provider.capabilities.localCustodianCode),
    testPostcodes: providers.flatMap(testPostcodesOf),
  };
  for (const method of addressMethods) {
    const able = providers.filter((provider) => provider.capabilities[method]);
    if (able.length === 0) continue;
    implementation[method] = (async (query: { localCustodianCode?: string }, callOptions: CallOptions) => {
      const candidates =
        query.localCustodianCode === undefined
          ? able
          : able.filter((provider) => provider.capabilities.localCustodianCode);
      let lastError: AnyCouncilKitError | undefined;
      for (const provider of candidates) {
        try {
          const call = provider[method] as (query: unknown, options: CallOptions) => Promise<unknown>;
          return await call.call(provider, query, callOptions);
        } catch (error) {
          // The caller gave up: no other provider should be asked.
          if (!isProviderUnavailable(error) || callOptions.signal?.aborted) throw error;
          lastError = error;
          logger.warn(
            {
              operation: method,
              unavailable: provider.provider,
              errorCode: error.code,
              httpStatus: error.status,
            },
            'provider unavailable, trying the next',
          );
        }
      }
      throw lastError;
    }) as never;
  }
  return defineAddressProvider(implementation, options);
}
