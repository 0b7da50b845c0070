/**
 * @module @councilkit/pay/testing
 * The conformance suite every `PaymentProvider` must pass. Register it from a vitest file:
 *
 * @example
 * describePaymentProvider('memory', () => {
 *   const pay = memoryPay();
 *   return { provider: pay, backdoor: { complete: pay.controls.complete, ... } };
 * });
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { DescribePaymentProviderOptions, PaymentHarness } from './conformance/harness.js';
import { registerPaymentTests } from './conformance/payments.js';
import { registerRefundTests } from './conformance/refunds.js';
import { createSuiteContext } from './conformance/suite-context.js';
import { registerCapabilityTests, registerValidationTests } from './conformance/validation.js';

export type {
  DescribePaymentProviderOptions,
  PaymentBackdoor,
  PaymentFixtures,
  PaymentHarness,
} from './conformance/harness.js';

/**
 * Registers the payment conformance suite under `describe(name)`. `setup` runs once before the tests
 * and gives the provider and a backdoor to its real state; tests for what `provider.capabilities`
 * rules out are skipped.
 */
export function describePaymentProvider(
  name: string,
  setup: () => Promise<PaymentHarness> | PaymentHarness,
  options: DescribePaymentProviderOptions = {},
): void {
  describe(name, () => {
    let harness: PaymentHarness | undefined;
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
    registerPaymentTests(context);
    registerRefundTests(context);
    registerValidationTests(context);
    registerCapabilityTests(context);
  });
}
