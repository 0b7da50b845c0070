import type { Hono } from 'hono';
import { IdealPostcodesApiError } from './api-error.js';
import { keyAvailability } from './credentials.js';
import { success } from './http.js';

const unitedKingdom = { iso_3: 'GBR', iso_2: 'GB', description: 'United Kingdom', emoji: '🇬🇧', rgeo: true };

/** `/v1/keys/{key}`: whether a key can be used now, and its contexts; an unknown key is 404 / 4042. */
export function registerKeyRoute(app: Hono): void {
  app.get('/v1/keys/:key', (context) => {
    const available = keyAvailability(context.req.param('key'));
    if (available === undefined) {
      throw new IdealPostcodesApiError(404, { code: 4042, message: 'Key not found' });
    }
    return success({ available, context: 'GBR', contexts: [unitedKingdom] });
  });
}
