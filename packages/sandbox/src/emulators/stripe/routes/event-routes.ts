import type { Hono } from 'hono';
import { resourceMissing } from '../api-error.js';
import { apiRoute } from '../api-route.js';
import { listPage, newestFirst } from '../lists.js';
import { integerParam, objectParam, pageParams, stringParam } from '../params.js';
import { eventObject, type StripeState } from '../stripe-state.js';

/** `/v1/events`: every event the emulator raised, newest first, filterable by type and time. */
export function registerEventRoutes(app: Hono, state: StripeState): void {
  apiRoute(app, state, 'get', '/v1/events', ({ params }) => {
    const type = stringParam(params, 'type');
    const typesParam = params['types'];
    const types = Array.isArray(typesParam) ? typesParam.filter((item) => typeof item === 'string') : [];
    const created = objectParam(params, 'created');
    const gte = integerParam(created, 'gte', 'created[gte]');
    const lt = integerParam(created, 'lt', 'created[lt]');
    const events = newestFirst(state.events.values()).filter(
      (event) =>
        (type === undefined || matchesType(event.type, type)) &&
        (types.length === 0 || types.some((item) => matchesType(event.type, item as string))) &&
        (gte === undefined || event.created >= gte) &&
        (lt === undefined || event.created < lt),
    );
    return listPage(events, pageParams(params), '/v1/events', (event) => eventObject(event));
  });

  apiRoute(app, state, 'get', '/v1/events/:id', ({ path }) => {
    const event = state.events.get(path['id']!);
    if (!event) throw resourceMissing('event', path['id']!);
    return eventObject(event);
  });
}

/** Stripe's `type` filter takes `*` as a wildcard suffix (`checkout.session.*`). */
function matchesType(type: string, pattern: string): boolean {
  return pattern.endsWith('*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}
