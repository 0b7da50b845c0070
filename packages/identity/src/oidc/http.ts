import {
  defaultTransport,
  errorFromResponse,
  type Logger,
  ProviderError,
  type Transport,
  type TransportResponse,
} from '@councilkit/core';

/** One request to an OpenID provider endpoint; endpoints may live on different hosts, so URLs are absolute. */
export interface OidcRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Sent as `application/x-www-form-urlencoded`. */
  readonly form?: URLSearchParams | undefined;
  readonly headers?: Record<string, string> | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number | undefined;
}

export interface OidcResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export interface OidcHttpOptions {
  readonly provider: string;
  readonly userAgent: string;
  readonly transport?: Transport | undefined;
  readonly timeoutMs?: number | undefined;
  readonly logger?: Logger | undefined;
}

export interface OidcHttp {
  send(request: OidcRequest): Promise<OidcResponse>;
  /** Sends, and reads a 2xx JSON object; any other answer is a typed error. */
  json(
    request: OidcRequest,
  ): Promise<{ data: Record<string, unknown>; headers: Readonly<Record<string, string>> }>;
}

const decoder = new TextDecoder();

/**
 * Requests over core's transport seam. Core's HTTP client sends JSON bodies only, and OAuth
 * endpoints take forms, so this sends through the same `Transport` (the same keep-alive agent and
 * timeouts) and maps failures with core's `errorFromResponse`. Nothing is repeated: a token request
 * spends a single-use code.
 */
export function createOidcHttp(options: OidcHttpOptions): OidcHttp {
  const transport = options.transport ?? defaultTransport();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { provider } = options;

  const send = async (request: OidcRequest): Promise<OidcResponse> => {
    const url = new URL(request.url);
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: 'application/json',
      ...request.headers,
    };
    let body: string | undefined;
    if (request.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = request.form.toString();
    }
    const started = performance.now();
    const response = await transport({
      method: request.method,
      origin: url.origin,
      path: url.pathname + url.search,
      headers,
      body,
      signal: request.signal,
      timeoutMs: request.timeoutMs ?? timeoutMs,
    });
    options.logger?.debug(
      {
        method: request.method,
        path: url.pathname,
        status: response.status,
        ms: performance.now() - started,
      },
      'provider answered',
    );
    return response;
  };

  return {
    send,
    async json(request) {
      const response = await send(request);
      if (response.status >= 300) throw errorFrom(provider, response);
      return { data: readJsonObject(provider, response), headers: response.headers };
    },
  };
}

/** The JSON object in a response body; a typed error for anything else. */
export function readJsonObject(provider: string, response: TransportResponse): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(response.body));
  } catch (error) {
    throw new ProviderError(`${provider} answered with a body that is not JSON`, {
      provider,
      status: response.status,
      cause: error,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ProviderError(`${provider} answered with JSON that is not an object`, {
      provider,
      status: response.status,
    });
  }
  return parsed as Record<string, unknown>;
}

/** An OAuth error body's `error` and `error_description`, when the body is one. */
export function oauthErrorOf(response: TransportResponse): { code?: string; message?: string } {
  try {
    const body = JSON.parse(decoder.decode(response.body)) as Record<string, unknown>;
    return {
      ...(typeof body['error'] === 'string' ? { code: body['error'] } : {}),
      ...(typeof body['error_description'] === 'string' ? { message: body['error_description'] } : {}),
    };
  } catch {
    return {};
  }
}

/** The typed error for a non-2xx answer, keeping the provider's OAuth error code. */
export function errorFrom(provider: string, response: TransportResponse) {
  return errorFromResponse({
    provider,
    status: response.status,
    details: oauthErrorOf(response),
    retryAfterMs: undefined,
    unsafeWrite: false,
  });
}
