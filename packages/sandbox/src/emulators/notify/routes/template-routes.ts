import type { Hono } from 'hono';
import { NotifyApiError, noResultFound } from '../api-error.js';
import { emailHtmlBody } from '../email-html.js';
import { jsonResponse, parseJsonBody } from '../http.js';
import { uuidRule } from '../notification-schemas.js';
import type { NotifyState } from '../notify-state.js';
import { Personalisation } from '../placeholders.js';
import { renderTemplate } from '../render-template.js';
import { isPlainObject } from '../request-schema.js';
import { serializeTemplate } from '../template-store.js';
import type { TemplateVersion } from '../template-types.js';
import { canonicalUuid } from '../uuid.js';
import { assertMatchesSchema, authenticatedKey } from './guards.js';

const templateTypes = ['sms', 'email', 'letter'];

/** `GET /v2/template/{id}[/version/{n}]`, `POST /v2/template/{id}/preview` and `GET /v2/templates`. */
export function registerTemplateRoutes(app: Hono, state: NotifyState): void {
  app.get('/v2/template/:id', (context) => {
    authenticatedKey(state, context.req.raw);
    return jsonResponse(serializeTemplate(findTemplate(state, context.req.param('id'))));
  });

  app.get('/v2/template/:id/version/:version{[0-9]+}', (context) => {
    authenticatedKey(state, context.req.raw);
    // Notify's `if version:` treats version 0 as "no version": the latest is returned.
    const version = Number(context.req.param('version')) || undefined;
    return jsonResponse(serializeTemplate(findTemplate(state, context.req.param('id'), version)));
  });

  app.get('/v2/templates', (context) => {
    authenticatedKey(state, context.req.raw);
    const query = Object.fromEntries(new URL(context.req.raw.url).searchParams);
    assertMatchesSchema(query, {
      properties: { type: { enum: templateTypes } },
      additionalProperties: false,
    });
    const type = query['type'] as TemplateVersion['type'] | undefined;
    return jsonResponse({ templates: state.templates.list(type).map(serializeTemplate) });
  });

  app.post('/v2/template/:id/preview', async (context) => {
    authenticatedKey(state, context.req.raw);
    // An empty body is allowed: templates without placeholders need no personalisation.
    const text = await context.req.raw.text();
    const data = text === '' ? {} : parseJsonBody(text);
    if (!isPlainObject(data)) {
      throw new NotifyApiError(500, [{ error: 'TypeError', message: 'Internal server error' }]);
    }
    const form: Record<string, unknown> = { ...data, id: context.req.param('id') };
    assertMatchesSchema(form, {
      properties: { id: uuidRule, personalisation: { type: 'object' } },
      required: ['id'],
    });
    const template = findTemplate(state, context.req.param('id'));
    const values = (form['personalisation'] ?? {}) as Record<string, unknown>;
    const rendered = renderTemplate(template, values);
    return jsonResponse({
      id: template.id,
      type: template.type,
      version: template.version,
      body: rendered.body,
      html: template.type === 'email' ? emailHtmlBody(template.body, new Personalisation(values)) : null,
      subject: rendered.subject,
      postage: template.postage,
    });
  });
}

function findTemplate(state: NotifyState, rawId: string, version?: number): TemplateVersion {
  assertMatchesSchema({ id: rawId }, { properties: { id: uuidRule } });
  const template = state.templates.find(canonicalUuid(rawId) ?? '', version);
  if (!template) throw noResultFound();
  return template;
}
