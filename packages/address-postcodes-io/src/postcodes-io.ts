import { type AddressProvider, defineAddressProvider } from '@councilkit/address';
import {
  CouncilKitError,
  createHttpClient,
  createLogger,
  parseConfig,
  userAgent,
  ValidationError,
} from '@councilkit/core';
import { defaultBaseUrl, type PostcodesIoOptions, postcodesIoOptionsSchema } from './options.js';
import { VERSION } from './version.js';
import { parsePostcodesIoError } from './wire/error-body.js';
import { readPostcodeArea } from './wire/postcode.js';

const provider = 'postcodes-io';

/**
 * Creates a postcodes.io client: where a postcode lies (council and its GSS code, ward, parish,
 * country, coordinates) from the ONS Postcode Directory. postcodes.io has no addresses, so only
 * `lookupPostcodeArea` is available; its capabilities say so, and the other methods throw
 * `UnsupportedError`. Pair it with an address provider to check a postcode is in your area.
 *
 * @example
 * const area = await postcodesIo().lookupPostcodeArea('SO16 0AS');
 * if (area?.adminDistrict?.gssCode !== 'E07000093') showOutOfAreaPage();
 */
export function postcodesIo(options: PostcodesIoOptions = {}): AddressProvider {
  const settings = parseConfig(postcodesIoOptionsSchema(), options, provider);
  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/address-postcodes-io', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    parseError: parsePostcodesIoError,
  });

  return defineAddressProvider(
    {
      provider,
      async lookupPostcodeArea(query, callOptions) {
        try {
          const { data } = await http.request({
            method: 'GET',
            path: `/postcodes/${encodeURIComponent(query.postcode)}`,
            signal: callOptions.signal,
            timeoutMs: callOptions.timeoutMs,
          });
          return readPostcodeArea(data);
        } catch (error) {
          // postcodes.io answers 404 both for a postcode it does not know and for a malformed one.
          if (CouncilKitError.isInstance(error) && error.status === 404) {
            if (error.providerMessage === 'Postcode not found') return undefined;
            if (error.providerMessage === 'Invalid postcode') {
              throw new ValidationError([{ path: 'postcode', message: 'is not a valid UK postcode' }], {
                provider,
                status: 404,
                providerMessage: error.providerMessage,
              });
            }
          }
          throw error;
        }
      },
    },
    loggerOptions,
  );
}
