import type { Hono } from 'hono';
import { jsonResponse } from '../http.js';
import { govukFrontendStylesheet } from '../inbox/govuk-stylesheet.js';
import { inboxPage, messagePage, notFoundPage } from '../inbox/inbox-page.js';
import { buildLetterPdfFor } from '../letter-pdf-for.js';
import type { NotifyState } from '../notify-state.js';
import { toSandboxNotification, toSandboxReceivedText } from '../sandbox-notification.js';
import type { SandboxNotification } from '../types.js';
import { canonicalUuid } from '../uuid.js';

/** Messages on one page of the inbox. */
export const inboxPageSize = 50;

/**
 * The developer's inbox (no API key): every message sent, as its recipient would see it. It shows
 * real recipients on purpose, since it is the developer's own sandbox, and never shows API keys.
 */
export function registerInboxRoutes(app: Hono, state: NotifyState): void {
  const html = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });

  app.get('/inbox/govuk-frontend.min.css', () => {
    return new Response(govukFrontendStylesheet(), {
      headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    });
  });

  app.get('/inbox', (context) => {
    state.settle();
    const receivedTexts = [...state.receivedTexts]
      .sort((a, b) => b.sequence - a.sequence)
      .map(toSandboxReceivedText);
    if (context.req.query('format') === 'json') {
      const notifications = state.notifications.newestFirst().map(toSandboxNotification);
      return jsonResponse({ notifications, receivedTexts });
    }
    // One page at a time: only its messages are rendered, however many are kept.
    const total = state.notifications.size;
    const pages = Math.max(1, Math.ceil(total / inboxPageSize));
    const requested = Number.parseInt(context.req.query('page') ?? '1', 10);
    const page = Number.isSafeInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
    const notifications: SandboxNotification[] = [];
    let skip = (page - 1) * inboxPageSize;
    for (const record of state.notifications.newestOlderThan()) {
      if (skip > 0) {
        skip--;
        continue;
      }
      notifications.push(toSandboxNotification(record));
      if (notifications.length === inboxPageSize) break;
    }
    return html(inboxPage(notifications, receivedTexts, state.basePath, { page, pages, total }));
  });

  app.get('/inbox/:id', (context) => {
    state.settle();
    const record = state.notifications.get(canonicalUuid(context.req.param('id')) ?? '');
    if (context.req.query('format') === 'json') {
      return record
        ? jsonResponse(toSandboxNotification(record))
        : jsonResponse({ error: 'No message with this id' }, 404);
    }
    return record
      ? html(messagePage(toSandboxNotification(record), state.basePath))
      : html(notFoundPage(state.basePath), 404);
  });

  app.get('/inbox/:id/pdf', (context) => {
    const record = state.notifications.get(canonicalUuid(context.req.param('id')) ?? '');
    if (record?.type !== 'letter') return html(notFoundPage(state.basePath), 404);
    return new Response(new Uint8Array(record.precompiledPdf ?? buildLetterPdfFor(record)), {
      headers: { 'Content-Type': 'application/pdf' },
    });
  });
}
