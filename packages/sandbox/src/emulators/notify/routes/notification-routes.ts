import type { Hono } from 'hono';
import { badRequest, NotifyApiError, noResultFound, validationError } from '../api-error.js';
import { jsonResponse, requestRoot } from '../http.js';
import { buildLetterPdfFor } from '../letter-pdf-for.js';
import { uuidRule } from '../notification-schemas.js';
import type { NotificationRecord } from '../notification-store.js';
import type { NotifyState } from '../notify-state.js';
import { schemaMessages } from '../request-schema.js';
import { isRetained } from '../retention.js';
import { serializeNotification } from '../serialize-notification.js';
import { expandStatusFilter, notificationStatuses } from '../statuses.js';
import { canonicalUuid } from '../uuid.js';
import { assertMatchesSchema, authenticatedKey } from './guards.js';

const listQuerySchema = {
  properties: {
    reference: { type: 'string' as const },
    status: { type: 'array' as const, items: { enum: [...notificationStatuses, 'accepted', 'received'] } },
    template_type: { type: 'array' as const, items: { enum: ['sms', 'email', 'letter'] } },
    include_jobs: { enum: ['true', 'True'] },
    older_than: uuidRule,
  },
  additionalProperties: false,
};
const singleValuedParameters = new Set(['older_than', 'reference', 'include_jobs']);

/** `GET /v2/notifications`, `GET /v2/notifications/{id}` and `GET /v2/notifications/{id}/pdf`. */
export function registerNotificationRoutes(app: Hono, state: NotifyState): void {
  app.get('/v2/notifications', (context) => {
    const key = authenticatedKey(state, context.req.raw);
    const url = new URL(context.req.raw.url);
    const query = queryAsNotifyReadsIt(url.searchParams);
    assertMatchesSchema(query, listQuerySchema);

    const statuses = Array.isArray(query['status'])
      ? new Set(query['status'].flatMap(expandStatusFilter))
      : undefined;
    const types = Array.isArray(query['template_type']) ? new Set(query['template_type']) : undefined;
    const reference = typeof query['reference'] === 'string' ? query['reference'] : undefined;
    const olderThan =
      typeof query['older_than'] === 'string' ? olderThanSequence(state, query['older_than']) : Infinity;
    const page: NotificationRecord[] = [];
    for (const record of state.notifications.newestOlderThan(olderThan)) {
      if (page.length >= state.settings.pageSize) break;
      if (
        record.keyType === key.keyType &&
        isRetained(state, record) &&
        (statuses === undefined || statuses.has(record.status)) &&
        (types === undefined || types.has(record.type)) &&
        (reference === undefined || record.reference === reference)
      )
        page.push(record);
    }

    const root = requestRoot(context.req.raw, state.basePath);
    const listUrl = `${root}v2/notifications`;
    const links: Record<string, string> = { current: withQuery(listUrl, query) };
    const last = page.at(-1);
    if (last) links['next'] = withQuery(listUrl, { ...query, older_than: last.id });
    return jsonResponse({ notifications: page.map((record) => serializeNotification(record, root)), links });
  });

  app.get('/v2/notifications/:id', (context) => {
    authenticatedKey(state, context.req.raw);
    const record = findNotification(state, context.req.param('id'));
    return jsonResponse(serializeNotification(record, requestRoot(context.req.raw, state.basePath)));
  });

  app.get('/v2/notifications/:id/pdf', (context) => {
    authenticatedKey(state, context.req.raw);
    const record = findNotification(state, context.req.param('id'));
    if (record.type !== 'letter') throw badRequest('Notification is not a letter');
    if (record.status === 'virus-scan-failed') throw badRequest('File did not pass the virus scan');
    if (record.status === 'technical-failure')
      throw badRequest(`PDF not available for letters in status ${record.status}`);
    const age = state.clock.now().getTime() - record.createdAt.getTime();
    if (
      record.status === 'pending-virus-check' ||
      (!record.isPrecompiled && age < state.settings.pdfReadyAfterMs)
    ) {
      throw new NotifyApiError(400, [
        { error: 'PDFNotReadyError', message: 'PDF not available yet, try again later' },
      ]);
    }
    const pdf = record.precompiledPdf ?? buildLetterPdfFor(record);
    return new Response(new Uint8Array(pdf), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
  });
}

function findNotification(state: NotifyState, rawId: string): NotificationRecord {
  const messages = schemaMessages({ notification_id: rawId }, { properties: { notification_id: uuidRule } });
  if (messages.length > 0) throw validationError(messages);
  const record = state.notifications.get(canonicalUuid(rawId) ?? '');
  if (!record || !isRetained(state, record)) throw noResultFound();
  return record;
}

// Notify reads repeated parameters as lists, except these three, which take their first value.
function queryAsNotifyReadsIt(parameters: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of new Set(parameters.keys())) {
    const values = parameters.getAll(name);
    query[name] = singleValuedParameters.has(name) ? values[0] : values;
  }
  return query;
}

function olderThanSequence(state: NotifyState, id: string): number {
  // An unknown id gives an empty page, as Notify's `created_at < (no row)` does.
  return state.notifications.get(canonicalUuid(id) ?? '')?.sequence ?? Number.NEGATIVE_INFINITY;
}

function withQuery(base: string, query: Readonly<Record<string, unknown>>): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) parameters.append(name, String(item));
  }
  const text = parameters.toString();
  return text === '' ? base : `${base}?${text}`;
}
