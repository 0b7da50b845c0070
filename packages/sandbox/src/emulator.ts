/** The services the sandbox emulates, by the names `startSandbox().services` uses. */
export type ServiceName =
  | 'pay'
  | 'notify'
  | 'oneLogin'
  | 'osPlaces'
  | 'idealPostcodes'
  | 'getAddress'
  | 'postcodesIo'
  | 'smtp'
  | 'stripe';

/**
 * One emulated service: a fetch-style function over a Hono app. The same emulator answers the
 * loopback server (mounted under `basePath`, e.g. `/notify`) and msw (at the real host, basePath '').
 * URLs it writes into responses are built from the request's own origin plus `basePath`.
 */
export interface Emulator {
  readonly service: ServiceName;
  /** Path prefix the emulator's routes live under; '' at the real provider's host. */
  readonly basePath: string;
  /**
   * True for a service whose emulator is still to come: it answers `GET /health` only, so the CLI
   * and the sandbox's front page leave it out of the services they offer.
   */
  readonly placeholder?: boolean;
  /** Answers one request whose URL path starts with `basePath`. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Stops timers (status progression, callbacks) the emulator started. */
  close(): Promise<void>;
}

/** Options every emulator factory accepts. */
export interface EmulatorOptions {
  /** Path prefix the emulator is mounted under; '' (default) when it stands at the real host. */
  basePath?: string;
}
