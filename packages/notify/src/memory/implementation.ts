import { randomUUID } from 'node:crypto';
import { NotFoundError, normalisePhoneNumber, ValidationError } from '@councilkit/core';
import type { NotificationProviderImplementation } from '../define.js';
import { minimalPdf } from '../minimal-pdf.js';
import { addressLinesOf } from '../model/letter-address.js';
import type { Notification, SentNotification } from '../model/notification.js';
import type { Template } from '../model/template.js';
import { checkTemplateType, composeMessage } from './compose.js';
import type { NotificationStore } from './notification-store.js';
import type { ReceivedTextStore } from './received-text-store.js';
import { emailBodyAsHtml } from './render.js';
import type { TemplateStore } from './template-store.js';

/** What the memory adapter's methods work on. */
export interface MemoryState {
  readonly templates: TemplateStore;
  readonly notifications: NotificationStore;
  readonly receivedTexts: ReceivedTextStore;
  readonly now: () => Date;
  readonly fromEmail: string;
  readonly fromNumber: string;
}

// Precompiled letters have no template of the caller's; this id stands for "a PDF sent as it is".
const precompiledTemplateId = '00000000-0000-4000-8000-000000000000';

/** The memory adapter's port methods, over its stores. */
export function createMemoryImplementation(state: MemoryState): NotificationProviderImplementation {
  const { templates, notifications, receivedTexts, now } = state;

  // A send names a template that must exist: an unknown one is a mistake in the request, not a lookup.
  const templateForSend = (templateId: string): Template => {
    try {
      return templates.get(templateId);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new ValidationError([{ path: 'templateId', message: 'Template not found' }], {
        provider: 'memory',
      });
    }
  };

  const basics = (template: Template, reference: string | undefined) => ({
    id: randomUUID(),
    ...(reference === undefined ? {} : { reference }),
    status: 'created' as const,
    rawStatus: 'created',
    templateId: template.id,
    templateVersion: template.version,
    createdAt: now(),
  });

  const record = (notification: Notification): SentNotification => {
    notifications.add(notification);
    const email = notification.type === 'email' ? notification : undefined;
    return {
      id: notification.id,
      ...(notification.reference === undefined ? {} : { reference: notification.reference }),
      templateId: notification.templateId,
      templateVersion: notification.templateVersion,
      content: {
        body: notification.body,
        ...(notification.type === 'sms' || notification.subject === undefined
          ? {}
          : { subject: notification.subject }),
        ...(email ? { fromEmail: state.fromEmail } : {}),
        ...(notification.type === 'sms' ? { fromNumber: state.fromNumber } : {}),
        ...(email?.oneClickUnsubscribeUrl === undefined
          ? {}
          : { oneClickUnsubscribeUrl: email.oneClickUnsubscribeUrl }),
      },
    };
  };

  return {
    provider: 'memory',

    async sendEmail(request) {
      const template = templateForSend(request.templateId);
      checkTemplateType(template, 'email');
      const message = composeMessage(template, request.personalisation ?? {});
      return record({
        ...basics(template, request.reference),
        type: 'email',
        emailAddress: request.emailAddress,
        body: message.body,
        subject: message.subject ?? '',
        ...(request.oneClickUnsubscribeUrl === undefined
          ? {}
          : { oneClickUnsubscribeUrl: request.oneClickUnsubscribeUrl }),
      });
    },

    async sendSms(request) {
      const template = templateForSend(request.templateId);
      checkTemplateType(template, 'sms');
      const message = composeMessage(template, request.personalisation ?? {});
      return record({
        ...basics(template, request.reference),
        type: 'sms',
        // The port gives phone numbers back in E.164, whatever way they were written.
        phoneNumber: normalisePhoneNumber(request.phoneNumber),
        body: message.body,
      });
    },

    async sendLetter(request) {
      const template = templateForSend(request.templateId);
      checkTemplateType(template, 'letter');
      const message = composeMessage(template, request.personalisation);
      return record({
        ...basics(template, request.reference),
        type: 'letter',
        addressLines: addressLinesOf(request.personalisation).map((line) => line.value),
        body: message.body,
        ...(message.subject === undefined ? {} : { subject: message.subject }),
        postage: template.postage ?? 'second',
      });
    },

    async sendPrecompiledLetter(request) {
      const postage = request.postage ?? 'second';
      const notification: Notification = {
        id: randomUUID(),
        reference: request.reference,
        status: 'created',
        rawStatus: 'created',
        templateId: precompiledTemplateId,
        templateVersion: 1,
        body: '',
        createdAt: now(),
        type: 'letter',
        addressLines: [],
        postage,
      };
      // A copy, so the caller reusing their buffer cannot change the letter after it was sent.
      notifications.add(notification, request.pdf.slice());
      return { id: notification.id, reference: request.reference, postage };
    },

    async getNotification(id) {
      return notifications.get(id);
    },

    async *listNotifications(filter) {
      yield* notifications.list(filter);
    },

    async getTemplate(id, query) {
      return templates.get(id, query.version);
    },

    async listTemplates(filter) {
      return templates.list(filter.type);
    },

    async previewTemplate(id, personalisation) {
      const template = templates.get(id);
      const message = composeMessage(template, personalisation);
      return {
        id: template.id,
        type: template.type,
        version: template.version,
        body: message.body,
        ...(template.type === 'email' ? { html: emailBodyAsHtml(message.body) } : {}),
        ...(message.subject === undefined ? {} : { subject: message.subject }),
        ...(template.postage === undefined ? {} : { postage: template.postage }),
      };
    },

    async *listReceivedTexts(filter) {
      yield* receivedTexts.list(filter.olderThan);
    },

    async getLetterPdf(id) {
      const notification = notifications.get(id);
      if (notification.type !== 'letter') {
        throw new ValidationError([{ path: 'id', message: 'Notification is not a letter' }], {
          provider: 'memory',
        });
      }
      return notifications.pdfOf(id)?.slice() ?? minimalPdf();
    },
  };
}
