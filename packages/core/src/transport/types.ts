/** HTTP methods the adapters use. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP exchange as a transport sees it: where to, final headers, raw body. */
export interface TransportRequest {
  readonly method: HttpMethod;
  /** Scheme, host and port: `https://api.notifications.service.gov.uk`. */
  readonly origin: string;
  /** Path and query string, starting with `/`. Kept apart from `origin` so no URL is parsed per request. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | undefined;
  /** Aborts the exchange; the transport rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds before the whole exchange (connect, headers and body) is abandoned. */
  readonly timeoutMs: number;
}

export interface TransportResponse {
  readonly status: number;
  /** Header names in lower case; repeated headers joined with ', '. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/**
 * The seam between adapters and the network. A transport sends one request and resolves with the
 * response, whatever its status; it rejects only when no response arrived, with a `TransportError`
 * whose `notSent` says whether the request certainly never reached the server.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
