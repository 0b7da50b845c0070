import type { Emulator, EmulatorOptions } from '../../emulator.js';
import type { AddressDataset } from '../address-data/index.js';

/** Options of `createOsPlacesEmulator`. */
export interface OsPlacesEmulatorOptions extends EmulatorOptions {
  /** The addresses to serve; the sandbox's shared fixtures by default. */
  dataset?: AddressDataset;
  /** Transactions per minute before 429: 600 as in live mode unless given (50 in OS's development mode). */
  requestsPerMinute?: number;
  /** The clock, in milliseconds, for the rate limit's minute; tests pass their own. */
  now?: () => number;
}

/** Working credentials for the emulated OS Places API; the same on every start. */
export interface OsPlacesCredentials {
  /** The project API key, sent as the `key` header or query parameter. */
  readonly apiKey: string;
}

/** Test controls of the OS Places emulator. */
export interface OsPlacesControl {
  /** The next `count` requests (default 1) are refused with 429, as over the rate limit. */
  rateLimitNext(count?: number): void;
  /** The next `count` requests (default 1) fail with HTTP 500, as in an outage. */
  failNext(count?: number): void;
  /** How many requests have reached the emulator since it started or was reset. */
  readonly requestCount: number;
  /** Forgets pending failures, the rate limit's count and the request count. */
  reset(): void;
}

/** The OS Places emulator: `/search/places/v1`, its key and its test controls. */
export interface OsPlacesEmulator extends Emulator {
  readonly service: 'osPlaces';
  readonly credentials: OsPlacesCredentials;
  readonly control: OsPlacesControl;
}
