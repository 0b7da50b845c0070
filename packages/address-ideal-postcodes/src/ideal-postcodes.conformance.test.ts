import { describeAddressProvider } from '@councilkit/address/testing';
import { conformanceHarness } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's Ideal Postcodes emulator over real HTTP.
describeAddressProvider('idealPostcodes against the Ideal Postcodes emulator', conformanceHarness);
