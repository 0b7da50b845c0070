import {
  createHttpClient,
  createLogger,
  type HttpRequest,
  loadSecret,
  parseConfig,
  userAgent,
} from '@councilkit/core';
import {
  defineNotificationProvider,
  type NotificationProvider,
  type NotificationProviderImplementation,
  prepareUpload,
} from '@councilkit/notify';
import { parseNotifyApiKey } from './api-key.js';
import { createBearerTokenSource } from './bearer-token.js';
import { notifyId } from './ids.js';
import { getLetterPdf } from './letter-pdf.js';
import {
  apiKeyEnvironmentVariable,
  defaultBaseUrl,
  type GovukNotifyOptions,
  govukNotifyOptionsSchema,
} from './options.js';
import { type BatchRequest, type BatchResult, type SendBatchOptions, sendBatch } from './send-batch.js';
import { TokenBucket } from './token-bucket.js';
import { VERSION } from './version.js';
import { parseNotifyError } from './wire/error-body.js';
import { readNotification } from './wire/notification.js';
import { followPages } from './wire/pages.js';
import { readReceivedText } from './wire/received-text.js';
import {
  emailBody,
  letterBody,
  precompiledLetterBody,
  smsBody,
  wirePersonalisation,
} from './wire/send-bodies.js';
import { readSentNotification, readSentPrecompiledLetter } from './wire/sent-notification.js';
import { readTemplate, readTemplatePreview } from './wire/template.js';

const provider = 'govuk-notify';

// Notify cannot deduplicate, so this is what a send error says when the request may have arrived.
const sendOutcomeUnknown =
  'The message may or may not have been sent: look for it (by reference) before sending it again';

/** GOV.UK Notify as a `NotificationProvider`, plus the extras only Notify has. */
export interface GovukNotify extends NotificationProvider {
  /**
   * Sends many messages within Notify's rate limit and reports each one's result, in input order.
   * No message is ever sent twice.
   */
  sendBatch(requests: readonly BatchRequest[], options?: SendBatchOptions): Promise<BatchResult[]>;
  /** Makes the personalisation value that sends a file by email (at most 2 MB). */
  prepareUpload: typeof prepareUpload;
}

/**
 * Creates a GOV.UK Notify client. Options are checked at once (a `ConfigError` lists every
 * problem); a malformed API key is rejected here, never echoed.
 *
 * @example
 * const notify = govukNotify({ apiKey: process.env.GOVUK_NOTIFY_API_KEY });
 * const sent = await notify.sendEmail({ templateId, emailAddress, personalisation: { name: 'Ada' } });
 */
export function govukNotify(options: GovukNotifyOptions = {}): GovukNotify {
  const settings = parseConfig(govukNotifyOptionsSchema(), options, provider);
  const keyFromEnvironment = process.env[apiKeyEnvironmentVariable];
  let authorization =
    settings.apiKey !== undefined
      ? createBearerTokenSource(parseNotifyApiKey(settings.apiKey, 'apiKey'))
      : keyFromEnvironment
        ? createBearerTokenSource(parseNotifyApiKey(keyFromEnvironment, apiKeyEnvironmentVariable))
        : undefined;
  // With no key yet, the environment is read again on the first call (it may be loaded after import).
  const authorizationHeader = () => {
    authorization ??= createBearerTokenSource(
      parseNotifyApiKey(
        loadSecret({
          value: undefined,
          option: 'apiKey',
          environmentVariable: apiKeyEnvironmentVariable,
          provider,
        }),
        apiKeyEnvironmentVariable,
      ),
    );
    return authorization();
  };

  const loggerOptions = { logger: settings.logger, level: settings.logLevel };
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? defaultBaseUrl,
    userAgent: userAgent('@councilkit/notify-govuk', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    logger: createLogger({ ...loggerOptions, bindings: { provider } }),
    headers: () => ({ authorization: authorizationHeader() }),
    parseError: parseNotifyError,
  });

  const get = async <T = unknown>(
    path: string,
    callOptions: Pick<HttpRequest, 'signal' | 'timeoutMs' | 'query'>,
    bytes = false,
  ) =>
    (
      await http.request<T>({
        method: 'GET',
        path,
        ...callOptions,
        ...(bytes ? { responseType: 'bytes' } : {}),
      })
    ).data;
  // One POST of a send. Built as a plain object (no spreading per send): every send pays for it.
  const sendRequest = (
    path: string,
    json: unknown,
    callOptions: Pick<HttpRequest, 'signal' | 'timeoutMs'>,
    retryRateLimited: boolean | undefined,
  ): HttpRequest => ({
    method: 'POST',
    path,
    json,
    signal: callOptions.signal,
    timeoutMs: callOptions.timeoutMs,
    retryRateLimited,
    idempotent: false,
    outcomeUnknownNote: sendOutcomeUnknown,
  });
  const send = async (path: string, json: unknown, callOptions: Pick<HttpRequest, 'signal' | 'timeoutMs'>) =>
    (await http.request(sendRequest(path, json, callOptions, undefined))).data;

  // The three sends; a batch's sends leave every 429 to the batch (`retryRateLimited: false`).
  // Each awaits the client itself, one layer of promises rather than two.
  const sends = (
    retryRateLimited?: boolean,
  ): Pick<NotificationProviderImplementation, 'sendEmail' | 'sendSms' | 'sendLetter'> => ({
    sendEmail: async (request, callOptions) =>
      readSentNotification(
        (
          await http.request(
            sendRequest('/v2/notifications/email', emailBody(request), callOptions, retryRateLimited),
          )
        ).data,
      ),
    sendSms: async (request, callOptions) =>
      readSentNotification(
        (
          await http.request(
            sendRequest('/v2/notifications/sms', smsBody(request), callOptions, retryRateLimited),
          )
        ).data,
      ),
    sendLetter: async (request, callOptions) =>
      readSentNotification(
        (
          await http.request(
            sendRequest('/v2/notifications/letter', letterBody(request), callOptions, retryRateLimited),
          )
        ).data,
      ),
  });

  const implementation: NotificationProviderImplementation = {
    provider,
    ...sends(),
    sendPrecompiledLetter: async (request, callOptions) =>
      readSentPrecompiledLetter(
        await send('/v2/notifications/letter', precompiledLetterBody(request), callOptions),
      ),
    getNotification: async (id, callOptions) =>
      readNotification(await get(`/v2/notifications/${notifyId(id, 'id')}`, callOptions)),
    listNotifications: (filter, callOptions) =>
      followPages(
        'notifications',
        (olderThan) =>
          get('/v2/notifications', {
            ...callOptions,
            query: {
              template_type: filter.type,
              status: filter.status,
              reference: filter.reference,
              older_than: olderThan,
            },
          }),
        readNotification,
        filter.olderThan === undefined ? undefined : notifyId(filter.olderThan, 'olderThan'),
      ),
    getTemplate: async (id, query, callOptions) =>
      readTemplate(
        await get(
          query.version === undefined
            ? `/v2/template/${notifyId(id, 'id')}`
            : `/v2/template/${notifyId(id, 'id')}/version/${query.version}`,
          callOptions,
        ),
      ),
    listTemplates: async (filter, callOptions) => {
      const page = await get<{ templates?: unknown[] }>('/v2/templates', {
        ...callOptions,
        query: { type: filter.type },
      });
      return (page?.templates ?? []).map(readTemplate);
    },
    previewTemplate: async (id, personalisation, callOptions) =>
      readTemplatePreview(
        (
          await http.request({
            method: 'POST',
            path: `/v2/template/${notifyId(id, 'id')}/preview`,
            json: { personalisation: wirePersonalisation(personalisation) },
            // A preview sends nothing, so repeating it is harmless.
            idempotent: true,
            ...callOptions,
          })
        ).data,
      ),
    listReceivedTexts: (filter, callOptions) =>
      followPages(
        'received_text_messages',
        (olderThan) =>
          get('/v2/received-text-messages', { ...callOptions, query: { older_than: olderThan } }),
        readReceivedText,
        filter.olderThan === undefined ? undefined : notifyId(filter.olderThan, 'olderThan'),
      ),
    getLetterPdf: (id, callOptions) => getLetterPdf(get, notifyId(id, 'id'), callOptions),
  };

  const port = defineNotificationProvider(implementation, loggerOptions);
  // A batch keeps its own rate-limit budget and pauses all its senders together, so its sends hand
  // every 429 straight back rather than each waiting it out inside the HTTP client.
  const batchSenders = defineNotificationProvider({ ...implementation, ...sends(false) }, loggerOptions);
  const bucket = new TokenBucket({
    capacity: settings.rateLimit?.burst ?? 1000,
    refillPerSecond: (settings.rateLimit?.perMinute ?? 3000) / 60,
  });
  return {
    ...port,
    sendBatch: (requests, batchOptions) => sendBatch(batchSenders, bucket, requests, batchOptions),
    prepareUpload,
  };
}
