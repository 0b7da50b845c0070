import { randomUUID } from 'node:crypto';
import { NotFoundError, onFirstUse, parseInput, z } from '@councilkit/core';
import { idSchema, type NotificationType, notificationTypeSchema } from '../model/fields.js';
import type { Template } from '../model/template.js';
import { placeholderNames } from './render.js';

const templateInputSchema = onFirstUse(() =>
  z
    .strictObject({
      id: idSchema().optional(),
      type: notificationTypeSchema(),
      name: z.string().min(1, { error: 'must not be empty' }).optional(),
      subject: z.string().min(1, { error: 'must not be empty' }).optional(),
      body: z.string().min(1, { error: 'must not be empty' }),
      postage: z.enum(['first', 'second', 'economy']).optional(),
      letterContactBlock: z.string().optional(),
      createdBy: z.string().optional(),
    })
    .refine((template) => template.type === 'sms' || template.subject !== undefined, {
      path: ['subject'],
      error: 'is required for email and letter templates',
    }),
);

/** A template to add to the memory adapter; adding one whose `id` exists makes its next version. */
export type MemoryTemplateInput = z.input<ReturnType<typeof templateInputSchema>>;

/** Every version of every template, in memory. */
export interface TemplateStore {
  add(input: MemoryTemplateInput): Template;
  /** The latest version, or the one asked for; `NotFoundError` when there is no such template or version. */
  get(id: string, version?: number): Template;
  /** The latest version of each template, by name. */
  list(type?: NotificationType): Template[];
}

/** Makes an empty template store; `now` stamps new versions. */
export function createTemplateStore(now: () => Date): TemplateStore {
  const versionsById = new Map<string, Template[]>();

  return {
    add(input) {
      const parsed = parseInput(templateInputSchema(), input, 'memory');
      const id = (parsed.id ?? randomUUID()).toLowerCase();
      const versions = versionsById.get(id) ?? [];
      const previous = versions.at(-1);
      const createdAt = now();
      const template: Template = {
        id,
        type: parsed.type,
        name: parsed.name ?? previous?.name ?? `Untitled ${parsed.type} template`,
        version: versions.length + 1,
        body: parsed.body,
        placeholders: placeholderNames([parsed.subject ?? '', parsed.body].join('\n')),
        createdAt: previous?.createdAt ?? createdAt,
        ...(previous ? { updatedAt: createdAt } : {}),
        ...(parsed.subject !== undefined && parsed.type !== 'sms' ? { subject: parsed.subject } : {}),
        ...(parsed.type === 'letter' ? { postage: parsed.postage ?? 'second' } : {}),
        ...(parsed.letterContactBlock !== undefined ? { letterContactBlock: parsed.letterContactBlock } : {}),
        ...(parsed.createdBy !== undefined ? { createdBy: parsed.createdBy } : {}),
      };
      versionsById.set(id, [...versions, template]);
      return template;
    },

    get(id, version) {
      const versions = versionsById.get(id.toLowerCase());
      const template = version === undefined ? versions?.at(-1) : versions?.[version - 1];
      if (template === undefined)
        throw new NotFoundError('Template not found', { provider: 'memory', status: 404 });
      return template;
    },

    list(type) {
      return [...versionsById.values()]
        .map((versions) => versions.at(-1)!)
        .filter((template) => type === undefined || template.type === type)
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
