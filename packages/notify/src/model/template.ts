import { onFirstUse, z } from '@councilkit/core';
import type { LetterPostage, NotificationType } from './fields.js';
import { idSchema, notificationTypeSchema } from './fields.js';
import { personalisationSchema } from './personalisation.js';

/** A message template as the provider holds it, placeholders unfilled. */
export interface Template {
  readonly id: string;
  readonly type: NotificationType;
  readonly name: string;
  readonly version: number;
  /** The template's text with its placeholders, in the provider's own syntax. */
  readonly body: string;
  /** Emails and letters. */
  readonly subject?: string | undefined;
  /** The names of the placeholders a send must give values for. */
  readonly placeholders: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date | undefined;
  /** Who made this version (for GOV.UK Notify, their email address). */
  readonly createdBy?: string | undefined;
  /** Letters: how they are posted. */
  readonly postage?: LetterPostage | undefined;
  /** Letters: the sender's contact details printed at the top. */
  readonly letterContactBlock?: string | undefined;
}

/** A template rendered with some personalisation, without sending anything. */
export interface TemplatePreview {
  readonly id: string;
  readonly type: NotificationType;
  readonly version: number;
  /** The message with its placeholders filled in. */
  readonly body: string;
  /** Emails: the body as HTML. */
  readonly html?: string | undefined;
  readonly subject?: string | undefined;
  readonly postage?: LetterPostage | undefined;
}

/** `getTemplate`'s second argument. */
export const templateVersionQuerySchema = onFirstUse(() =>
  z.strictObject({
    version: z.int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }).optional(),
  }),
);

/** Which version of a template to get; the latest when `version` is absent. */
export type TemplateVersionQuery = z.infer<ReturnType<typeof templateVersionQuerySchema>>;

/** `listTemplates`' filter. */
export const templateListFilterSchema = onFirstUse(() =>
  z.strictObject({ type: notificationTypeSchema().optional() }),
);

/** Which templates to list; all of them when empty. */
export type TemplateListFilter = z.infer<ReturnType<typeof templateListFilterSchema>>;

/** `previewTemplate`'s arguments. */
export const previewTemplateInputSchema = onFirstUse(() =>
  z.strictObject({
    id: idSchema(),
    personalisation: personalisationSchema().optional(),
  }),
);
