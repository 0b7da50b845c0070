import type { Hono } from 'hono';
import type { AddressDataset, FixturePostcodeArea } from '../address-data/index.js';
import {
  invalidGeolocation,
  invalidJsonQuery,
  invalidLimit,
  invalidPostcode,
  invalidRadius,
  jsonArrayRequired,
  outcodeNotFound,
  PostcodesIoApiError,
  postcodeNotFound,
  queryRequired,
  success,
  tooManyLocations,
  tooManyPostcodes,
} from './api-error.js';
import { outcodeRecord, postcodeRecord } from './postcode-record.js';
import { distanceMetres, searchLimit, searchPostcodes } from './search.js';
import { findTerminated } from './terminated.js';

// The shape postcodes.io checks before it looks anything up (the `postcode` package's test).
const postcodeShape = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
const outcodeShape = /^[A-Z]{1,2}\d[A-Z\d]?$/;

interface Nearest {
  longitude: unknown;
  latitude: unknown;
  limit?: unknown;
  radius?: unknown;
}

/** Every postcodes.io route the sandbox answers, from the shared fixtures' postcode areas. */
export function registerRoutes(app: Hono, dataset: AddressDataset): void {
  const sorted = [...dataset.areas].sort((a, b) =>
    a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0,
  );
  const find = (text: string): FixturePostcodeArea | undefined => {
    const postcode = text.trim().toUpperCase();
    return postcodeShape.test(postcode) ? dataset.postcodeArea(postcode) : undefined;
  };

  function nearest({ longitude, latitude, limit, radius }: Nearest) {
    const lon = Number(longitude);
    const lat = Number(latitude);
    if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      throw invalidGeolocation();
    }
    const count = limit === undefined || limit === '' ? 10 : Number(limit);
    if (!(Number.isInteger(count) && count > 0)) throw invalidLimit();
    const metres = radius === undefined || radius === '' ? 100 : Number(radius);
    if (!(Number.isFinite(metres) && metres > 0)) throw invalidRadius();
    const within = sorted
      .map((area) => ({ area, distance: distanceMetres({ latitude: lat, longitude: lon }, area) }))
      .filter(({ distance }) => distance <= Math.min(metres, 2000))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, Math.min(count, 100));
    return within.length > 0
      ? within.map(({ area, distance }) => ({ ...postcodeRecord(area), distance }))
      : null;
  }

  app.get('/postcodes/:postcode', (context) => {
    const text = context.req.param('postcode');
    if (!postcodeShape.test(text.trim().toUpperCase())) throw invalidPostcode();
    const area = find(text);
    if (!area) throw postcodeNotFound(findTerminated(text));
    return success(postcodeRecord(area));
  });

  app.get('/postcodes/:postcode/validate', (context) =>
    success(find(context.req.param('postcode')) !== undefined),
  );

  app.get('/postcodes/:postcode/autocomplete', (context) => {
    const found = searchPostcodes(
      sorted,
      context.req.param('postcode'),
      searchLimit(context.req.query('limit')),
    );
    return success(found ? found.map((area) => area.postcode) : null);
  });

  app.get('/postcodes/:postcode/nearest', (context) => {
    const area = find(context.req.param('postcode'));
    if (!area) throw postcodeNotFound();
    return success(nearest({ ...context.req.query(), longitude: area.longitude, latitude: area.latitude }));
  });

  app.get('/postcodes', (context) => {
    const query = context.req.query();
    if (query['lon'] && query['lat'])
      return success(nearest({ ...query, longitude: query['lon'], latitude: query['lat'] }));
    if (query['longitude'] && query['latitude']) {
      return success(nearest({ ...query, longitude: query['longitude'], latitude: query['latitude'] }));
    }
    const text = query['q'] || query['query'];
    if (!text || text.trim() === '') throw queryRequired();
    const found = searchPostcodes(sorted, text, searchLimit(query['limit']));
    return success(found ? found.map(postcodeRecord) : null);
  });

  app.get('/postcodes/lon/:longitude/lat/:latitude', (context) =>
    success(
      nearest({
        ...context.req.query(),
        longitude: context.req.param('longitude'),
        latitude: context.req.param('latitude'),
      }),
    ),
  );

  app.post('/postcodes', async (context) => {
    let body: unknown;
    try {
      body = await context.req.json();
    } catch {
      throw new PostcodesIoApiError(
        400,
        'Invalid JSON submitted.\nYou need to submit a JSON object with an array of postcodes or geolocation objects.\nAlso ensure that Content-Type is set to application/json\n',
      );
    }
    const { postcodes, geolocations } = (body ?? {}) as { postcodes?: unknown; geolocations?: unknown };
    if (postcodes) {
      if (!Array.isArray(postcodes)) throw jsonArrayRequired();
      if (postcodes.length > 100) throw tooManyPostcodes();
      return success(
        postcodes
          .filter((postcode): postcode is string => typeof postcode === 'string')
          .map((postcode) => {
            const area = find(postcode);
            return { query: postcode, result: area ? postcodeRecord(area) : null };
          }),
      );
    }
    if (geolocations) {
      if (!Array.isArray(geolocations)) throw jsonArrayRequired();
      if (geolocations.length > 100) throw tooManyLocations();
      return success(
        geolocations.map((location: Nearest) => ({
          query: location,
          result: nearest(location ?? ({} as Nearest)),
        })),
      );
    }
    throw invalidJsonQuery();
  });

  app.get('/outcodes/:outcode', (context) => {
    const outcode = context.req.param('outcode').trim().toUpperCase();
    if (!outcodeShape.test(outcode)) throw outcodeNotFound();
    const areas = sorted.filter((area) => area.postcode.startsWith(`${outcode} `));
    if (areas.length === 0) throw outcodeNotFound();
    return success(outcodeRecord(outcode, areas));
  });

  app.get('/terminated_postcodes/:postcode', (context) => {
    const terminated = findTerminated(context.req.param('postcode'));
    if (!terminated) throw new PostcodesIoApiError(404, 'Terminated postcode not found');
    return success(terminated);
  });
}
