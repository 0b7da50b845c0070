import { nodeHttpTransport } from './node-http-transport.js';
import type { Transport } from './types.js';
import { loadUndici, proxyConfigured, undiciTransport } from './undici-transport.js';

let shared: Transport | undefined;

/**
 * The transport adapters use when given none, shared by the whole process. undici's `request`
 * costs the least CPU per request (about 0.6× Node's own `http` here), but undici takes ~100 ms to
 * load: longer than a whole serverless cold start should take. So the first requests go over
 * Node's `http` (part of Node, about 5 ms to load); undici is loaded in the idle moment after the
 * first answer has been handed back, and every request after that uses it. With a proxy in the environment undici
 * is used from the start, as only its `EnvHttpProxyAgent` reads `HTTPS_PROXY` and `NO_PROXY`.
 */
export function defaultTransport(): Transport {
  shared ??= proxyConfigured() ? undiciTransport() : switchToUndiciWhenLoaded();
  return shared;
}

function switchToUndiciWhenLoaded(): Transport {
  const beforeUndici = nodeHttpTransport();
  let afterUndici: Transport | undefined;
  let loading = false;
  const startLoading = () => {
    if (loading) return;
    loading = true;
    // setImmediate runs after the caller's continuation, so the first answer is never held up by the load.
    setImmediate(() => {
      loadUndici().then(
        () => {
          afterUndici = undiciTransport();
        },
        () => {
          // Without undici (a stripped bundle, say) Node's http carries on alone.
        },
      );
    }).unref();
  };
  const viaNodeHttp: Transport = async (request) => {
    try {
      return await beforeUndici(request);
    } finally {
      startLoading();
    }
  };
  // Not an async function itself, so requests over undici pay for no extra promise.
  return (request) => (afterUndici ? afterUndici(request) : viaNodeHttp(request));
}
