import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotifyEmulator } from './create-notify-emulator.js';
import { buildLetterPdf } from './letter-pdf.js';
import type { NotifyEmulator } from './types.js';

// GOV.UK Notify's own Node client, unmodified, proves the emulator speaks the real wire format.
const require = createRequire(import.meta.url);
const { NotifyClient } = require('notifications-node-client') as typeof import('notifications-node-client');
type Client = InstanceType<typeof NotifyClient>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const notifyDatePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const notificationKeys = [
  'body',
  'completed_at',
  'cost_details',
  'cost_in_pounds',
  'created_at',
  'created_by_name',
  'email_address',
  'id',
  'is_cost_data_ready',
  'line_1',
  'line_2',
  'line_3',
  'line_4',
  'line_5',
  'line_6',
  'one_click_unsubscribe_url',
  'phone_number',
  'postage',
  'postcode',
  'reference',
  'scheduled_for',
  'sent_at',
  'status',
  'subject',
  'template',
  'type',
];

interface HttpFailure {
  status: number;
  data: unknown;
}

async function failureOf(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise;
  } catch (error) {
    const response = (error as { response?: { status: number; data: unknown } }).response;
    if (response) return { status: response.status, data: response.data };
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('notifications-node-client against the Notify emulator', () => {
  let emulator: NotifyEmulator;
  let server: ReturnType<typeof serve>;
  let baseUrl: string;
  let client: Client;
  let serviceId: string;

  beforeAll(async () => {
    // The client signs with the real clock, so the emulator keeps the real clock too.
    emulator = createNotifyEmulator({ basePath: '/notify' });
    server = await new Promise((resolve) => {
      const started = serve({ fetch: emulator.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
    client = new NotifyClient(baseUrl, emulator.credentials.apiKey);
    serviceId = emulator.credentials.serviceId;
  });

  afterAll(async () => {
    await emulator.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => emulator.control.reset());

  it('sendEmail returns the 201 body with reply-to, unsubscribe link and reference', async () => {
    const { templates, emailReplyToId } = emulator.credentials;
    const response = await client.sendEmail(templates.email, 'resident@example.com', {
      personalisation: { name: 'Ada Lovelace', reference: 'PP-1234', permit_type: 'yes' },
      reference: 'your-ref-1',
      emailReplyToId,
      oneClickUnsubscribeURL: 'https://www.example.gov.uk/unsubscribe?id=1',
    });
    expect(response.status).toBe(201);
    const id = response.data.id;
    expect(id).toMatch(uuidPattern);
    expect(response.data).toEqual({
      id,
      reference: 'your-ref-1',
      uri: `${baseUrl}/v2/notifications/${id}`,
      template: {
        id: templates.email,
        version: 1,
        uri: `${baseUrl}/services/${serviceId}/templates/${templates.email}`,
      },
      scheduled_for: null,
      content: {
        from_email: 'councilkit.sandbox@notifications.service.gov.uk',
        subject: 'Your parking permit application PP-1234',
        body: expect.stringContaining('Dear Ada Lovelace,\n\nWe have received your application'),
        one_click_unsubscribe_url: 'https://www.example.gov.uk/unsubscribe?id=1',
      },
      sanitised_content: {},
    });
    expect(response.data.content.body).toContain('We will post your permit');
    expect(emulator.control.notifications()[0]).toMatchObject({
      id,
      replyTo: 'permits@sandbox.councilkit.test',
      to: 'resident@example.com',
    });
  });

  it('sendSms uses the chosen text message sender', async () => {
    const { templates, smsSenderId } = emulator.credentials;
    const response = await client.sendSms(templates.sms, '07700 900123', {
      personalisation: { name: 'Ada', reference: 'PP-1234' },
      reference: 'sms-ref',
      smsSenderId,
    });
    expect(response.status).toBe(201);
    expect(response.data).toEqual({
      id: expect.stringMatching(uuidPattern),
      reference: 'sms-ref',
      uri: `${baseUrl}/v2/notifications/${response.data.id}`,
      template: {
        id: templates.sms,
        version: 1,
        uri: `${baseUrl}/services/${serviceId}/templates/${templates.sms}`,
      },
      scheduled_for: null,
      content: {
        from_number: 'Council',
        body: 'Ada, we have received your parking permit application PP-1234. We will text you when it is approved.',
      },
    });
  });

  it('sendLetter and sendPrecompiledLetter', async () => {
    const { templates } = emulator.credentials;
    const letter = await client.sendLetter(templates.letter, {
      personalisation: {
        address_line_1: 'Ada Lovelace',
        address_line_2: '1 Example Street',
        address_line_3: 'sw1a1aa',
        name: 'Ada',
        reference: 'PP-1234',
        expiry_date: '1 April 2027',
      },
      reference: 'letter-ref',
    });
    expect(letter.status).toBe(201);
    expect(letter.data).toEqual({
      id: expect.stringMatching(uuidPattern),
      reference: 'letter-ref',
      uri: `${baseUrl}/v2/notifications/${letter.data.id}`,
      template: {
        id: templates.letter,
        version: 1,
        uri: `${baseUrl}/services/${serviceId}/templates/${templates.letter}`,
      },
      scheduled_for: null,
      content: {
        subject: 'Your resident parking permit PP-1234',
        body: expect.stringContaining('Your permit is valid until 1 April 2027.'),
      },
    });

    const pdf = buildLetterPdf({
      addressLines: ['A', 'B', 'SW1A 1AA'],
      date: '1 March 2026',
      subject: 'S',
      body: 'B',
    });
    const precompiled = await client.sendPrecompiledLetter('pdf-ref', pdf, 'first');
    expect(precompiled.status).toBe(201);
    expect(precompiled.data).toEqual({
      id: expect.stringMatching(uuidPattern),
      reference: 'pdf-ref',
      postage: 'first',
    });
    const stored = await client.getNotificationById(precompiled.data.id);
    expect(stored.data).toMatchObject({
      type: 'letter',
      status: 'pending-virus-check',
      line_1: 'Provided as PDF',
    });
  });

  it('getNotificationById returns every key Notify returns', async () => {
    const { templates } = emulator.credentials;
    const sent = await client.sendEmail(templates.email, 'resident@example.com', {
      personalisation: { name: 'Ada', reference: 'R1', permit_type: 'no' },
    });
    const response = await client.getNotificationById(sent.data.id);
    expect(response.status).toBe(200);
    expect(Object.keys(response.data).sort()).toEqual(notificationKeys);
    expect(response.data).toMatchObject({
      id: sent.data.id,
      reference: null,
      email_address: 'resident@example.com',
      phone_number: null,
      line_1: null,
      postcode: null,
      type: 'email',
      status: 'created',
      template: {
        id: templates.email,
        version: 1,
        uri: `${baseUrl}/v2/template/${templates.email}/version/1`,
      },
      subject: 'Your parking permit application R1',
      created_by_name: null,
      sent_at: null,
      completed_at: null,
      scheduled_for: null,
      postage: null,
      one_click_unsubscribe_url: null,
      cost_details: {},
      cost_in_pounds: 0,
      is_cost_data_ready: true,
    });
    expect(response.data.created_at).toMatch(notifyDatePattern);
    expect(response.data.body).not.toContain('We will post your permit');

    emulator.control.advanceTime(6_000);
    const delivered = await client.getNotificationById(sent.data.id);
    expect(delivered.data).toMatchObject({ status: 'delivered' });
    expect(delivered.data.completed_at).toMatch(notifyDatePattern);
    expect(delivered.data.sent_at).toMatch(notifyDatePattern);
  });

  it('getNotifications filters by type, status, reference and older_than', async () => {
    const { templates } = emulator.credentials;
    const personalisation = { name: 'Ada', reference: 'R', permit_type: 'yes' };
    const first = await client.sendEmail(templates.email, 'a@example.com', {
      personalisation,
      reference: 'batch-1',
    });
    const second = await client.sendEmail(templates.email, 'perm-fail@simulator.notify', {
      personalisation,
      reference: 'batch-2',
    });
    const text = await client.sendSms(templates.sms, '07700900123', {
      personalisation: { name: 'A', reference: 'R' },
    });
    emulator.control.advanceTime(6_000);

    const all = await client.getNotifications();
    expect(all.data.notifications.map((notification) => notification.id)).toEqual([
      text.data.id,
      second.data.id,
      first.data.id,
    ]);
    expect(all.data.links).toEqual({
      current: `${baseUrl}/v2/notifications`,
      next: `${baseUrl}/v2/notifications?older_than=${first.data.id}`,
    });

    const emails = await client.getNotifications('email');
    expect(emails.data.notifications.map((notification) => notification.id)).toEqual([
      second.data.id,
      first.data.id,
    ]);
    const failed = await client.getNotifications(undefined, 'failed');
    expect(failed.data.notifications.map((notification) => notification.id)).toEqual([second.data.id]);
    expect(failed.data.notifications[0]?.status).toBe('permanent-failure');
    const byReference = await client.getNotifications(undefined, undefined, 'batch-1');
    expect(byReference.data.notifications.map((notification) => notification.id)).toEqual([first.data.id]);
    const older = await client.getNotifications('email', 'delivered', undefined, second.data.id);
    expect(older.data.notifications.map((notification) => notification.id)).toEqual([first.data.id]);
    expect(older.data.links.current).toBe(
      `${baseUrl}/v2/notifications?template_type=email&status=delivered&older_than=${second.data.id}`,
    );
    const none = await client.getNotifications('letter');
    expect(none.data).toEqual({
      notifications: [],
      links: { current: `${baseUrl}/v2/notifications?template_type=letter` },
    });
  });

  it('getPdfForLetterNotification returns a PDF once it is ready, and Notify’s errors before', async () => {
    const { templates } = emulator.credentials;
    const letter = await client.sendLetter(templates.letter, {
      personalisation: {
        address_line_1: 'Ada Lovelace',
        address_line_2: '1 Example Street',
        address_line_3: 'SW1A 1AA',
        name: 'Ada',
        reference: 'PP-1',
        expiry_date: 'soon',
      },
    });
    const early = await failureOf(client.getPdfForLetterNotification(letter.data.id));
    expect(early).toEqual({
      status: 400,
      data: {
        status_code: 400,
        errors: [{ error: 'PDFNotReadyError', message: 'PDF not available yet, try again later' }],
      },
    });
    emulator.control.advanceTime(3_000);
    const pdf = await client.getPdfForLetterNotification(letter.data.id);
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('(Ada Lovelace) Tj');

    const email = await client.sendEmail(templates.email, 'a@example.com', {
      personalisation: { name: 'A', reference: 'R', permit_type: 'no' },
    });
    expect(await failureOf(client.getPdfForLetterNotification(email.data.id))).toEqual({
      status: 400,
      data: {
        status_code: 400,
        errors: [{ error: 'BadRequestError', message: 'Notification is not a letter' }],
      },
    });
  });

  it('getTemplateById, getTemplateByIdAndVersion and getAllTemplates', async () => {
    const { templates } = emulator.credentials;
    const template = await client.getTemplateById(templates.email);
    expect(template.data).toEqual({
      id: templates.email,
      type: 'email',
      created_at: expect.stringMatching(notifyDatePattern),
      updated_at: null,
      created_by: 'developer@sandbox.councilkit.test',
      version: 1,
      body: expect.stringContaining('Dear ((name)),'),
      subject: 'Your parking permit application ((reference))',
      name: 'Parking permit application received',
      personalisation: {
        reference: { required: true },
        name: { required: true },
        permit_type: { required: true },
      },
      postage: null,
      letter_contact_block: null,
    });

    const id = emulator.control.registerTemplate({ type: 'sms', name: 'Reminder', body: 'Version one' });
    emulator.control.registerTemplate({ id, type: 'sms', name: 'Reminder', body: 'Version two, ((name))' });
    const latest = await client.getTemplateById(id);
    expect(latest.data).toMatchObject({ version: 2, body: 'Version two, ((name))', subject: null });
    expect(latest.data.updated_at).toMatch(notifyDatePattern);
    const first = await client.getTemplateByIdAndVersion(id, 1);
    expect(first.data).toMatchObject({
      id,
      version: 1,
      body: 'Version one',
      updated_at: null,
      personalisation: {},
    });

    const all = await client.getAllTemplates();
    expect(all.data.templates.map((entry) => entry.name)).toEqual([
      'Parking permit application received',
      'Parking permit application received (text)',
      'Parking permit document',
      'Parking permit letter',
      'Reminder',
    ]);
    const texts = await client.getAllTemplates('sms');
    expect(texts.data.templates.map((entry) => entry.id)).toEqual([templates.sms, id]);
  });

  it('previewTemplateById with and without personalisation', async () => {
    const { templates } = emulator.credentials;
    const preview = await client.previewTemplateById(templates.email, {
      name: 'Ada',
      reference: 'R9',
      permit_type: 'yes',
    });
    expect(preview.status).toBe(200);
    expect(preview.data).toEqual({
      id: templates.email,
      type: 'email',
      version: 1,
      body: expect.stringContaining('Dear Ada,'),
      html: expect.stringContaining(
        '<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Dear Ada,</p>',
      ),
      subject: 'Your parking permit application R9',
      postage: null,
    });

    const plain = emulator.control.registerTemplate({
      type: 'sms',
      name: 'Plain',
      body: 'No placeholders here',
    });
    const noPersonalisation = await client.previewTemplateById(plain);
    expect(noPersonalisation.data).toEqual({
      id: plain,
      type: 'sms',
      version: 1,
      body: 'No placeholders here',
      html: null,
      subject: null,
      postage: null,
    });

    expect(await failureOf(client.previewTemplateById(templates.email))).toEqual({
      status: 400,
      data: {
        status_code: 400,
        errors: [
          { error: 'BadRequestError', message: 'Missing personalisation: reference, name, permit_type' },
        ],
      },
    });
  });

  it('getReceivedTexts pages newest first', async () => {
    const first = emulator.control.receiveText({ from: '07700 900123', content: 'Yes please' });
    const second = emulator.control.receiveText({ from: '+447700900456', content: 'STOP' });
    const response = await client.getReceivedTexts();
    expect(response.data).toEqual({
      received_text_messages: [
        {
          id: second,
          created_at: expect.stringMatching(notifyDatePattern),
          service_id: serviceId,
          notify_number: '07700900555',
          user_number: '447700900456',
          content: 'STOP',
        },
        {
          id: first,
          created_at: expect.stringMatching(notifyDatePattern),
          service_id: serviceId,
          notify_number: '07700900555',
          user_number: '447700900123',
          content: 'Yes please',
        },
      ],
      links: {
        current: `${baseUrl}/v2/received-text-messages`,
        next: `${baseUrl}/v2/received-text-messages?older_than=${first}`,
      },
    });
    const older = await client.getReceivedTexts(second);
    expect(older.data.received_text_messages.map((text) => text.id)).toEqual([first]);
  });

  it('prepareUpload and sendEmail with a file', async () => {
    const { templates } = emulator.credentials;
    const upload = client.prepareUpload(Buffer.from('permit,holder\nPP-1,Ada\n'), { filename: 'permit.csv' });
    expect(upload).toMatchObject({
      filename: 'permit.csv',
      confirm_email_before_download: null,
      retention_period: null,
    });
    const response = await client.sendEmail(templates.emailWithFile, 'resident@example.com', {
      personalisation: { name: 'Ada', reference: 'PP-1', link_to_file: upload },
    });
    expect(response.status).toBe(201);
    expect(response.data.content.body).toMatch(
      new RegExp(
        `\\nhttps://documents\\.service\\.gov\\.uk/d/${serviceId}/[0-9a-f-]{36}\\?key=[A-Za-z0-9_-]+\\n`,
      ),
    );
    const withoutOptions = client.prepareUpload(Buffer.from('%PDF-1.4 tiny'));
    const second = await client.sendEmail(templates.emailWithFile, 'resident@example.com', {
      personalisation: { name: 'Ada', reference: 'PP-2', link_to_file: withoutOptions },
    });
    expect(second.status).toBe(201);
    expect(emulator.control.notifications()[1]?.files).toEqual([
      {
        url: expect.stringContaining('https://documents.service.gov.uk/d/'),
        filename: 'permit.csv',
        sizeInBytes: 23,
      },
    ]);
  });

  it('setClient swaps the HTTP client the methods use', async () => {
    const axios = createRequire(require.resolve('notifications-node-client'))('axios') as {
      create(config: { timeout: number }): Parameters<Client['setClient']>[0];
    };
    const custom = new NotifyClient(baseUrl, emulator.credentials.apiKey);
    custom.setClient(axios.create({ timeout: 5_000 }));
    const response = await custom.getAllTemplates('letter');
    expect(response.data.templates.map((template) => template.name)).toEqual(['Parking permit letter']);
  });

  describe('error bodies', () => {
    it('a key with the wrong secret is refused with AuthError', async () => {
      const wrongSecret = `${emulator.credentials.apiKey.slice(0, -36)}00000000-0000-4000-8000-000000000000`;
      const failure = await failureOf(new NotifyClient(baseUrl, wrongSecret).getNotifications());
      expect(failure).toEqual({
        status: 403,
        data: {
          status_code: 403,
          errors: [{ error: 'AuthError', message: 'Invalid token: API key not found' }],
        },
      });
    });

    it('a key for another service is refused with AuthError', async () => {
      const otherService = `someone_else-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222`;
      const failure = await failureOf(
        new NotifyClient(baseUrl, otherService).getTemplateById(emulator.credentials.templates.sms),
      );
      expect(failure).toEqual({
        status: 403,
        data: {
          status_code: 403,
          errors: [{ error: 'AuthError', message: 'Invalid token: service not found' }],
        },
      });
    });

    it('missing personalisation', async () => {
      const failure = await failureOf(
        client.sendEmail(emulator.credentials.templates.email, 'a@example.com', {
          personalisation: { name: 'Ada' },
        }),
      );
      expect(failure).toEqual({
        status: 400,
        data: {
          status_code: 400,
          errors: [{ error: 'BadRequestError', message: 'Missing personalisation: reference, permit_type' }],
        },
      });
    });

    it('an invalid phone number', async () => {
      const failure = await failureOf(
        client.sendSms(emulator.credentials.templates.sms, '07700 9001', {
          personalisation: { name: 'A', reference: 'R' },
        }),
      );
      expect(failure).toEqual({
        status: 400,
        data: {
          status_code: 400,
          errors: [{ error: 'ValidationError', message: 'phone_number Not enough digits' }],
        },
      });
      const letters = await failureOf(
        client.sendSms(emulator.credentials.templates.sms, '07700 9OO123', {
          personalisation: { name: 'A', reference: 'R' },
        }),
      );
      expect(letters.data).toEqual({
        status_code: 400,
        errors: [{ error: 'ValidationError', message: 'phone_number Must not contain letters or symbols' }],
      });
    });

    it('the rate limit', async () => {
      emulator.control.forceRateLimit(1);
      const failure = await failureOf(
        client.sendSms(emulator.credentials.templates.sms, '07700900123', {
          personalisation: { name: 'A', reference: 'R' },
        }),
      );
      expect(failure).toEqual({
        status: 429,
        data: {
          status_code: 429,
          errors: [
            {
              error: 'RateLimitError',
              message: 'Exceeded rate limit for key type TEST of 3000 requests per 60 seconds',
            },
          ],
        },
      });
      const next = await client.sendSms(emulator.credentials.templates.sms, '07700900123', {
        personalisation: { name: 'A', reference: 'R' },
      });
      expect(next.status).toBe(201);
    });
  });
});
