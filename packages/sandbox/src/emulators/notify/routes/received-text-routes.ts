import type { Hono } from 'hono';
import { jsonResponse, requestRoot } from '../http.js';
import { uuidRule } from '../notification-schemas.js';
import { formatNotifyDate } from '../notify-date.js';
import type { NotifyState, ReceivedTextRecord } from '../notify-state.js';
import { canonicalUuid } from '../uuid.js';
import { assertMatchesSchema, authenticatedKey } from './guards.js';

/** `GET /v2/received-text-messages[?older_than=]`, newest first, a page at a time. */
export function registerReceivedTextRoutes(app: Hono, state: NotifyState): void {
  app.get('/v2/received-text-messages', (context) => {
    authenticatedKey(state, context.req.raw);
    const query = Object.fromEntries(new URL(context.req.raw.url).searchParams);
    assertMatchesSchema(query, { properties: { older_than: uuidRule }, additionalProperties: false });
    const olderThan =
      query['older_than'] === undefined
        ? Number.POSITIVE_INFINITY
        : (state.receivedTexts.find((text) => text.id === canonicalUuid(query['older_than']))?.sequence ??
          Number.NEGATIVE_INFINITY);
    const page = [...state.receivedTexts]
      .sort((a, b) => b.sequence - a.sequence)
      .filter((text) => text.sequence < olderThan)
      .slice(0, state.settings.pageSize);
    const listUrl = `${requestRoot(context.req.raw, state.basePath)}v2/received-text-messages`;
    const links: Record<string, string> = { current: listUrl };
    const last = page.at(-1);
    if (last) links['next'] = `${listUrl}?older_than=${last.id}`;
    return jsonResponse({
      received_text_messages: page.map((text) => serializeReceivedText(text, state.service.id)),
      links,
    });
  });
}

function serializeReceivedText(text: ReceivedTextRecord, serviceId: string): Record<string, unknown> {
  return {
    id: text.id,
    created_at: formatNotifyDate(text.createdAt),
    service_id: serviceId,
    notify_number: text.notifyNumber,
    user_number: text.userNumber,
    content: text.content,
  };
}
