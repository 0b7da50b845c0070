import { describePaymentProvider } from '@councilkit/pay/testing';
import { conformanceHarness, stripeSandbox } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's Stripe emulator over real HTTP.
describePaymentProvider('stripePay against the Stripe emulator', async () => {
  const { sandbox, pay } = await stripeSandbox();
  return conformanceHarness(sandbox, pay);
});
