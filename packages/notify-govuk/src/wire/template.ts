import type { LetterPostage, NotificationType, Template, TemplatePreview } from '@councilkit/notify';
import { parseNotifyDate } from './dates.js';
import { asObject, definedOnly, optionalNumber, optionalText, requiredText } from './read.js';

/** Reads a template from `GET /v2/template/{id}` or `GET /v2/templates`. */
export function readTemplate(body: unknown): Template {
  const wire = asObject(body, 'a template');
  const placeholders = wire['personalisation'];
  return definedOnly({
    id: requiredText(wire, 'id', 'a template'),
    type: requiredText(wire, 'type', 'a template') as NotificationType,
    name: optionalText(wire, 'name') ?? '',
    version: optionalNumber(wire, 'version') ?? 0,
    body: optionalText(wire, 'body') ?? '',
    subject: optionalText(wire, 'subject'),
    placeholders: typeof placeholders === 'object' && placeholders !== null ? Object.keys(placeholders) : [],
    createdAt: parseNotifyDate(wire['created_at']) ?? new Date(0),
    updatedAt: parseNotifyDate(wire['updated_at']),
    createdBy: optionalText(wire, 'created_by'),
    postage: optionalText(wire, 'postage') as LetterPostage | undefined,
    letterContactBlock: optionalText(wire, 'letter_contact_block'),
  });
}

/** Reads `POST /v2/template/{id}/preview`'s answer. */
export function readTemplatePreview(body: unknown): TemplatePreview {
  const wire = asObject(body, 'a template preview');
  return definedOnly({
    id: requiredText(wire, 'id', 'a template preview'),
    type: requiredText(wire, 'type', 'a template preview') as NotificationType,
    version: optionalNumber(wire, 'version') ?? 0,
    body: optionalText(wire, 'body') ?? '',
    html: optionalText(wire, 'html'),
    subject: optionalText(wire, 'subject'),
    postage: optionalText(wire, 'postage') as LetterPostage | undefined,
  });
}
