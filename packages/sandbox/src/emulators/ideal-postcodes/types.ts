import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { AddressDataset } from '../address-data/index.js';

/** Options of `createIdealPostcodesEmulator`. */
export interface IdealPostcodesEmulatorOptions extends EmulatorOptions {
  /** The addresses to serve; the sandbox's shared fixtures by default. */
  dataset?: AddressDataset;
}

/** Working keys for the emulated Ideal Postcodes API; the same on every start. */
export interface IdealPostcodesCredentials {
  /** A key with lookups left. */
  readonly apiKey: string;
  /** A key whose balance is used up (402, code 4020). */
  readonly exhaustedApiKey: string;
  /** A key past its daily lookup limit (402, code 4021). */
  readonly limitReachedApiKey: string;
}

/** Test controls of the Ideal Postcodes emulator. */
export interface IdealPostcodesControl {
  /** The next `count` requests (default 1) are turned away as the rate limiter does: HTTP 503. */
  rateLimitNext(count?: number): void;
  /** The next `count` requests (default 1) fail with HTTP 500, as in an outage. */
  failNext(count?: number): void;
  /** How many requests have reached the emulator since it started or was reset. */
  readonly requestCount: number;
  /** Forgets pending failures and the request count. */
  reset(): void;
}

/** The Ideal Postcodes emulator: the `/v1` API, its keys and its test controls. */
export interface IdealPostcodesEmulator extends Emulator {
  readonly service: 'idealPostcodes';
  readonly credentials: IdealPostcodesCredentials;
  readonly control: IdealPostcodesControl;
}
