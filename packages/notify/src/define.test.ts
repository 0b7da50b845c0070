import {
  CouncilKitError,
  NotFoundError,
  ProviderError,
  TransportError,
  UnsupportedError,
  ValidationError,
} from '@councilkit/core';
import { describe, expect, it, vi } from 'vitest';
import { defineNotificationProvider, type NotificationProviderImplementation } from './index.js';

const templateId = '2f0a5b43-34a8-4a58-9d0e-6d1f0b1f2c3d';
const notificationId = '7d3c1a9e-5b2f-4e6d-8c1b-0a9f8e7d6c5b';
const recipient = 'resident@example.com';

const sentEmail = {
  id: notificationId,
  templateId,
  templateVersion: 1,
  content: { body: 'Hello', subject: 'Hi' },
};

function stubImplementation(overrides: Partial<NotificationProviderImplementation> = {}) {
  const implementation = {
    provider: 'stub',
    sendEmail: vi.fn(async () => sentEmail),
    sendSms: vi.fn(async () => sentEmail),
    sendLetter: vi.fn(async () => sentEmail),
    sendPrecompiledLetter: vi.fn(async () => ({
      id: notificationId,
      reference: 'r',
      postage: 'second' as const,
    })),
    getNotification: vi.fn(),
    listNotifications: vi.fn(async function* () {}),
    getTemplate: vi.fn(),
    listTemplates: vi.fn(async () => []),
    previewTemplate: vi.fn(),
    listReceivedTexts: vi.fn(async function* () {}),
    getLetterPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    ...overrides,
  };
  return implementation;
}

function captureLogs() {
  const lines: { level: string; fields: object; message: string | undefined }[] = [];
  const write = (level: string) => (fields: object, message?: string) =>
    lines.push({ level, fields, message });
  return {
    lines,
    logger: { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') },
  };
}

async function failureOf(promise: Promise<unknown>): Promise<CouncilKitError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!CouncilKitError.isInstance(error)) throw new Error(`expected a CouncilKitError, got ${String(error)}`);
  return error;
}

describe('defineNotificationProvider', () => {
  it('rejects bad input with a ValidationError naming the field, before the adapter is called', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const error = await failureOf(notify.sendEmail({ templateId, emailAddress: 'not-an-address' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('emailAddress');
    expect(error.provider).toBe('stub');
    expect(implementation.sendEmail).not.toHaveBeenCalled();
  });

  it('names nested personalisation fields by their public path', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const personalisation = { name: { unexpected: true } as never };
    const error = await failureOf(notify.sendEmail({ templateId, emailAddress: recipient, personalisation }));
    expect((error as ValidationError).field).toBe('personalisation.name');
    expect(implementation.sendEmail).not.toHaveBeenCalled();
  });

  it('checks call options too', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const error = await failureOf(notify.getLetterPdf(notificationId, { timeoutMs: 1.5 }));
    expect((error as ValidationError).field).toBe('timeoutMs');
    expect(implementation.getLetterPdf).not.toHaveBeenCalled();
  });

  it('passes checked input and options to the adapter', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const signal = new AbortController().signal;
    await notify.sendEmail(
      { templateId, emailAddress: recipient, personalisation: { name: 'Ada' } },
      { signal },
    );
    const context = { logger: expect.objectContaining({ warn: expect.any(Function) }) };
    expect(implementation.sendEmail).toHaveBeenCalledWith(
      { templateId, emailAddress: recipient, personalisation: { name: 'Ada' } },
      { signal },
      context,
    );
    await notify.getTemplate(templateId);
    expect(implementation.getTemplate).toHaveBeenCalledWith(templateId, {}, {}, context);
    await notify.previewTemplate(templateId);
    expect(implementation.previewTemplate).toHaveBeenCalledWith(templateId, {}, {}, context);
  });

  it('gives the adapter a list of statuses whether the caller gave one or several', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    for await (const _ of notify.listNotifications({ status: 'delivered' })) break;
    expect(implementation.listNotifications).toHaveBeenCalledWith(
      { status: ['delivered'] },
      {},
      expect.objectContaining({ logger: expect.anything() }),
    );
  });

  it('turns anything an adapter throws that is not a councilkit error into a ProviderError, keeping the cause', async () => {
    const cause = new TypeError(`cannot read ${recipient}`);
    const notify = defineNotificationProvider(
      stubImplementation({
        sendEmail: async () => {
          throw cause;
        },
      }),
    );
    const error = await failureOf(notify.sendEmail({ templateId, emailAddress: recipient }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.cause).toBe(cause);
    expect(error.provider).toBe('stub');
    // A send that failed unexpectedly may have reached the provider.
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).not.toContain(recipient);
  });

  it('passes councilkit errors through unchanged', async () => {
    const notFound = new NotFoundError('No result found', { provider: 'stub', status: 404 });
    const notify = defineNotificationProvider(
      stubImplementation({
        getNotification: async () => {
          throw notFound;
        },
      }),
    );
    expect(await failureOf(notify.getNotification(notificationId))).toBe(notFound);
  });

  it('does not call the adapter when the signal is already aborted', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(
      notify.sendEmail({ templateId, emailAddress: recipient }, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).notSent).toBe(true);
    expect(implementation.sendEmail).not.toHaveBeenCalled();
  });

  it('reports an adapter failure after an abort as a TransportError', async () => {
    const controller = new AbortController();
    const notify = defineNotificationProvider(
      stubImplementation({
        getLetterPdf: async () => {
          controller.abort();
          throw new DOMException('The operation was aborted', 'AbortError');
        },
      }),
    );
    const error = await failureOf(notify.getLetterPdf(notificationId, { signal: controller.signal }));
    expect(error).toBeInstanceOf(TransportError);
  });

  it('never fails a call that worked because of what it logs', async () => {
    const { logger } = captureLogs();
    const notify = defineNotificationProvider(
      stubImplementation({ sendSms: async () => undefined as never }),
      {
        logger,
      },
    );
    await expect(notify.sendSms({ templateId, phoneNumber: '07700 900123' })).resolves.toBeUndefined();
  });

  it('refuses a malformed implementation at once, naming what is wrong', () => {
    const notAFunction = { ...stubImplementation(), getLetterPdf: 'pdf' };
    expect(() =>
      defineNotificationProvider(notAFunction as unknown as NotificationProviderImplementation),
    ).toThrow(/getLetterPdf/);
    expect(() => defineNotificationProvider({ provider: 'nothing' })).toThrow(/at least one way of sending/);
    expect(() =>
      defineNotificationProvider({
        ...stubImplementation(),
        capabilities: { sms: true } as never,
      }),
    ).toThrow(/capabilities/);
  });

  it('works out capabilities from the methods given, cascading what depends on what', () => {
    const emailOnly = defineNotificationProvider({
      provider: 'mail',
      sendEmail: stubImplementation().sendEmail,
    });
    expect(emailOnly.capabilities).toMatchObject({ email: true, sms: false, letters: false, lookup: false });
    const { sendLetter: _, ...noLetters } = stubImplementation();
    expect(defineNotificationProvider(noLetters).capabilities).toMatchObject({
      letters: false,
      precompiledLetters: false,
      letterPdf: false,
      sms: true,
      lookup: true,
      statusUpdates: true,
    });
    const noStatuses = defineNotificationProvider({
      ...stubImplementation(),
      capabilities: { statusUpdates: false },
    });
    expect(noStatuses.capabilities).toMatchObject({ lookup: true, statusUpdates: false });
  });

  it('answers a method the provider lacks with UnsupportedError, before checking the input', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider({ provider: 'mail', sendEmail: implementation.sendEmail });
    const error = await failureOf(notify.sendSms({ templateId: '', phoneNumber: 'nonsense' }));
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error.code).toBe('unsupported');
    expect((error as UnsupportedError).capability).toBe('sendSms');
    expect(error.provider).toBe('mail');
    expect(() => notify.listNotifications()).toThrow(UnsupportedError);
  });

  it("accepts any non-empty id: the shape is the adapter's business", async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    await notify.sendEmail({ templateId: 'tmpl_welcome', emailAddress: recipient });
    expect(implementation.sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({ templateId: 'tmpl_welcome' }),
      {},
      expect.anything(),
    );
    const error = await failureOf(notify.getNotification(''));
    expect((error as ValidationError).field).toBe('id');
  });

  it('carries provider options through, checking only their neutral shape', async () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    const providerOptions = { acme: { priority: 'high' } };
    await notify.sendEmail({ templateId, emailAddress: recipient, providerOptions });
    expect(implementation.sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({ providerOptions }),
      {},
      expect.anything(),
    );
    const error = await failureOf(
      notify.sendEmail({ templateId, emailAddress: recipient, providerOptions: { acme: 'high' as never } }),
    );
    expect((error as ValidationError).field).toBe('providerOptions.acme');
  });
});

describe('defineNotificationProvider listings', () => {
  it('checks the filter when the method is called, before iterating and before the adapter', () => {
    const implementation = stubImplementation();
    const notify = defineNotificationProvider(implementation);
    expect(() => notify.listNotifications({ olderThan: '' })).toThrow(ValidationError);
    expect(() => notify.listReceivedTexts({ olderThan: 42 as never })).toThrow(ValidationError);
    expect(implementation.listNotifications).not.toHaveBeenCalled();
  });

  it('wraps errors thrown while iterating', async () => {
    const notify = defineNotificationProvider(
      stubImplementation({
        listReceivedTexts: async function* () {
          yield {
            id: notificationId,
            from: '07700900123',
            to: '07700900000',
            content: 'Hi',
            createdAt: new Date(),
          };
          throw new Error('page two broke');
        },
      }),
    );
    const seen: string[] = [];
    const error = await (async () => {
      try {
        for await (const text of notify.listReceivedTexts()) seen.push(text.id);
      } catch (caught) {
        return caught;
      }
    })();
    expect(seen).toEqual([notificationId]);
    expect(error).toBeInstanceOf(ProviderError);
  });

  it("lets the adapter's generator clean up when the caller stops early", async () => {
    let cleanedUp = false;
    const notify = defineNotificationProvider(
      stubImplementation({
        listReceivedTexts: async function* () {
          try {
            for (let index = 0; ; index += 1) {
              yield { id: String(index), from: '07700900123', to: '1', content: 'x', createdAt: new Date() };
            }
          } finally {
            cleanedUp = true;
          }
        },
      }),
    );
    for await (const _ of notify.listReceivedTexts()) break;
    expect(cleanedUp).toBe(true);
  });
});

describe('defineNotificationProvider logging', () => {
  it('logs start and finish at debug with ids only, never the recipient or personalisation', async () => {
    const { lines, logger } = captureLogs();
    const notify = defineNotificationProvider(stubImplementation(), { logger });
    await notify.sendEmail({
      templateId,
      emailAddress: recipient,
      personalisation: { name: 'Ada Lovelace' },
      reference: 'case 12345',
    });
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      ['debug', 'sendEmail started'],
      ['debug', 'sendEmail finished'],
    ]);
    expect(lines[0]!.fields).toMatchObject({ provider: 'stub', operation: 'sendEmail', templateId });
    expect(lines[1]!.fields).toMatchObject({ notificationId, templateVersion: 1 });
    const written = JSON.stringify(lines);
    expect(written).not.toContain(recipient);
    expect(written).not.toContain('Ada Lovelace');
    expect(written).not.toContain('case 12345');
  });

  it('logs a failure at warn with the error code and field, never the bad value', async () => {
    const { lines, logger } = captureLogs();
    const notify = defineNotificationProvider(stubImplementation(), { logger });
    await failureOf(notify.sendSms({ templateId, phoneNumber: 'call 07700 900123 now' }));
    const failure = lines.find((line) => line.level === 'warn');
    expect(failure?.fields).toMatchObject({
      operation: 'sendSms',
      errorCode: 'validation_failed',
      field: 'phoneNumber',
    });
    expect(JSON.stringify(lines)).not.toContain('900123');
  });

  it('is silent unless given a logger or a level', async () => {
    const spy = vi.spyOn(process.stderr, 'write');
    const notify = defineNotificationProvider(stubImplementation());
    await notify.sendEmail({ templateId, emailAddress: recipient });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
