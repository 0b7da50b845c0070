import { CouncilKitError, type CouncilKitErrorCode } from '@councilkit/core';
import { expect, it, type TestContext } from 'vitest';
import type { Address } from '../model/address.js';
import type { AddressCapabilities } from '../model/capabilities.js';
import type { AddressHarness } from './harness.js';

/** What each group of conformance tests is given. */
export interface SuiteContext {
  harness(): AddressHarness;
  /** Registers a test, skipped when the provider lacks any of `needs` or the caller skips it by name. */
  test(name: string, needs: readonly (keyof AddressCapabilities)[], body: () => Promise<void>): void;
}

/** Makes the context; `harness` is filled in by the suite's `beforeAll`. */
export function createSuiteContext(harness: () => AddressHarness, skipped: readonly string[]): SuiteContext {
  return {
    harness,
    test(name, needs, body) {
      // Capabilities are known only once `beforeAll` has run, so a missing one skips from inside.
      it.skipIf(skipped.includes(name))(name, async (context: TestContext) => {
        const capabilities = harness().provider.capabilities;
        const missing = needs.filter((need) => capabilities[need] !== true);
        context.skip(missing.length > 0, `the provider cannot do: ${missing.join(', ')}`);
        await body();
      });
    },
  };
}

/** Expects a call to fail with a councilkit error of `code` and, when given, naming `field`. */
export async function expectFailure(
  call: () => unknown,
  code: CouncilKitErrorCode,
  field?: string,
): Promise<void> {
  let failure: unknown;
  try {
    await call();
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a ${code} error`).toBeDefined();
  expect(CouncilKitError.isInstance(failure), 'expected a CouncilKitError').toBe(true);
  const error = failure as CouncilKitError & { field?: string };
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
}

const canonicalPostcodeShape = /^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/;

/** Checks everything the model promises about one address, whichever provider found it. */
export function expectWellFormedAddress(address: Address, provider: string): void {
  expect(address.provider).toBe(provider);
  expect(address.postcode).toMatch(canonicalPostcodeShape);
  expect(typeof address.town).toBe('string');
  expect(address.town.trim()).not.toBe('');
  expect(address.lines.length).toBeGreaterThanOrEqual(1);
  expect(address.lines.length).toBeLessThanOrEqual(3);
  for (const line of address.lines) expect(line.trim()).not.toBe('');
  expect(address.singleLine).toContain(address.postcode);
  expect(address.singleLine).toContain(address.lines[0]);
  if (address.uprn !== undefined) expect(address.uprn).toMatch(/^[1-9]\d{0,11}$/);
  if (address.udprn !== undefined) expect(address.udprn).toMatch(/^\d{1,8}$/);
  if (address.wgs84 !== undefined) {
    expect(address.wgs84.latitude).toBeGreaterThan(49);
    expect(address.wgs84.latitude).toBeLessThan(61);
    expect(address.wgs84.longitude).toBeGreaterThan(-9);
    expect(address.wgs84.longitude).toBeLessThan(2);
  }
  if (address.britishNationalGrid !== undefined) {
    expect(address.britishNationalGrid.easting).toBeGreaterThanOrEqual(0);
    expect(address.britishNationalGrid.easting).toBeLessThan(700_000);
    expect(address.britishNationalGrid.northing).toBeGreaterThanOrEqual(0);
    expect(address.britishNationalGrid.northing).toBeLessThan(1_300_000);
  }
  if (address.localCustodianCode !== undefined) expect(address.localCustodianCode).toMatch(/^\d{1,4}$/);
}

/** A postcode written as a person might type it: lower case, no space. */
export function asTyped(postcode: string): string {
  return ` ${postcode.toLowerCase().replace(' ', '')} `;
}
