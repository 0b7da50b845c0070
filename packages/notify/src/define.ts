import {
  ConfigError,
  createLogger,
  type Logger,
  type LoggerOptions,
  parseInput,
  UnsupportedError,
  type z,
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

  // The adapter's methods, bound once. A method the provider cannot do answers `UnsupportedError`,
  // checked before the input.
  const bound = bindMethods(implementation, capabilities);
  const method = <Name extends MethodName>(
    name: Name,
  ): NonNullable<NotificationProviderImplementation[Name]> => {
    const found = bound[name];
    if (found === undefined) throw new UnsupportedError(name, { provider });
    return found;
  };
  const check = <Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> =>
    parseInput(schema, input, provider);
  // The provider's support first, then the input: a call it cannot serve says so whatever its input.
  const checkFor = <Schema extends z.ZodType>(
    name: MethodName,
    schema: Schema,
    input: unknown,
  ): z.output<Schema> => {
    method(name);
    return check(schema, input);
  };

  const sent = (result: SentNotification) => ({
    notificationId: result.id,
    templateVersion: result.templateVersion,
  });
  const templateStart = (input: { templateId: string }) => ({ templateId: input.templateId });

  // Each method's description, made once here rather than on every call.
  const operations = {
    sendEmail: {
      name: 'sendEmail',
      sends: true,
      parse: (request: unknown) => checkFor('sendEmail', emailRequestSchema(), request),
      run: (input: EmailRequest, options: CallOptions) => method('sendEmail')(input, options, context),
      startFields: templateStart,
      finishFields: sent,
    },
    sendSms: {
      name: 'sendSms',
      sends: true,
      parse: (request: unknown) => checkFor('sendSms', smsRequestSchema(), request),
      run: (input: SmsRequest, options: CallOptions) => method('sendSms')(input, options, context),
      startFields: templateStart,
      finishFields: sent,
    },
    sendLetter: {
      name: 'sendLetter',
      sends: true,
      parse: (request: unknown) => checkFor('sendLetter', letterRequestSchema(), request),
      run: (input: LetterRequest, options: CallOptions) => method('sendLetter')(input, options, context),
      startFields: templateStart,
      finishFields: sent,
    },
    sendPrecompiledLetter: {
      name: 'sendPrecompiledLetter',
      sends: true,
      parse: (request: unknown) =>
        checkFor('sendPrecompiledLetter', precompiledLetterRequestSchema(), request),
      run: (input: PrecompiledLetterRequest, options: CallOptions) =>
        method('sendPrecompiledLetter')(input, options, context),
      startFields: (input: PrecompiledLetterRequest) => ({
        postage: input.postage,
        sizeBytes: input.pdf.byteLength,
      }),
      finishFields: (result: SentPrecompiledLetter) => ({
        notificationId: result.id,
        postage: result.postage,
      }),
    },
    getNotification: {
      name: 'getNotification',
      parse: (id: unknown) => checkFor('getNotification', idInputSchema(), { id }).id,
      run: (id: string, options: CallOptions) => method('getNotification')(id, options, context),
      startFields: (id: string) => ({ notificationId: id }),
      finishFields: (result: Notification) => ({
        type: result.type,
        status: result.status,
        rawStatus: result.rawStatus,
      }),
    },
    listNotifications: {
      name: 'listNotifications',
      parse: (filter: unknown) => checkFor('listNotifications', notificationListFilterSchema(), filter ?? {}),
      run: (input: ParsedNotificationListFilter, options: CallOptions) =>
        method('listNotifications')(input, options, context),
      startFields: (input: ParsedNotificationListFilter) => ({
        type: input.type,
        status: input.status,
        olderThan: input.olderThan,
      }),
    },
    getTemplate: {
      name: 'getTemplate',
      parse: ({ id, query }: { id: unknown; query: unknown }) => ({
        id: checkFor('getTemplate', idInputSchema(), { id }).id,
        query: check(templateVersionQuerySchema(), query ?? {}),
      }),
      run: (input: { id: string; query: TemplateVersionQuery }, options: CallOptions) =>
        method('getTemplate')(input.id, input.query, options, context),
      startFields: (input: { id: string; query: TemplateVersionQuery }) => ({
        templateId: input.id,
        version: input.query.version,
      }),
      finishFields: (result: Template) => ({ templateVersion: result.version }),
    },
    listTemplates: {
      name: 'listTemplates',
      parse: (filter: unknown) => checkFor('listTemplates', templateListFilterSchema(), filter ?? {}),
      run: (input: TemplateListFilter, options: CallOptions) =>
        method('listTemplates')(input, options, context),
      startFields: (input: TemplateListFilter) => ({ type: input.type }),
      finishFields: (result: Template[]) => ({ count: result.length }),
    },
    previewTemplate: {
      name: 'previewTemplate',
      parse: (raw: { id: unknown; personalisation: unknown }) =>
        checkFor('previewTemplate', previewTemplateInputSchema(), raw),
      run: (input: { id: string; personalisation?: Personalisation | undefined }, options: CallOptions) =>
        method('previewTemplate')(input.id, input.personalisation ?? {}, options, context),
      startFields: (input: { id: string }) => ({ templateId: input.id }),
      finishFields: (result: TemplatePreview) => ({ templateVersion: result.version }),
    },
    listReceivedTexts: {
      name: 'listReceivedTexts',
      parse: (filter: unknown) => checkFor('listReceivedTexts', receivedTextListFilterSchema(), filter ?? {}),
      run: (input: ReceivedTextListFilter, options: CallOptions) =>
        method('listReceivedTexts')(input, options, context),
      startFields: (input: ReceivedTextListFilter) => ({ olderThan: input.olderThan }),
    },
    getLetterPdf: {
      name: 'getLetterPdf',
      parse: (id: unknown) => checkFor('getLetterPdf', idInputSchema(), { id }).id,
      run: (id: string, options: CallOptions) => method('getLetterPdf')(id, options, context),
      startFields: (id: string) => ({ notificationId: id }),
      finishFields: (pdf: Uint8Array) => ({ sizeBytes: pdf.byteLength }),
    },
  } as const;

  return {
    provider,
    capabilities,
    sendEmail: (request, callOptions) => runner.call(operations.sendEmail, request, callOptions),
    sendSms: (request, callOptions) => runner.call(operations.sendSms, request, callOptions),
    sendLetter: (request, callOptions) => runner.call(operations.sendLetter, request, callOptions),
    sendPrecompiledLetter: (request, callOptions) =>
      runner.call(operations.sendPrecompiledLetter, request, callOptions),
    getNotification: (id, callOptions) => runner.call(operations.getNotification, id, callOptions),
    listNotifications: (filter, callOptions) =>
      runner.listing(operations.listNotifications, filter, callOptions),
    getTemplate: (id, query, callOptions) => runner.call(operations.getTemplate, { id, query }, callOptions),
    listTemplates: (filter, callOptions) => runner.call(operations.listTemplates, filter, callOptions),
    previewTemplate: (id, personalisation, callOptions) =>
      runner.call(operations.previewTemplate, { id, personalisation }, callOptions),
    listReceivedTexts: (filter, callOptions) =>
      runner.listing(operations.listReceivedTexts, filter, callOptions),
    getLetterPdf: (id, callOptions) => runner.call(operations.getLetterPdf, id, callOptions),
  };
}

/** The implementation's methods bound to it, leaving out those whose capability is off. */
function bindMethods(
  implementation: NotificationProviderImplementation,
  capabilities: NotificationCapabilities,
): { [Name in MethodName]?: NonNullable<NotificationProviderImplementation[Name]> } {
  const bound: Record<string, unknown> = {};
  for (const name of methodNames) {
    const found = implementation[name];
    if (typeof found === 'function' && capabilities[capabilityOf[name]])
      bound[name] = found.bind(implementation);
  }
  return bound;
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
