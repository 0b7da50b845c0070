import { ValidationError } from '@councilkit/core';
import { composeMessage } from './memory/compose.js';
import { emailBodyAsHtml, placeholderNames } from './memory/render.js';
import type { NotificationType } from './model/fields.js';
import type { Personalisation } from './model/personalisation.js';

/** A template an adapter holds itself: its type, subject (emails and letters) and body with `((placeholders))`. */
export interface TemplateText {
  readonly type: NotificationType;
  readonly subject?: string | undefined;
  readonly body: string;
}

/** A template rendered with personalisation. */
export interface RenderedTemplate {
  readonly subject?: string | undefined;
  /** Plain text, placeholders filled in. */
  readonly body: string;
  /** Emails: the body as simple escaped HTML (paragraphs, line breaks, bullet lists). */
  readonly html?: string | undefined;
}

/**
 * Renders a template with `((placeholder))` syntax as the memory adapter does, for adapters whose
 * provider does not render templates itself (an SMTP relay). `((name??text))` shows `text` when the
 * value says yes; lists become bullets in emails. A placeholder without a value is a
 * `ValidationError` naming `personalisation.<name>`, and so is a file from `prepareUpload`: a
 * provider that renders its own templates has nowhere to host it for download.
 */
export function renderTemplate(
  template: TemplateText,
  personalisation: Personalisation,
  options: { readonly provider?: string } = {},
): RenderedTemplate {
  const provider = options.provider ?? 'memory';
  const files = Object.entries(personalisation).filter(
    ([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  if (files.length > 0) {
    const message = 'cannot be a file here: this provider has nowhere to host it, so link to it instead';
    throw new ValidationError(
      files.map(([key]) => ({ path: `personalisation.${key}`, message })),
      { provider },
    );
  }
  const message = composeMessage(template, personalisation, provider);
  return {
    body: message.body,
    ...(message.subject === undefined ? {} : { subject: message.subject }),
    ...(template.type === 'email' ? { html: emailBodyAsHtml(message.body) } : {}),
  };
}

/** The names of a template's `((placeholders))`, subject first, each once. */
export function templatePlaceholders(template: Pick<TemplateText, 'subject' | 'body'>): string[] {
  return placeholderNames(`${template.subject ?? ''}\n${template.body}`);
}
