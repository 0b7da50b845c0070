import { randomUUID } from 'node:crypto';
import {
  type LoggerOptions,
  normalisePhoneNumber,
  onFirstUse,
  parseConfig,
  parseInput,
  z,
} from '@councilkit/core';
import { defineNotificationProvider } from './define.js';
import { createMemoryImplementation } from './memory/implementation.js';
import { createNotificationStore } from './memory/notification-store.js';
import { createReceivedTextStore } from './memory/received-text-store.js';
import { seedTemplates } from './memory/seed-templates.js';
import { createTemplateStore, type MemoryTemplateInput } from './memory/template-store.js';
import { phoneNumberSchema } from './model/fields.js';
import type { Notification } from './model/notification.js';
import type { ReceivedText } from './model/received-text.js';
import type { Template } from './model/template.js';
import type { NotificationProvider } from './port.js';

/** Options of `memoryNotify`. */
export interface MemoryNotifyOptions extends LoggerOptions {
  /** Templates to start with, added after the seeded ones. */
  templates?: readonly MemoryTemplateInput[];
  /** Start with the templates in `memoryTemplateIds`; true unless set to false. */
  seedTemplates?: boolean;
  /** The clock that stamps notifications; tests pass a fixed one. */
  now?: () => Date;
  /** The address emails come from. */
  fromEmail?: string;
  /** The sender name or number text messages come from. */
  fromNumber?: string;
  /** The service's number that received texts are sent to. */
  inboundNumber?: string;
}

/** What a test can do to the memory adapter's state, behind the port. */
export interface MemoryNotifyControls {
  /** Adds a template, or the next version of one when its `id` exists. */
  addTemplate(input: MemoryTemplateInput): Template;
  /** Marks a message delivered (`received`, for a letter). */
  deliver(id: string): Notification;
  /** Marks a message failed; a permanent failure unless told otherwise. */
  fail(id: string, kind?: 'permanent-failure' | 'temporary-failure' | 'technical-failure'): Notification;
  /** Sets the status as the provider would report it; `status` is worked out from it as an adapter would. */
  setStatus(id: string, rawStatus: string): Notification;
  /** Records a text message sent to the service's inbound number. */
  receiveText(input: { from: string; content: string }): ReceivedText;
  /** Every notification, in the order they were sent. */
  sent(): Notification[];
  /** The message sent under an id, as a recipient would get it; undefined when there is none. */
  findMessage(id: string): { recipient: string; subject?: string; body: string } | undefined;
  /** Forgets every notification and received text; templates stay. */
  clear(): void;
}

/** The memory adapter: a `NotificationProvider` plus the controls a test needs. */
export type MemoryNotificationProvider = NotificationProvider & { readonly controls: MemoryNotifyControls };

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    templates: z.array(z.unknown(), { error: 'must be a list of templates' }).optional(),
    seedTemplates: z.boolean().optional(),
    now: z
      .custom<() => Date>((value) => typeof value === 'function', { error: 'must be a function' })
      .optional(),
    fromEmail: z.string().min(1).optional(),
    fromNumber: z.string().min(1).optional(),
    inboundNumber: z.string().min(1).optional(),
    // Checked by the logger itself.
    level: z.unknown().optional(),
    logger: z.unknown().optional(),
  }),
);

const rawStatusSchema = onFirstUse(() =>
  z.strictObject({ rawStatus: z.string().min(1, { error: 'must not be empty' }) }),
);

const receivedTextInputSchema = onFirstUse(() =>
  z.strictObject({
    from: phoneNumberSchema(),
    content: z.string().min(1, { error: 'must not be empty' }),
  }),
);

/**
 * A real notification provider that keeps everything in memory: templates with placeholders,
 * rendering, statuses that start at `created`, received texts and letter PDFs. For unit tests and
 * demos; `controls` moves messages on as a real provider would.
 */
export function memoryNotify(options: MemoryNotifyOptions = {}): MemoryNotificationProvider {
  parseConfig(optionsSchema(), options, 'memory');
  const now = options.now ?? (() => new Date());
  const inboundNumber = normalisePhoneNumber(options.inboundNumber ?? '+447700900999', {
    field: 'inboundNumber',
  });
  const templates = createTemplateStore(now);
  const notifications = createNotificationStore(now);
  const receivedTexts = createReceivedTextStore();
  for (const template of [
    ...(options.seedTemplates === false ? [] : seedTemplates),
    ...(options.templates ?? []),
  ]) {
    templates.add(template);
  }

  const implementation = createMemoryImplementation({
    templates,
    notifications,
    receivedTexts,
    now,
    fromEmail: options.fromEmail ?? 'notifications@example.com',
    fromNumber: options.fromNumber ?? 'Council',
  });
  const provider = defineNotificationProvider(implementation, {
    logger: options.logger,
    level: options.level,
  });

  const controls: MemoryNotifyControls = {
    addTemplate: (input) => templates.add(input),
    deliver: (id) =>
      notifications.setRawStatus(id, notifications.get(id).type === 'letter' ? 'received' : 'delivered'),
    fail: (id, kind = 'permanent-failure') => notifications.setRawStatus(id, kind),
    setStatus(id, rawStatus) {
      parseInput(rawStatusSchema(), { rawStatus }, 'memory');
      return notifications.setRawStatus(id, rawStatus);
    },
    receiveText(input) {
      const { from, content } = parseInput(receivedTextInputSchema(), input, 'memory');
      const text: ReceivedText = {
        id: randomUUID(),
        from: normalisePhoneNumber(from),
        to: inboundNumber,
        content,
        createdAt: now(),
      };
      receivedTexts.add(text);
      return text;
    },
    sent: () => notifications.all(),
    findMessage(id) {
      const sent = notifications.all().find((notification) => notification.id === id);
      if (sent === undefined) return undefined;
      if (sent.type === 'sms') return { recipient: sent.phoneNumber, body: sent.body };
      const recipient = sent.type === 'email' ? sent.emailAddress : (sent.addressLines[0] ?? '');
      return { recipient, body: sent.body, ...(sent.subject === undefined ? {} : { subject: sent.subject }) };
    },
    clear() {
      notifications.clear();
      receivedTexts.clear();
    },
  };

  return { ...provider, controls };
}
