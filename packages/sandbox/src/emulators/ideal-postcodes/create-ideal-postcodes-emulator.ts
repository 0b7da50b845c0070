import { Hono } from 'hono';
import { invalidArgument, invalidOption } from '../../errors.js';
import { addressDataset } from '../address-data/index.js';
import { IdealPostcodesApiError } from './api-error.js';
import { apiKeyOf, authenticate, exhaustedApiKey, limitReachedApiKey, sandboxApiKey } from './credentials.js';
import { jsonResponse } from './http.js';
import { registerKeyRoute } from './key-route.js';
import { registerRoutes } from './routes.js';
import type { IdealPostcodesEmulator, IdealPostcodesEmulatorOptions } from './types.js';

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) throw invalidArgument('count', 'must be an integer >= 1');
  return count;
}

/**
 * Makes an Ideal Postcodes emulator: `/v1/postcodes`, `/v1/addresses`, `/v1/udprn` and
 * `/v1/autocomplete/addresses` with the real envelopes, error codes (4010, 4020, 4021, 4040, 4044)
 * and documented test values (`ID1 1QD`, `ID1 KFA`, `ID1 CLIP`, `ID1 CHOP`, UDPRNs 0 to -3).
 */
export function createIdealPostcodesEmulator(
  options: IdealPostcodesEmulatorOptions = {},
): IdealPostcodesEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const dataset = options.dataset ?? addressDataset();
  let requestCount = 0;
  let rateLimited = 0;
  let failing = 0;

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', () => jsonResponse({ status: 'ok', service: 'idealPostcodes' }));
  // Every endpoint but the key check takes the key as a credential.
  registerKeyRoute(app);
  app.use('/v1/*', async (context, next) => {
    if (context.req.path.includes('/v1/keys/')) return next();
    const url = new URL(context.req.url);
    authenticate(apiKeyOf(context.req.raw, url));
    await next();
  });
  registerRoutes(app, dataset);
  app.notFound(() => jsonResponse({ code: 4044, message: 'Resource not found' }, 404));
  app.onError((error) =>
    error instanceof IdealPostcodesApiError
      ? jsonResponse(error.body, error.status)
      : jsonResponse({ code: 5000, message: 'Internal server error' }, 500),
  );

  return {
    service: 'idealPostcodes',
    basePath,
    credentials: { apiKey: sandboxApiKey, exhaustedApiKey, limitReachedApiKey },
    control: {
      rateLimitNext(count = 1) {
        rateLimited += checkCount(count);
      },
      failNext(count = 1) {
        failing += checkCount(count);
      },
      get requestCount() {
        return requestCount;
      },
      reset() {
        requestCount = 0;
        rateLimited = 0;
        failing = 0;
      },
    },
    fetch: async (request) => {
      requestCount += 1;
      // The real per-IP limiter answers 503 with no JSON body.
      if (rateLimited > 0) {
        rateLimited -= 1;
        return new Response('Service Temporarily Unavailable', {
          status: 503,
          headers: { 'content-type': 'text/plain' },
        });
      }
      if (failing > 0) {
        failing -= 1;
        return jsonResponse({ code: 5000, message: 'Internal server error' }, 500);
      }
      return app.fetch(request);
    },
    close: async () => {},
  };
}
