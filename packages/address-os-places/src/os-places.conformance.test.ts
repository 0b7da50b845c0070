import { describeAddressProvider } from '@councilkit/address/testing';
import { conformanceHarness } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's OS Places emulator over real HTTP.
describeAddressProvider('osPlaces against the OS Places emulator', conformanceHarness);
