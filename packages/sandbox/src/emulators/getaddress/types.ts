import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { AddressDataset } from '../address-data/index.js';

/** Options of `createGetAddressEmulator`. */
export interface GetAddressEmulatorOptions extends EmulatorOptions {
  /** The addresses to serve; the sandbox's shared fixtures by default. */
  dataset?: AddressDataset;
}

/** Working keys for the emulated getAddress.io API; the same on every start. */
export interface GetAddressCredentials {
  /** A key with requests left. */
  readonly apiKey: string;
  /** A key that may not use the address resources (403). */
  readonly forbiddenApiKey: string;
  /** A key whose request allowance is used up (429). */
  readonly rateLimitedApiKey: string;
}

/** Test controls of the getAddress.io emulator. */
export interface GetAddressControl {
  /** The next `count` requests (default 1) answer 429, as when the allowance runs out. */
  rateLimitNext(count?: number): void;
  /** The next `count` requests (default 1) fail with HTTP 500, as in an outage. */
  failNext(count?: number): void;
  /** How many requests have reached the emulator since it started or was reset. */
  readonly requestCount: number;
  /** Forgets pending failures and the request count. */
  reset(): void;
}

/** The getAddress.io emulator: find, autocomplete and get, its keys and its test controls. */
export interface GetAddressEmulator extends Emulator {
  readonly service: 'getAddress';
  readonly credentials: GetAddressCredentials;
  readonly control: GetAddressControl;
}
