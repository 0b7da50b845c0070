import { Hono } from 'hono';
import { invalidArgument, invalidOption } from '../../errors.js';
import { addressDataset } from '../address-data/index.js';
import { GetAddressApiError, serverError, tooManyRequests } from './api-error.js';
import { authenticate, forbiddenApiKey, rateLimitedApiKey, sandboxApiKey } from './credentials.js';
import { registerRoutes } from './routes.js';
import type { GetAddressEmulator, GetAddressEmulatorOptions } from './types.js';

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) throw invalidArgument('count', 'must be an integer >= 1');
  return count;
}

const errorResponse = (error: GetAddressApiError) =>
  new Response(JSON.stringify({ Message: error.message }), {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/**
 * Makes a getAddress.io emulator: `/find/{postcode}` (expanded or not), `/autocomplete/{term}`
 * (GET or POST with options) and `/get/{id}`, with `{"Message"}` errors (400, 401, 403, 404, 429,
 * 500) and the documented test postcodes (`XX2 00X`, `XX4 04X`, `XX4 00X`, `XX4 01X`, `XX4 29X`, `XX5 00X`).
 */
export function createGetAddressEmulator(options: GetAddressEmulatorOptions = {}): GetAddressEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  let requestCount = 0;
  let rateLimited = 0;
  let failing = 0;

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', (context) => context.json({ status: 'ok', service: 'getAddress' }));
  app.use('*', async (context, next) => {
    if (!context.req.path.endsWith('/health')) authenticate(new URL(context.req.url));
    await next();
  });
  registerRoutes(app, options.dataset ?? addressDataset());
  app.notFound(() => errorResponse(new GetAddressApiError(404, 'Not Found')));
  app.onError((error) => errorResponse(error instanceof GetAddressApiError ? error : serverError()));

  return {
    service: 'getAddress',
    basePath,
    credentials: { apiKey: sandboxApiKey, forbiddenApiKey, rateLimitedApiKey },
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
      if (rateLimited > 0) {
        rateLimited -= 1;
        return errorResponse(tooManyRequests());
      }
      if (failing > 0) {
        failing -= 1;
        return errorResponse(serverError());
      }
      return app.fetch(request);
    },
    close: async () => {},
  };
}
