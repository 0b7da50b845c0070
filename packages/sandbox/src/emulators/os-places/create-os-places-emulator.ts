import { Hono } from 'hono';
import { invalidArgument, invalidOption } from '../../errors.js';
import { addressDataset } from '../address-data/index.js';
import {
  jsonResponse,
  methodNotAllowed,
  notFound,
  OsPlacesApiError,
  rateLimited,
  serverError,
} from './api-error.js';
import { apiKeyOf, authenticate, sandboxApiKey } from './credentials.js';
import { registerRoutes } from './routes.js';
import type { OsPlacesEmulator, OsPlacesEmulatorOptions } from './types.js';

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) throw invalidArgument('count', 'must be an integer >= 1');
  return count;
}

/**
 * Makes an OS Places API emulator: `/search/places/v1/postcode`, `/find` and `/uprn` over the
 * shared fixtures, with DPA and LPI records (Welsh LPIs for Welsh councils), `fq` filters, paging,
 * output in BNG or WGS84, the `key` header, OS's 400 bodies, 200 with no `results` when nothing
 * matches, and a per-minute rate limit answering 429.
 */
export function createOsPlacesEmulator(options: OsPlacesEmulatorOptions = {}): OsPlacesEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const perMinute = options.requestsPerMinute ?? 600;
  if (!Number.isInteger(perMinute) || perMinute < 1) {
    throw invalidOption('requestsPerMinute', 'must be a whole number of 1 or more');
  }
  const now = options.now ?? Date.now;
  const dataset = options.dataset ?? addressDataset();
  let requestCount = 0;
  let rateLimitedNext = 0;
  let failingNext = 0;
  let window = { minute: -1, count: 0 };

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', () => jsonResponse({ status: 'ok', service: 'osPlaces' }));
  app.use('/search/places/v1/*', async (context, next) => {
    authenticate(apiKeyOf(context.req.raw, new URL(context.req.url)));
    // The gateway counts transactions per project per minute.
    const minute = Math.floor(now() / 60_000);
    if (window.minute !== minute) window = { minute, count: 0 };
    window.count += 1;
    if (window.count > perMinute) throw rateLimited(perMinute);
    await next();
  });
  registerRoutes(app, dataset);
  app.all('/search/places/v1/:endpoint{postcode|uprn|find}', () => {
    throw methodNotAllowed();
  });
  app.notFound(() => {
    const error = notFound();
    return jsonResponse(error.body, error.status);
  });
  app.onError((error) =>
    error instanceof OsPlacesApiError
      ? jsonResponse(error.body, error.status)
      : jsonResponse(serverError().body, 500),
  );

  return {
    service: 'osPlaces',
    basePath,
    credentials: { apiKey: sandboxApiKey },
    control: {
      rateLimitNext(count = 1) {
        rateLimitedNext += checkCount(count);
      },
      failNext(count = 1) {
        failingNext += checkCount(count);
      },
      get requestCount() {
        return requestCount;
      },
      reset() {
        requestCount = 0;
        rateLimitedNext = 0;
        failingNext = 0;
        window = { minute: -1, count: 0 };
      },
    },
    fetch: async (request) => {
      requestCount += 1;
      if (rateLimitedNext > 0) {
        rateLimitedNext -= 1;
        const error = rateLimited(perMinute);
        return jsonResponse(error.body, error.status);
      }
      if (failingNext > 0) {
        failingNext -= 1;
        return jsonResponse(serverError().body, 500);
      }
      return app.fetch(request);
    },
    close: async () => {},
  };
}
