/**
 * @module @councilkit/address/testing
 * The conformance suite every `AddressProvider` must pass. Register it from a vitest file:
 *
 * @example
 * describeAddressProvider('memory', () => ({
 *   provider: memoryAddresses(),
 *   fixtures: { postcode: 'W1W 7RT', unknownPostcode: 'ZE1 0AA', searchText: 'Downing Street' },
 * }));
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { AddressHarness, DescribeAddressProviderOptions } from './conformance/harness.js';
import { registerLookupTests } from './conformance/lookups.js';
import { createSuiteContext } from './conformance/suite-context.js';
import { registerValidationTests } from './conformance/validation.js';

export type {
  AddressFixtures,
  AddressHarness,
  DescribeAddressProviderOptions,
} from './conformance/harness.js';

/**
 * Registers the address conformance suite under `describe(name)`. `setup` runs once before the tests
 * and gives the provider and fixtures that work with it; tests for capabilities the provider lacks
 * are skipped.
 */
export function describeAddressProvider(
  name: string,
  setup: () => Promise<AddressHarness> | AddressHarness,
  options: DescribeAddressProviderOptions = {},
): void {
  describe(name, () => {
    let harness: AddressHarness | undefined;
    beforeAll(async () => {
      harness = await setup();
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });
    const context = createSuiteContext(() => {
      if (harness === undefined)
        throw new Error('The conformance harness is not ready: setup() failed or has not run');
      return harness;
    }, options.skip ?? []);
    registerLookupTests(context);
    registerValidationTests(context);
  });
}
