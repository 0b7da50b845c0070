import { describeAddressProvider } from '@councilkit/address/testing';
import { conformanceHarness } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's getAddress.io emulator over real HTTP.
describeAddressProvider('getAddress against the getAddress.io emulator', conformanceHarness);
