import { Hono } from 'hono';
import { invalidOption } from '../../errors.js';
import { NotifyApiError } from './api-error.js';
import { deliveryStatusPayload } from './callback-payloads.js';
import { CallbackDispatcher } from './callbacks.js';
import { createEmulatorClock } from './clock.js';
import { createNotifyControl } from './control.js';
import { jsonResponse } from './http.js';
import { NotificationStore } from './notification-store.js';
import type { NotifyState } from './notify-state.js';
import { defaultBucketSize, TokenBucketRateLimiter } from './rate-limiter.js';
import { directRoutes } from './routes/direct-routes.js';
import { registerInboxRoutes } from './routes/inbox-routes.js';
import { registerNotificationRoutes } from './routes/notification-routes.js';
import { registerReceivedTextRoutes } from './routes/received-text-routes.js';
import { registerSendRoutes } from './routes/send-routes.js';
import { registerTemplateRoutes } from './routes/template-routes.js';
import { seededTemplateIds, seedTemplates } from './seed-templates.js';
import {
  apiKeyOfType,
  apiKeyString,
  createDefaultService,
  seededSenderIds,
  seededTeamMember,
} from './service.js';
import { completedStatuses } from './statuses.js';
import { TemplateStore } from './template-store.js';
import type { NotifyEmulator, NotifyEmulatorOptions } from './types.js';

/**
 * Makes a GOV.UK Notify emulator: the v2 API with Notify's authentication, validation messages,
 * statuses, simulated recipients, callbacks and rate limit, a developer inbox at `<basePath>/inbox`,
 * seeded templates and keys in `credentials`, and a test backdoor in `control`.
 */
export function createNotifyEmulator(options: NotifyEmulatorOptions = {}): NotifyEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const settings = {
    sendingAfterMs: nonNegative(options.statusDelays?.sendingAfterMs, 1_000, 'statusDelays.sendingAfterMs'),
    finalAfterMs: nonNegative(options.statusDelays?.finalAfterMs, 5_000, 'statusDelays.finalAfterMs'),
    letterReceivedAfterMs: nonNegative(
      options.statusDelays?.letterReceivedAfterMs,
      10_000,
      'statusDelays.letterReceivedAfterMs',
    ),
    pdfReadyAfterMs: nonNegative(
      options.statusDelays?.pdfReadyAfterMs,
      2_000,
      'statusDelays.pdfReadyAfterMs',
    ),
    pageSize: positiveInteger(options.pageSize, 250, 'pageSize'),
  };
  const requestsPerMinute = positiveInteger(
    options.rateLimit?.requestsPerMinute,
    3_000,
    'rateLimit.requestsPerMinute',
  );
  const bucketSize = positiveInteger(
    options.rateLimit?.bucketSize,
    defaultBucketSize(requestsPerMinute),
    'rateLimit.bucketSize',
  );
  const callbacks = new CallbackDispatcher({
    retryIntervalMs: nonNegative(options.callbacks?.retryIntervalMs, 300_000, 'callbacks.retryIntervalMs'),
    maxRetries: nonNegative(options.callbacks?.maxRetries, 5, 'callbacks.maxRetries'),
    timeoutMs: positiveInteger(options.callbacks?.timeoutMs, 5_000, 'callbacks.timeoutMs'),
  });
  const clock = createEmulatorClock(options.now);
  const service = createDefaultService({
    name: options.serviceName ?? 'CouncilKit Sandbox',
    restricted: options.trialMode ?? false,
    rateLimit: requestsPerMinute,
    serviceId: uuidOption(options.serviceId, 'serviceId'),
    keySecrets: {
      test: uuidOption(options.keySecrets?.test, 'keySecrets.test'),
      team: uuidOption(options.keySecrets?.team, 'keySecrets.team'),
      live: uuidOption(options.keySecrets?.live, 'keySecrets.live'),
    },
    ...(options.permissions === undefined ? {} : { permissions: servicePermissions(options.permissions) }),
    ...(options.contactLink === undefined ? {} : { contactLink: contactLink(options.contactLink) }),
    ...(options.dailyLimits === undefined
      ? {}
      : {
          dailyLimits: definedOnly({
            email: nonNegativeInteger(options.dailyLimits.email, 'dailyLimits.email'),
            sms: nonNegativeInteger(options.dailyLimits.sms, 'dailyLimits.sms'),
            international_sms: nonNegativeInteger(
              options.dailyLimits.internationalSms,
              'dailyLimits.internationalSms',
            ),
            letter: nonNegativeInteger(options.dailyLimits.letter, 'dailyLimits.letter'),
          }),
        }),
    ...(options.dataRetentionDays === undefined
      ? {}
      : {
          dataRetentionDays: definedOnly({
            email: retentionDays(options.dataRetentionDays.email, 'dataRetentionDays.email'),
            sms: retentionDays(options.dataRetentionDays.sms, 'dataRetentionDays.sms'),
            letter: retentionDays(options.dataRetentionDays.letter, 'dataRetentionDays.letter'),
          }),
        }),
  });
  const templates = new TemplateStore(() => clock.now(), seededTeamMember.emailAddress);
  for (const template of seedTemplates) templates.register(template);

  const notifications = new NotificationStore(
    (record, previous) => {
      // Letters report through the returned-letter callback instead, which the sandbox does not send.
      if (record.type === 'letter' || record.status === previous || !completedStatuses.has(record.status))
        return;
      callbacks.send('delivery-status', deliveryStatusPayload(record));
    },
    positiveInteger(options.maxStoredNotifications, 10_000, 'maxStoredNotifications'),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerFiresAt: number | undefined;
  let closed = false;
  // Statuses are worked out from the clock whenever anything reads them; with the real clock a
  // timer also applies them on time, so callbacks fire without anyone asking.
  const scheduleNext = () => {
    const due = closed || clock.isCustom ? undefined : notifications.nextDueAt();
    if (due === undefined) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return;
    }
    const delay = Math.min(Math.max(due.getTime() - clock.now().getTime(), 0), 2_147_483_647);
    // Every request lands here, usually with the same next due time: keeping a timer that already
    // fires then saves replacing it each time.
    const firesAt = Date.now() + delay;
    if (timer !== undefined && firesAt === timerFiresAt) return;
    if (timer !== undefined) clearTimeout(timer);
    timerFiresAt = firesAt;
    timer = setTimeout(() => {
      timer = undefined;
      state.settle();
    }, delay);
    timer.unref?.();
  };

  const state: NotifyState = {
    basePath,
    service,
    templates,
    notifications,
    receivedTexts: [],
    callbacks,
    rateLimiter: new TokenBucketRateLimiter(requestsPerMinute, bucketSize),
    clock,
    settings,
    forcedRateLimits: 0,
    nextReceivedTextSequence: 1,
    dailyCounts: new Map(),
    settle() {
      notifications.settle(clock.now());
      scheduleNext();
    },
  };

  const app = new Hono().basePath(basePath || '/');
  const direct = directRoutes(state);
  app.get('/health', () => jsonResponse({ status: 'ok', service: 'notify' }));
  registerSendRoutes(app, state);
  registerNotificationRoutes(app, state);
  registerTemplateRoutes(app, state);
  registerReceivedTextRoutes(app, state);
  registerInboxRoutes(app, state);
  app.notFound(() =>
    jsonResponse(
      {
        result: 'error',
        message:
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      },
      404,
    ),
  );
  app.onError((error) =>
    error instanceof NotifyApiError
      ? jsonResponse(error.toBody(), error.status)
      : jsonResponse(
          { status_code: 500, errors: [{ error: 'Exception', message: 'Internal server error' }] },
          500,
        ),
  );

  return {
    service: 'notify',
    basePath,
    credentials: {
      apiKey: apiKeyString(service, apiKeyOfType(service, 'test')),
      liveApiKey: apiKeyString(service, apiKeyOfType(service, 'normal')),
      teamApiKey: apiKeyString(service, apiKeyOfType(service, 'team')),
      serviceId: service.id,
      templates: {
        email: seededTemplateIds.email,
        sms: seededTemplateIds.sms,
        letter: seededTemplateIds.letter,
        emailWithFile: seededTemplateIds.emailWithFile,
      },
      emailReplyToId: seededSenderIds.emailReplyTo,
      smsSenderId: seededSenderIds.councilSmsSender,
      teamMember: { emailAddress: seededTeamMember.emailAddress, phoneNumber: seededTeamMember.mobileNumber },
    },
    control: createNotifyControl(state),
    fetch: async (request) => {
      const response = await app.fetch(request);
      scheduleNext();
      return response;
    },
    direct: {
      takes: direct.takes,
      answer(request) {
        const answer = direct.answer(request);
        scheduleNext();
        return answer;
      },
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await callbacks.close();
    },
  };
}

const knownPermissions = new Set([
  'email',
  'sms',
  'letter',
  'international_sms',
  'international_letters',
  'sms_to_uk_landlines',
]);

function servicePermissions(permissions: readonly string[]): readonly string[] {
  if (!Array.isArray(permissions) || !permissions.every((permission) => knownPermissions.has(permission))) {
    throw invalidOption('permissions', `must be a list of ${[...knownPermissions].join(', ')}`);
  }
  return permissions;
}

function nonNegativeInteger(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw invalidOption(name, 'must be an integer >= 0');
  return value;
}

// Notify's admin lets a service keep data from 3 to 90 days.
function retentionDays(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 3 || value > 90)
    throw invalidOption(name, 'must be an integer from 3 to 90');
  return value;
}

function definedOnly<T extends Record<string, number | undefined>>(values: T): { [K in keyof T]?: number } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: number;
  };
}

function contactLink(link: string | null): string | null {
  if (link !== null && (typeof link !== 'string' || link.trim() === '')) {
    throw invalidOption('contactLink', 'must be a non-empty string or null');
  }
  return link;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw invalidOption(name, 'must be a number >= 0');
  return value;
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw invalidOption(name, 'must be an integer >= 1');
  return value;
}

// Notify's keys end in two UUIDs, so only a UUID can stand in for either.
function uuidOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'string' ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
  )
    throw invalidOption(name, 'must be a lower-case UUID');
  return value;
}
