import { describePaymentProvider } from '@councilkit/pay/testing';
import { conformanceHarness } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's GOV.UK Pay emulator over real HTTP.
describePaymentProvider('govukPay against the Pay emulator', conformanceHarness);
