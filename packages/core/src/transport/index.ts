export { defaultTransport } from './default-transport.js';
export type { ProviderErrorDetails } from './error-from-response.js';
export { errorFromResponse } from './error-from-response.js';
export { type FetchFunction, fetchTransport } from './fetch-transport.js';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResult,
} from './http-client.js';
export { type NodeHttpTransportOptions, nodeHttpTransport } from './node-http-transport.js';
export { defaultRetryPolicy, parseRetryAfterMs, type RetryPolicy } from './retry-policy.js';
export type { HttpMethod, Transport, TransportRequest, TransportResponse } from './types.js';
export { type UndiciTransportOptions, undiciTransport } from './undici-transport.js';
export { userAgent } from './user-agent.js';
