import { badRequest } from './api-error.js';
import { hasFileValues } from './document-upload.js';
import { assertNotEmpty, type RenderedContent, renderTemplate } from './render-template.js';
import type { TemplateStore } from './template-store.js';
import type { TemplateType, TemplateVersion } from './template-types.js';
import { canonicalUuid } from './uuid.js';

/**
 * Finds the template a send names and fills it, making Notify's checks in its order: found, the
 * right type, every placeholder given, not empty, and files only in emails.
 */
export function validateTemplate(
  templates: TemplateStore,
  templateId: string,
  personalisation: Readonly<Record<string, unknown>>,
  notificationType: TemplateType,
): { template: TemplateVersion; rendered: RenderedContent } {
  const id = canonicalUuid(templateId);
  const template = id === undefined ? undefined : templates.find(id);
  if (template === undefined) throw badRequest('Template not found');
  if (template.type !== notificationType) {
    throw badRequest(`${template.type} template is not suitable for ${notificationType} notification`);
  }
  // notifications-api `app/notifications/validators.py`, `check_template_is_active`.
  if (templates.isArchived(template.id)) throw badRequest('Template has been deleted');
  const rendered = renderTemplate(template, personalisation);
  assertNotEmpty(template, rendered);
  if (notificationType !== 'email' && hasFileValues(personalisation))
    throw badRequest('Can only send a file by email');
  return { template, rendered };
}
