import { Writable } from 'node:stream';
import {
  AuthError,
  ConfigError,
  CouncilKitError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  undiciTransport,
  ValidationError,
} from '@councilkit/core';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { govukNotify } from './index.js';
import { notifySandbox, recordingTransport } from './sandbox-harness.test-helper.js';

type Context = Awaited<ReturnType<typeof notifySandbox>>;
let context: Context;
beforeAll(async () => {
  context = await notifySandbox();
});
afterAll(() => context.sandbox.close());
afterEach(() => context.control.reset());

async function rejectionOf(promise: Promise<unknown>): Promise<CouncilKitError> {
  try {
    await promise;
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    return error as CouncilKitError;
  }
  throw new Error('expected a rejection');
}

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0';

describe('govukNotify options', () => {
  it('sends an email as the README shows', async () => {
    const { apiKey } = context.credentials;
    const notify = govukNotify({ apiKey, baseUrl: context.sandbox.services.notify });
    const sent = await notify.sendEmail({
      templateId: context.credentials.templates.email,
      emailAddress: 'resident@example.org',
      personalisation: { name: 'Alex', reference: 'PERMIT-1234', permit_type: 'yes' },
      reference: 'PERMIT-1234',
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.content.subject).toBe('Your parking permit application PERMIT-1234');
    expect(sent.content.body).toContain('Dear Alex,');
  });

  it('lists every bad option in one ConfigError at construction', () => {
    try {
      govukNotify({
        apiKey: `k-${serviceId}-${secret}`,
        baseUrl: 'ftp://nope',
        timeoutMs: -1,
        surprise: 1,
      } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.path).sort()).toEqual([
        'baseUrl',
        'surprise',
        'timeoutMs',
      ]);
    }
  });

  it('rejects a malformed key at construction without echoing it', () => {
    const key = `my-key-${serviceId}-not-a-secret`;
    const error = (() => {
      try {
        govukNotify({ apiKey: key });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.issues[0]?.path).toBe('apiKey');
    expect(`${error?.message}${JSON.stringify(error)}`).not.toContain(key);
  });

  it('reads GOVUK_NOTIFY_API_KEY when the option is absent, at construction or on first use', async () => {
    const previous = process.env['GOVUK_NOTIFY_API_KEY'];
    try {
      delete process.env['GOVUK_NOTIFY_API_KEY'];
      const { transport, requests } = recordingTransport(undiciTransport());
      const lazy = govukNotify({ baseUrl: context.sandbox.services.notify, transport });
      const missing = await rejectionOf(lazy.getNotification('f0e1d2c3-b4a5-4968-8776-655443322110'));
      expect(missing).toBeInstanceOf(ConfigError);
      expect(missing.message).toMatch(/apiKey.*GOVUK_NOTIFY_API_KEY/);
      expect(requests).toHaveLength(0);
      process.env['GOVUK_NOTIFY_API_KEY'] = context.credentials.apiKey;
      const templates = await lazy.listTemplates();
      expect(templates.length).toBeGreaterThan(0);
      process.env['GOVUK_NOTIFY_API_KEY'] = 'not a key';
      expect(() => govukNotify()).toThrow(/GOVUK_NOTIFY_API_KEY/);
    } finally {
      if (previous === undefined) delete process.env['GOVUK_NOTIFY_API_KEY'];
      else process.env['GOVUK_NOTIFY_API_KEY'] = previous;
    }
  });
});

describe('requests', () => {
  it('signs one token and reuses it, with the councilkit User-Agent', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const notify = govukNotify({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.notify,
      transport,
    });
    for (let index = 0; index < 5; index++) {
      await notify.sendSms({
        templateId: context.credentials.templates.sms,
        phoneNumber: '07700 900123',
        personalisation: { name: 'Ada', reference: `R${index}` },
      });
    }
    expect(new Set(requests.map((request) => request.headers['authorization'])).size).toBe(1);
    expect(requests[0]?.headers['user-agent']).toMatch(/^councilkit-notify-govuk\/\d+\.\d+\.\d+/);
  });

  it('checks every method’s input before any request is sent, naming the field', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const notify = govukNotify({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.notify,
      transport,
    });
    const { templates } = context.credentials;
    const cases: [string, () => Promise<unknown>][] = [
      ['emailAddress', () => notify.sendEmail({ templateId: templates.email, emailAddress: 'not-an-email' })],
      ['templateId', () => notify.sendEmail({ templateId: 'nope', emailAddress: 'a@example.com' })],
      ['phoneNumber', () => notify.sendSms({ templateId: templates.sms, phoneNumber: '0770090012x' })],
      [
        'reference',
        () =>
          notify.sendSms({
            templateId: templates.sms,
            phoneNumber: '07700900123',
            reference: 'x'.repeat(1001),
          }),
      ],
      [
        'personalisation',
        () => notify.sendLetter({ templateId: templates.letter, personalisation: { address_line_1: 'A' } }),
      ],
      ['pdf', () => notify.sendPrecompiledLetter({ reference: 'r', pdf: new Uint8Array([1, 2, 3]) })],
      ['id', () => notify.getNotification('123')],
      [
        'status',
        async () =>
          notify
            .listNotifications({ status: 'bogus' as never })
            [Symbol.asyncIterator]()
            .next(),
      ],
      ['version', () => notify.getTemplate(templates.email, { version: 0 })],
      ['type', () => notify.listTemplates({ type: 'fax' as never })],
      ['id', () => notify.previewTemplate('x')],
      ['olderThan', async () => notify.listReceivedTexts({ olderThan: 'x' })[Symbol.asyncIterator]().next()],
      ['id', () => notify.getLetterPdf('x')],
      ['timeoutMs', () => notify.getTemplate(templates.email, {}, { timeoutMs: -5 })],
      // Ids are opaque in the port; this adapter checks Notify's shape (a UUID) itself.
      ['templateId', () => notify.sendSms({ templateId: 'tpl_123', phoneNumber: '07700900123' })],
      [
        'olderThan',
        async () => notify.listNotifications({ olderThan: 'msg_1' })[Symbol.asyncIterator]().next(),
      ],
      [
        'providerOptions.govukNotify.emailReplyToId',
        () =>
          notify.sendEmail({
            templateId: templates.email,
            emailAddress: 'a@example.com',
            providerOptions: { govukNotify: { emailReplyToId: 'nope' } },
          }),
      ],
      [
        'providerOptions.govukNotify',
        () =>
          notify.sendSms({
            templateId: templates.sms,
            phoneNumber: '07700900123',
            providerOptions: { govukNotify: { emailReplyToId: context.credentials.emailReplyToId } },
          }),
      ],
    ];
    for (const [field, call] of cases) {
      const error = await rejectionOf(call());
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(
        (error as ValidationError).field.startsWith(field),
        `${field}: ${(error as ValidationError).field}`,
      ).toBe(true);
    }
    expect(requests).toHaveLength(0);
  });

  it('sends Notify-only fields from providerOptions.govukNotify, ignoring other providers’ options', async () => {
    const { templates, emailReplyToId, smsSenderId } = context.credentials;
    const personalisation = { name: 'Ada', reference: 'R1' };
    const email = await context.notify.sendEmail({
      templateId: templates.email,
      emailAddress: 'ada@example.com',
      personalisation: { ...personalisation, permit_type: 'no' },
      providerOptions: { govukNotify: { emailReplyToId }, acme: { priority: 'high' } },
    });
    const text = await context.notify.sendSms({
      templateId: templates.sms,
      phoneNumber: '07700 900123',
      personalisation,
      providerOptions: { govukNotify: { smsSenderId } },
    });
    const sent = context.control.notifications();
    expect(sent.find((notification) => notification.id === email.id)?.replyTo).toBe(
      'permits@sandbox.councilkit.test',
    );
    expect(sent.find((notification) => notification.id === text.id)?.from).toBe('Council');
    const read = await context.notify.getNotification(text.id);
    expect(read.type === 'sms' && read.phoneNumber).toBe('+447700900123');
  });

  it('maps Notify’s errors to typed errors, keeping its error name and message', async () => {
    const { templates } = context.credentials;
    const wrongSecret = govukNotify({
      apiKey: `${context.credentials.apiKey.slice(0, -36)}${secret}`,
      baseUrl: context.sandbox.services.notify,
    });
    const auth = await rejectionOf(wrongSecret.listTemplates());
    expect(auth).toBeInstanceOf(AuthError);
    expect(auth).toMatchObject({
      status: 403,
      providerCode: 'AuthError',
      providerMessage: 'Invalid token: API key not found',
    });

    const { notify } = context;
    const missing = await rejectionOf(
      notify.sendEmail({ templateId: templates.email, emailAddress: 'a@example.com' }),
    );
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing).toMatchObject({ status: 400, providerCode: 'BadRequestError', field: 'personalisation' });
    expect(missing.providerMessage).toMatch(/^Missing personalisation: /);

    const notFound = await rejectionOf(notify.getNotification('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'));
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ providerCode: 'NoResultFound', providerMessage: 'No result found' });
  });

  it('waits out a 429 on a send, since Notify refuses before it acts, and sends once', async () => {
    const { notify, control, credentials } = context;
    control.forceRateLimit(1);
    const sent = await notify.sendEmail({
      templateId: credentials.templates.email,
      emailAddress: 'a@example.com',
      personalisation: { name: 'A', reference: 'RL-1', permit_type: 'no' },
      reference: 'RL-1',
    });
    expect(control.notifications().filter((message) => message.reference === 'RL-1')).toHaveLength(1);
    expect(sent.reference).toBe('RL-1');
  });

  it('reports a 429 it cannot wait out as a RateLimitError with Notify’s message', async () => {
    const notify = govukNotify({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.notify,
      retry: false,
    });
    context.control.forceRateLimit(1);
    const error = await rejectionOf(
      notify.sendSms({
        templateId: context.credentials.templates.sms,
        phoneNumber: '07700900123',
        personalisation: { name: 'A', reference: 'B' },
      }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.providerMessage).toBe(
      'Exceeded rate limit for key type TEST of 3000 requests per 60 seconds',
    );
  });
});

describe('never a duplicate message', () => {
  const email = { templateId: 'b7d8c0a2-3c4e-4f5a-9b6c-7d8e9f0a1b2c', emailAddress: 'a@example.com' };

  it('does not repeat a send that failed inside Notify, and says it may have been sent', async () => {
    let attempts = 0;
    const notify = govukNotify({
      apiKey: `k-${serviceId}-${secret}`,
      transport: async () => {
        attempts++;
        return {
          status: 500,
          headers: {},
          body: new TextEncoder().encode(
            '{"status_code":500,"errors":[{"error":"Exception","message":"Internal server error"}]}',
          ),
        };
      },
    });
    const error = await rejectionOf(notify.sendEmail(email));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).toMatch(/may or may not have been sent/);
    expect(attempts).toBe(1);
  });

  it('does not repeat a send whose connection broke after it left', async () => {
    let attempts = 0;
    const notify = govukNotify({
      apiKey: `k-${serviceId}-${secret}`,
      transport: async () => {
        attempts++;
        throw new TransportError('socket hang up', { retryable: true, outcomeUnknown: true });
      },
    });
    const error = await rejectionOf(notify.sendEmail(email));
    expect(error).toBeInstanceOf(TransportError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).toMatch(/may or may not have been sent/);
    expect(attempts).toBe(1);
  });

  it('repeats a send that certainly never left (connection refused)', async () => {
    let attempts = 0;
    const notify = govukNotify({
      apiKey: `k-${serviceId}-${secret}`,
      retry: { maxRetries: 2, baseDelayMs: 1 },
      transport: async () => {
        attempts++;
        throw new TransportError('ECONNREFUSED', { retryable: true, notSent: true });
      },
    });
    const error = await rejectionOf(notify.sendEmail(email));
    expect((error as TransportError).notSent).toBe(true);
    expect(error.outcomeUnknown).toBe(false);
    expect(attempts).toBe(3);
  });
});

describe('logging', () => {
  it('never writes the key, the token, or a recipient to a log line', async () => {
    let output = '';
    const destination = new Writable({
      write(chunk, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const { apiKey, templates } = context.credentials;
    const notify = govukNotify({
      apiKey,
      baseUrl: context.sandbox.services.notify,
      logger: pino({ level: 'trace' }, destination),
      retry: false,
    });
    const emailAddress = 'jane.citizen@example.com';
    const phoneNumber = '07700 900456';
    await notify.sendEmail({
      templateId: templates.email,
      emailAddress,
      personalisation: { name: 'Jane Citizen', reference: 'L1', permit_type: 'no' },
    });
    await notify.sendSms({
      templateId: templates.sms,
      phoneNumber,
      personalisation: { name: 'Jane', reference: 'L2' },
    });
    await rejectionOf(notify.sendEmail({ templateId: templates.email, emailAddress }));
    await rejectionOf(notify.sendEmail({ templateId: templates.email, emailAddress: `bad ${emailAddress}` }));
    expect(output.length).toBeGreaterThan(0);
    for (const secretValue of [
      apiKey,
      apiKey.slice(-36),
      emailAddress,
      phoneNumber,
      'Jane Citizen',
      'Bearer ey',
    ]) {
      expect(output).not.toContain(secretValue);
    }
  });
});

describe('sending a file by email', () => {
  it('uploads a file from prepareUpload and Notify links it in the email', async () => {
    const { notify, credentials, control } = context;
    const pdf = new TextEncoder().encode('%PDF-1.4 a permit');
    const sent = await notify.sendEmail({
      templateId: credentials.templates.emailWithFile,
      emailAddress: 'resident@example.org',
      personalisation: {
        name: 'Alex',
        reference: 'FILE-1',
        link_to_file: notify.prepareUpload(pdf, { filename: 'permit.pdf', retentionPeriod: '4 weeks' }),
      },
    });
    expect(sent.content.body).toMatch(/https:\/\/documents\.service\.gov\.uk\/d\//);
    const stored = control.notifications().find((message) => message.id === sent.id);
    expect(stored?.files).toEqual([
      expect.objectContaining({ filename: 'permit.pdf', sizeInBytes: pdf.byteLength }),
    ]);
  });

  it('refuses a file over 2 MB before anything is sent', () => {
    expect(() => context.notify.prepareUpload(new Uint8Array(2 * 1024 * 1024 + 1))).toThrow(ValidationError);
  });
});
