import { randomUUID } from 'node:crypto';
import type { Issue } from '@councilkit/core';
import { ValidationError } from '@councilkit/core';
import type { NotificationType } from '../model/fields.js';
import type { Personalisation } from '../model/personalisation.js';
import type { Template } from '../model/template.js';
import { renderText } from './render.js';

// Text messages longer than this are refused (six fragments of 153 characters).
const maximumSmsLength = 918;

/** A template's subject and body with the personalisation filled in. */
export interface ComposedMessage {
  readonly body: string;
  readonly subject?: string;
}

/** Checks that a send's template is of the right type; `ValidationError` on `templateId` when not. */
export function checkTemplateType(template: Template, type: NotificationType, provider = 'memory'): void {
  if (template.type !== type) {
    throw invalid(
      [{ path: 'templateId', message: `${template.type} template is not suitable for ${type} notification` }],
      provider,
    );
  }
}

/**
 * Renders a template with personalisation as a provider would before sending or previewing;
 * `ValidationError` naming each placeholder with no value, or a message that cannot be sent.
 */
export function composeMessage(
  template: Pick<Template, 'type' | 'subject' | 'body'>,
  personalisation: Personalisation,
  provider = 'memory',
): ComposedMessage {
  const fileIssues = Object.entries(personalisation)
    .filter(([, value]) => template.type !== 'email' && isFile(value))
    .map(([key]) => ({ path: `personalisation.${key}`, message: 'Can only send a file by email' }));
  if (fileIssues.length > 0) throw invalid(fileIssues, provider);

  const options = { type: template.type, linkForFile: () => `https://documents.invalid/d/${randomUUID()}` };
  const body = renderText(template.body, personalisation, options);
  const subject =
    template.subject === undefined ? undefined : renderText(template.subject, personalisation, options);
  const missing = [...new Set([...(subject?.missing ?? []), ...body.missing])];
  if (missing.length > 0) {
    throw invalid(
      missing.map((name) => ({ path: `personalisation.${name}`, message: 'Missing personalisation' })),
      provider,
    );
  }
  if (body.text.trim() === '')
    throw invalid([{ path: 'personalisation', message: 'Your message is empty' }], provider);
  if (template.type === 'sms' && body.text.length > maximumSmsLength) {
    const message = `Text messages cannot be longer than ${maximumSmsLength} characters`;
    throw invalid([{ path: 'personalisation', message }], provider);
  }
  return subject === undefined ? { body: body.text } : { body: body.text, subject: subject.text };
}

function isFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(issues: Issue[], provider: string): ValidationError {
  return new ValidationError(issues, { provider });
}
