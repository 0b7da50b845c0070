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
  /**
   * The emulator's busiest routes without a WHATWG Request and Response, which cost more than the
   * work itself: the loopback server reads the body and calls `answer` for the routes `takes`
   * accepts. Optional; every other request goes through `fetch`, and msw always does.
   */
  readonly direct?: DirectRoutes;
  /** Stops timers (status progression, callbacks) the emulator started. */
  close(): Promise<void>;
}

/** A request on a direct route, its body already read (and checked against the server's limits). */
export interface DirectRequest {
  readonly method: string;
  /** The URL path, under the emulator's `basePath`. */
  readonly pathname: string;
  /** The origin the client addressed, e.g. `http://127.0.0.1:4010`. */
  readonly origin: string;
  /** A request header by lower-case name. */
  header(name: string): string | undefined;
  readonly body: string;
}

/** What a direct route answers: always a complete text body. */
export interface DirectResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Routes an emulator answers directly, by method and path. */
export interface DirectRoutes {
  takes(method: string, pathname: string): boolean;
  answer(request: DirectRequest): DirectResponse;
}

/** Options every emulator factory accepts. */
export interface EmulatorOptions {
  /** Path prefix the emulator is mounted under; '' (default) when it stands at the real host. */
  basePath?: string;
}
