import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { AddressDataset } from '../address-data/index.js';

/** Options of `createPostcodesIoEmulator`. */
export interface PostcodesIoEmulatorOptions extends EmulatorOptions {
  /** The postcode areas to serve; the sandbox's shared fixtures by default. */
  dataset?: AddressDataset;
}

/** Test controls of the postcodes.io emulator. */
export interface PostcodesIoControl {
  /** The next `count` requests (default 1) fail with HTTP 500, as in an outage. */
  failNext(count?: number): void;
  /** How many requests have reached the emulator since it started or was reset. */
  readonly requestCount: number;
  /** Forgets pending failures and the request count. */
  reset(): void;
}

/** The postcodes.io emulator: its routes and test controls. postcodes.io needs no key. */
export interface PostcodesIoEmulator extends Emulator {
  readonly service: 'postcodesIo';
  readonly control: PostcodesIoControl;
}
