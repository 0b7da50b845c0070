import { ConfigError } from '@councilkit/core';
import type { AddressProvider } from '../port.js';

/** Fails at construction when a composition is given something that is not an `AddressProvider`. */
export function checkProvider(
  provider: unknown,
  path: string,
  composition: string,
): asserts provider is AddressProvider {
  const candidate = provider as Partial<AddressProvider> | undefined;
  if (
    typeof candidate?.provider !== 'string' ||
    typeof candidate.capabilities !== 'object' ||
    typeof candidate.findByPostcode !== 'function'
  ) {
    throw new ConfigError([{ path, message: 'must be an AddressProvider' }], {
      summary: `Invalid ${composition} options`,
    });
  }
}
