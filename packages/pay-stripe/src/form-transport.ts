import { defaultTransport, type Transport } from '@councilkit/core';

/**
 * Core's HTTP client sends JSON bodies; Stripe takes forms. The adapter hands the client its form
 * already encoded, as a JSON string, and this transport unwraps it and labels it as a form, so
 * retries, timeouts and error mapping all stay in core.
 */
export function formTransport(inner: Transport = defaultTransport()): Transport {
  return (request) => {
    if (typeof request.body !== 'string' || request.headers['content-type'] !== 'application/json') {
      return inner(request);
    }
    return inner({
      ...request,
      headers: { ...request.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.parse(request.body) as string,
    });
  };
}
