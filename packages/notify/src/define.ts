import { ConfigError, createLogger, type LoggerOptions, parseInput } from '@councilkit/core';
import { createCallRunner } from './call-runner.js';
import type { CallOptions } from './model/call-options.js';
import {
  idInputSchema,
  notificationListFilterSchema,
  type ParsedNotificationListFilter,
  type ReceivedTextListFilter,
  receivedTextListFilterSchema,
} from './model/list-filters.js';
import type { Notification, SentNotification, SentPrecompiledLetter } from './model/notification.js';
import type { Personalisation } from './model/personalisation.js';
import type { ReceivedText } from './model/received-text.js';
import {
  type EmailRequest,
  emailRequestSchema,
  type LetterRequest,
  letterRequestSchema,
  type PrecompiledLetterRequest,
  precompiledLetterRequestSchema,
  type SmsRequest,
  smsRequestSchema,
} from './model/requests.js';
import {
  previewTemplateInputSchema,
  type Template,
  type TemplateListFilter,
  type TemplatePreview,
  type TemplateVersionQuery,
  templateListFilterSchema,
  templateVersionQuerySchema,
} from './model/template.js';
import type { NotificationProvider } from './port.js';

/**
 * What an adapter implements: the port's methods, each given input that has already been checked
 * (and options defaulted to `{}`). `listNotifications` gets `status` as a list, whether the caller
 * gave one status or several.
 */
export interface NotificationProviderImplementation {
  readonly provider: string;
  sendEmail(request: EmailRequest, options: CallOptions): Promise<SentNotification>;
  sendSms(request: SmsRequest, options: CallOptions): Promise<SentNotification>;
  sendLetter(request: LetterRequest, options: CallOptions): Promise<SentNotification>;
  sendPrecompiledLetter(
    request: PrecompiledLetterRequest,
    options: CallOptions,
  ): Promise<SentPrecompiledLetter>;
  getNotification(id: string, options: CallOptions): Promise<Notification>;
  listNotifications(filter: ParsedNotificationListFilter, options: CallOptions): AsyncIterable<Notification>;
  getTemplate(id: string, query: TemplateVersionQuery, options: CallOptions): Promise<Template>;
  listTemplates(filter: TemplateListFilter, options: CallOptions): Promise<Template[]>;
  previewTemplate(
    id: string,
    personalisation: Personalisation,
    options: CallOptions,
  ): Promise<TemplatePreview>;
  listReceivedTexts(filter: ReceivedTextListFilter, options: CallOptions): AsyncIterable<ReceivedText>;
  getLetterPdf(id: string, options: CallOptions): Promise<Uint8Array>;
}

const methodNames = [
  'sendEmail',
  'sendSms',
  'sendLetter',
  'sendPrecompiledLetter',
  'getNotification',
  'listNotifications',
  'getTemplate',
  'listTemplates',
  'previewTemplate',
  'listReceivedTexts',
  'getLetterPdf',
] as const satisfies readonly (keyof NotificationProviderImplementation)[];

/**
 * Wraps an adapter as a `NotificationProvider`. Every call checks its input and options with the
 * model's schemas (a `ValidationError` naming the field, before the adapter runs), logs its start,
 * end and failure with ids and statuses only, and turns anything thrown that is not a councilkit
 * error into a `ProviderError` that keeps it as `cause`.
 */
export function defineNotificationProvider(
  implementation: NotificationProviderImplementation,
  options: LoggerOptions = {},
): NotificationProvider {
  checkImplementation(implementation);
  const provider = implementation.provider;
  const runner = createCallRunner(provider, createLogger({ ...options, bindings: { provider } }));

  const sent = (result: SentNotification) => ({
    notificationId: result.id,
    templateVersion: result.templateVersion,
  });

  return {
    provider,

    sendEmail: (request, callOptions) =>
      runner.call(
        {
          name: 'sendEmail',
          sends: true,
          parse: () => parseInput(emailRequestSchema, request, provider),
          startFields: (input) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        (input, checked) => implementation.sendEmail(input, checked),
      ),

    sendSms: (request, callOptions) =>
      runner.call(
        {
          name: 'sendSms',
          sends: true,
          parse: () => parseInput(smsRequestSchema, request, provider),
          startFields: (input) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        (input, checked) => implementation.sendSms(input, checked),
      ),

    sendLetter: (request, callOptions) =>
      runner.call(
        {
          name: 'sendLetter',
          sends: true,
          parse: () => parseInput(letterRequestSchema, request, provider),
          startFields: (input) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        (input, checked) => implementation.sendLetter(input, checked),
      ),

    sendPrecompiledLetter: (request, callOptions) =>
      runner.call(
        {
          name: 'sendPrecompiledLetter',
          sends: true,
          parse: () => parseInput(precompiledLetterRequestSchema, request, provider),
          startFields: (input) => ({ postage: input.postage, sizeBytes: input.pdf.byteLength }),
          finishFields: (result) => ({ notificationId: result.id, postage: result.postage }),
        },
        callOptions,
        (input, checked) => implementation.sendPrecompiledLetter(input, checked),
      ),

    getNotification: (id, callOptions) =>
      runner.call(
        {
          name: 'getNotification',
          parse: () => parseInput(idInputSchema, { id }, provider).id,
          startFields: (notificationId) => ({ notificationId }),
          finishFields: (result) => ({
            type: result.type,
            status: result.status,
            rawStatus: result.rawStatus,
          }),
        },
        callOptions,
        (notificationId, checked) => implementation.getNotification(notificationId, checked),
      ),

    listNotifications: (filter, callOptions) =>
      runner.listing(
        {
          name: 'listNotifications',
          parse: () => parseInput(notificationListFilterSchema, filter ?? {}, provider),
          startFields: (input) => ({ type: input.type, status: input.status, olderThan: input.olderThan }),
        },
        callOptions,
        (input, checked) => implementation.listNotifications(input, checked),
      ),

    getTemplate: (id, query, callOptions) =>
      runner.call(
        {
          name: 'getTemplate',
          parse: () => ({
            id: parseInput(idInputSchema, { id }, provider).id,
            query: parseInput(templateVersionQuerySchema, query ?? {}, provider),
          }),
          startFields: (input) => ({ templateId: input.id, version: input.query.version }),
          finishFields: (result) => ({ templateVersion: result.version }),
        },
        callOptions,
        (input, checked) => implementation.getTemplate(input.id, input.query, checked),
      ),

    listTemplates: (filter, callOptions) =>
      runner.call(
        {
          name: 'listTemplates',
          parse: () => parseInput(templateListFilterSchema, filter ?? {}, provider),
          startFields: (input) => ({ type: input.type }),
          finishFields: (result) => ({ count: result.length }),
        },
        callOptions,
        (input, checked) => implementation.listTemplates(input, checked),
      ),

    previewTemplate: (id, personalisation, callOptions) =>
      runner.call(
        {
          name: 'previewTemplate',
          parse: () => parseInput(previewTemplateInputSchema, { id, personalisation }, provider),
          startFields: (input) => ({ templateId: input.id }),
          finishFields: (result) => ({ templateVersion: result.version }),
        },
        callOptions,
        (input, checked) => implementation.previewTemplate(input.id, input.personalisation ?? {}, checked),
      ),

    listReceivedTexts: (filter, callOptions) =>
      runner.listing(
        {
          name: 'listReceivedTexts',
          parse: () => parseInput(receivedTextListFilterSchema, filter ?? {}, provider),
          startFields: (input) => ({ olderThan: input.olderThan }),
        },
        callOptions,
        (input, checked) => implementation.listReceivedTexts(input, checked),
      ),

    getLetterPdf: (id, callOptions) =>
      runner.call(
        {
          name: 'getLetterPdf',
          parse: () => parseInput(idInputSchema, { id }, provider).id,
          startFields: (notificationId) => ({ notificationId }),
          finishFields: (pdf) => ({ sizeBytes: pdf.byteLength }),
        },
        callOptions,
        (notificationId, checked) => implementation.getLetterPdf(notificationId, checked),
      ),
  };
}

// A missing method would otherwise surface as a ProviderError on first use, far from the mistake.
function checkImplementation(
  implementation: unknown,
): asserts implementation is NotificationProviderImplementation {
  const candidate = (implementation ?? {}) as Record<string, unknown>;
  const issues = [
    ...(typeof candidate['provider'] === 'string' && candidate['provider'] !== ''
      ? []
      : [{ path: 'provider', message: 'must be a non-empty string naming the provider' }]),
    ...methodNames
      .filter((name) => typeof candidate[name] !== 'function')
      .map((name) => ({ path: name, message: 'must be a function' })),
  ];
  if (issues.length > 0)
    throw new ConfigError(issues, { summary: 'Invalid notification provider implementation' });
}
