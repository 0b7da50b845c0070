import { Hono } from 'hono';
import { invalidArgument, invalidOption } from '../../errors.js';
import { addressDataset } from '../address-data/index.js';
import { jsonResponse, PostcodesIoApiError, resourceNotFound, serverError } from './api-error.js';
import { registerRoutes } from './routes.js';
import type { PostcodesIoEmulator, PostcodesIoEmulatorOptions } from './types.js';

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) throw invalidArgument('count', 'must be an integer >= 1');
  return count;
}

/**
 * Makes a postcodes.io emulator: postcode lookup, validate, search, autocomplete, nearest, bulk
 * lookup, outcodes and terminated postcodes over the shared fixtures' postcode areas, with
 * postcodes.io's `{ status, result }` envelope and its `{ status, error }` bodies (404 "Invalid
 * postcode" for a malformed one, 404 "Postcode not found" with `terminated` where it applies).
 */
export function createPostcodesIoEmulator(options: PostcodesIoEmulatorOptions = {}): PostcodesIoEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const dataset = options.dataset ?? addressDataset();
  let requestCount = 0;
  let failingNext = 0;

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', () => jsonResponse({ status: 'ok', service: 'postcodesIo' }));
  registerRoutes(app, dataset);
  app.notFound(() => jsonResponse(resourceNotFound().body, 404));
  app.onError((error) =>
    error instanceof PostcodesIoApiError
      ? jsonResponse(error.body, error.status)
      : jsonResponse(serverError().body, 500),
  );

  return {
    service: 'postcodesIo',
    basePath,
    control: {
      failNext(count = 1) {
        failingNext += checkCount(count);
      },
      get requestCount() {
        return requestCount;
      },
      reset() {
        requestCount = 0;
        failingNext = 0;
      },
    },
    fetch: async (request) => {
      requestCount += 1;
      if (failingNext > 0) {
        failingNext -= 1;
        return jsonResponse(serverError().body, 500);
      }
      return app.fetch(request);
    },
    close: async () => {},
  };
}
