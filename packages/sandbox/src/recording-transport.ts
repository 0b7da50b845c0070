import { ConfigError, type Transport, type TransportRequest } from '@councilkit/core';

/**
 * Wraps a transport (`undiciTransport()`, say) to record every request that reached it, for a test
 * that an adapter sends what it should, or that bad input is refused before anything is sent.
 */
export function recordingTransport(inner: Transport): {
  transport: Transport;
  requests: TransportRequest[];
} {
  if (typeof inner !== 'function') {
    throw new ConfigError([{ path: 'inner', message: 'Must be a transport function' }]);
  }
  const requests: TransportRequest[] = [];
  const transport: Transport = (request) => {
    requests.push(request);
    return inner(request);
  };
  return { transport, requests };
}
