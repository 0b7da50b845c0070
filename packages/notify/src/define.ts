import {
  ConfigError,
  createLogger,
  type Logger,
  type LoggerOptions,
  parseInput,
  UnsupportedError,
} from '@councilkit/core';
import { createCallRunner } from './call-runner.js';
import type { CallOptions } from './model/call-options.js';
import {
  type NotificationCapabilities,
  type NotificationCapability,
  resolveCapabilities,
} from './model/capabilities.js';
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

/** What `defineNotificationProvider` hands each method beside its input and call options. */
export interface ImplementationContext {
  /** The provider's redacting logger (silent unless the caller gave one), bound to the provider's name. */
  readonly logger: Logger;
}

/**
 * What an adapter implements: the port's methods it can serve, each given input that has already
 * been checked, the call's options (defaulted to `{}`) and a context with a logger. Leave out what
 * the provider cannot do: the port then answers it with `UnsupportedError` and `capabilities` says
 * so. `listNotifications` gets `status` as a list, whether the caller gave one status or several.
 */
export interface NotificationProviderImplementation {
  /** The provider's name in errors and logs, e.g. `govuk-notify`. */
  readonly provider: string;
  /**
   * Switches off what the methods alone would imply, e.g. `{ statusUpdates: false }` for a provider
   * that can look a message up but never learns whether it was delivered.
   */
  readonly capabilities?: Partial<Record<NotificationCapability, false>>;
  sendEmail?(
    request: EmailRequest,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<SentNotification>;
  sendSms?(
    request: SmsRequest,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<SentNotification>;
  sendLetter?(
    request: LetterRequest,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<SentNotification>;
  sendPrecompiledLetter?(
    request: PrecompiledLetterRequest,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<SentPrecompiledLetter>;
  getNotification?(id: string, options: CallOptions, context: ImplementationContext): Promise<Notification>;
  listNotifications?(
    filter: ParsedNotificationListFilter,
    options: CallOptions,
    context: ImplementationContext,
  ): AsyncIterable<Notification>;
  getTemplate?(
    id: string,
    query: TemplateVersionQuery,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<Template>;
  listTemplates?(
    filter: TemplateListFilter,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<Template[]>;
  previewTemplate?(
    id: string,
    personalisation: Personalisation,
    options: CallOptions,
    context: ImplementationContext,
  ): Promise<TemplatePreview>;
  listReceivedTexts?(
    filter: ReceivedTextListFilter,
    options: CallOptions,
    context: ImplementationContext,
  ): AsyncIterable<ReceivedText>;
  getLetterPdf?(id: string, options: CallOptions, context: ImplementationContext): Promise<Uint8Array>;
}

type MethodName = Exclude<keyof NotificationProviderImplementation, 'provider' | 'capabilities'>;

// Which capability each method serves.
const capabilityOf: Readonly<Record<MethodName, NotificationCapability>> = {
  sendEmail: 'email',
  sendSms: 'sms',
  sendLetter: 'letters',
  sendPrecompiledLetter: 'precompiledLetters',
  getNotification: 'lookup',
  listNotifications: 'lookup',
  getTemplate: 'templates',
  listTemplates: 'templates',
  previewTemplate: 'previews',
  listReceivedTexts: 'receivedTexts',
  getLetterPdf: 'letterPdf',
};
const methodNames = Object.keys(capabilityOf) as MethodName[];
const sendingMethods: readonly MethodName[] = ['sendEmail', 'sendSms', 'sendLetter', 'sendPrecompiledLetter'];

/**
 * Wraps an adapter as a `NotificationProvider`. Every call checks its input and options with the
 * model's schemas (a `ValidationError` naming the field, before the adapter runs), logs its start,
 * end and failure with ids and statuses only, and turns anything thrown that is not a councilkit
 * error into a `ProviderError` that keeps it as `cause`. Methods the adapter leaves out throw
 * `UnsupportedError`; `capabilities` is worked out from the methods it has.
 */
export function defineNotificationProvider(
  implementation: NotificationProviderImplementation,
  options: LoggerOptions = {},
): NotificationProvider {
  checkImplementation(implementation);
  const provider = implementation.provider;
  const logger = createLogger({ ...options, bindings: { provider } });
  const runner = createCallRunner(provider, logger);
  const context: ImplementationContext = { logger };
  const capabilities = capabilitiesOf(implementation);

  // The adapter's method, or `UnsupportedError` when the provider cannot do it (checked before the input).
  const method = <Name extends MethodName>(
    name: Name,
  ): NonNullable<NotificationProviderImplementation[Name]> => {
    const found = implementation[name];
    if (found === undefined || !capabilities[capabilityOf[name]])
      throw new UnsupportedError(name, { provider });
    return found.bind(implementation) as NonNullable<NotificationProviderImplementation[Name]>;
  };

  const sent = (result: SentNotification) => ({
    notificationId: result.id,
    templateVersion: result.templateVersion,
  });

  return {
    provider,
    capabilities,

    sendEmail: (request, callOptions) =>
      runner.call(
        {
          name: 'sendEmail',
          sends: true,
          parse: () => ({
            send: method('sendEmail'),
            input: parseInput(emailRequestSchema, request, provider),
          }),
          startFields: ({ input }) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        ({ send, input }, checked) => send(input, checked, context),
      ),

    sendSms: (request, callOptions) =>
      runner.call(
        {
          name: 'sendSms',
          sends: true,
          parse: () => ({ send: method('sendSms'), input: parseInput(smsRequestSchema, request, provider) }),
          startFields: ({ input }) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        ({ send, input }, checked) => send(input, checked, context),
      ),

    sendLetter: (request, callOptions) =>
      runner.call(
        {
          name: 'sendLetter',
          sends: true,
          parse: () => ({
            send: method('sendLetter'),
            input: parseInput(letterRequestSchema, request, provider),
          }),
          startFields: ({ input }) => ({ templateId: input.templateId }),
          finishFields: sent,
        },
        callOptions,
        ({ send, input }, checked) => send(input, checked, context),
      ),

    sendPrecompiledLetter: (request, callOptions) =>
      runner.call(
        {
          name: 'sendPrecompiledLetter',
          sends: true,
          parse: () => ({
            send: method('sendPrecompiledLetter'),
            input: parseInput(precompiledLetterRequestSchema, request, provider),
          }),
          startFields: ({ input }) => ({ postage: input.postage, sizeBytes: input.pdf.byteLength }),
          finishFields: (result) => ({ notificationId: result.id, postage: result.postage }),
        },
        callOptions,
        ({ send, input }, checked) => send(input, checked, context),
      ),

    getNotification: (id, callOptions) =>
      runner.call(
        {
          name: 'getNotification',
          parse: () => ({
            get: method('getNotification'),
            id: parseInput(idInputSchema, { id }, provider).id,
          }),
          startFields: (input) => ({ notificationId: input.id }),
          finishFields: (result) => ({
            type: result.type,
            status: result.status,
            rawStatus: result.rawStatus,
          }),
        },
        callOptions,
        ({ get, id: notificationId }, checked) => get(notificationId, checked, context),
      ),

    listNotifications: (filter, callOptions) =>
      runner.listing(
        {
          name: 'listNotifications',
          parse: () => ({
            list: method('listNotifications'),
            input: parseInput(notificationListFilterSchema, filter ?? {}, provider),
          }),
          startFields: ({ input }) => ({
            type: input.type,
            status: input.status,
            olderThan: input.olderThan,
          }),
        },
        callOptions,
        ({ list, input }, checked) => list(input, checked, context),
      ),

    getTemplate: (id, query, callOptions) =>
      runner.call(
        {
          name: 'getTemplate',
          parse: () => ({
            get: method('getTemplate'),
            id: parseInput(idInputSchema, { id }, provider).id,
            query: parseInput(templateVersionQuerySchema, query ?? {}, provider),
          }),
          startFields: (input) => ({ templateId: input.id, version: input.query.version }),
          finishFields: (result) => ({ templateVersion: result.version }),
        },
        callOptions,
        (input, checked) => input.get(input.id, input.query, checked, context),
      ),

    listTemplates: (filter, callOptions) =>
      runner.call(
        {
          name: 'listTemplates',
          parse: () => ({
            list: method('listTemplates'),
            input: parseInput(templateListFilterSchema, filter ?? {}, provider),
          }),
          startFields: ({ input }) => ({ type: input.type }),
          finishFields: (result) => ({ count: result.length }),
        },
        callOptions,
        ({ list, input }, checked) => list(input, checked, context),
      ),

    previewTemplate: (id, personalisation, callOptions) =>
      runner.call(
        {
          name: 'previewTemplate',
          parse: () => ({
            preview: method('previewTemplate'),
            input: parseInput(previewTemplateInputSchema, { id, personalisation }, provider),
          }),
          startFields: ({ input }) => ({ templateId: input.id }),
          finishFields: (result) => ({ templateVersion: result.version }),
        },
        callOptions,
        ({ preview, input }, checked) => preview(input.id, input.personalisation ?? {}, checked, context),
      ),

    listReceivedTexts: (filter, callOptions) =>
      runner.listing(
        {
          name: 'listReceivedTexts',
          parse: () => ({
            list: method('listReceivedTexts'),
            input: parseInput(receivedTextListFilterSchema, filter ?? {}, provider),
          }),
          startFields: ({ input }) => ({ olderThan: input.olderThan }),
        },
        callOptions,
        ({ list, input }, checked) => list(input, checked, context),
      ),

    getLetterPdf: (id, callOptions) =>
      runner.call(
        {
          name: 'getLetterPdf',
          parse: () => ({ get: method('getLetterPdf'), id: parseInput(idInputSchema, { id }, provider).id }),
          startFields: (input) => ({ notificationId: input.id }),
          finishFields: (pdf) => ({ sizeBytes: pdf.byteLength }),
        },
        callOptions,
        ({ get, id: notificationId }, checked) => get(notificationId, checked, context),
      ),
  };
}

/** What an implementation can do: the capabilities its methods serve, less any it switches off. */
function capabilitiesOf(implementation: NotificationProviderImplementation): NotificationCapabilities {
  const has = (name: MethodName) => typeof implementation[name] === 'function';
  const switchedOff = implementation.capabilities ?? {};
  const on = (capability: NotificationCapability, ...names: MethodName[]) =>
    switchedOff[capability] === false ? false : names.every(has);
  return resolveCapabilities({
    email: on('email', 'sendEmail'),
    sms: on('sms', 'sendSms'),
    letters: on('letters', 'sendLetter'),
    precompiledLetters: on('precompiledLetters', 'sendPrecompiledLetter'),
    letterPdf: on('letterPdf', 'getLetterPdf'),
    lookup: on('lookup', 'getNotification', 'listNotifications'),
    statusUpdates: on('statusUpdates', 'getNotification'),
    templates: on('templates', 'getTemplate', 'listTemplates'),
    previews: on('previews', 'previewTemplate'),
    receivedTexts: on('receivedTexts', 'listReceivedTexts'),
  });
}

// A mistyped method would otherwise surface as UnsupportedError on first use, far from the mistake.
function checkImplementation(
  implementation: unknown,
): asserts implementation is NotificationProviderImplementation {
  const candidate = (implementation ?? {}) as Record<string, unknown>;
  const capabilities = candidate['capabilities'];
  const issues = [
    ...(typeof candidate['provider'] === 'string' && candidate['provider'] !== ''
      ? []
      : [{ path: 'provider', message: 'must be a non-empty string naming the provider' }]),
    ...methodNames
      .filter((name) => candidate[name] !== undefined && typeof candidate[name] !== 'function')
      .map((name) => ({
        path: name,
        message: 'must be a function, or left out when the provider cannot do it',
      })),
    ...(sendingMethods.some((name) => typeof candidate[name] === 'function')
      ? []
      : [
          {
            path: 'sendEmail',
            message: 'at least one way of sending (sendEmail, sendSms, sendLetter) is required',
          },
        ]),
    ...(capabilities === undefined ||
    (typeof capabilities === 'object' &&
      capabilities !== null &&
      Object.values(capabilities).every((value) => value === false || value === undefined))
      ? []
      : [
          {
            path: 'capabilities',
            message: 'may only switch capabilities off, e.g. { statusUpdates: false }',
          },
        ]),
  ];
  if (issues.length > 0)
    throw new ConfigError(issues, { summary: 'Invalid notification provider implementation' });
}
