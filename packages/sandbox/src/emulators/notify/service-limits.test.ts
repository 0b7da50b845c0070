import { afterAll, describe, expect, it } from 'vitest';
import { estimatedDelivery } from './letter-timings.js';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';

const smsPersonalisation = { name: 'Ada', reference: 'PP-1' };
const letterPersonalisation = {
  address_line_1: 'Ada Lovelace',
  address_line_2: '1 Example Street',
  address_line_3: 'SW1A 1AA',
  name: 'Ada',
  reference: 'PP-1',
  expiry_date: '1 April 2027',
};

describe('daily limits (notifications-api app/notifications/validators.py, app/v2/errors.py)', () => {
  const emulator = createTestEmulator({ dailyLimits: { sms: 3, internationalSms: 1 } });
  afterAll(() => emulator.close());
  const { liveApiKey, apiKey, templates } = emulator.credentials;
  const text = (phone: string, key = liveApiKey) =>
    call(emulator, 'POST', '/v2/notifications/sms', {
      apiKey: key,
      body: { phone_number: phone, template_id: templates.sms, personalisation: smsPersonalisation },
    });

  it('refuses the send past the day’s limit with TooManyRequestsError', async () => {
    expect((await text('07700900123')).status).toBe(201);
    expect((await text('+33 6 12 34 56 78')).status).toBe(201);
    expect((await text('+33 6 12 34 56 79')).body).toEqual(
      errorBody(429, 'TooManyRequestsError', 'Exceeded send limits (international_sms: 1) for today'),
    );
    expect((await text('07700900124')).status).toBe(201);
    expect((await text('07700900125')).body).toEqual(
      errorBody(429, 'TooManyRequestsError', 'Exceeded send limits (sms: 3) for today'),
    );
    // Test keys keep their own count, which sending never raises.
    expect((await text('07700900124', apiKey)).status).toBe(201);
  });

  it('starts again at midnight UTC', async () => {
    emulator.control.advanceTime(24 * 60 * 60 * 1000);
    expect((await text('07700900124')).status).toBe(201);
  });

  it('is small on a trial service', async () => {
    const trial = createTestEmulator({ trialMode: true });
    const { teamMember } = trial.credentials;
    for (let sent = 0; sent < 50; sent += 1) {
      const result = await call(trial, 'POST', '/v2/notifications/sms', {
        apiKey: trial.credentials.teamApiKey,
        body: {
          phone_number: teamMember.phoneNumber,
          template_id: trial.credentials.templates.sms,
          personalisation: smsPersonalisation,
        },
      });
      expect(result.status).toBe(201);
      trial.control.forceRateLimit(0);
    }
    const refused = await call(trial, 'POST', '/v2/notifications/sms', {
      apiKey: trial.credentials.teamApiKey,
      body: {
        phone_number: teamMember.phoneNumber,
        template_id: trial.credentials.templates.sms,
        personalisation: smsPersonalisation,
      },
    });
    expect(refused.body).toEqual(
      errorBody(429, 'TooManyRequestsError', 'Exceeded send limits (sms: 50) for today'),
    );
    await trial.close();
  });
});

describe('archived templates (validators.py `check_template_is_active`)', () => {
  const emulator = createTestEmulator();
  afterAll(() => emulator.close());

  it('refuses sends with "Template has been deleted" and still shows the template', async () => {
    const id = emulator.control.registerTemplate({ type: 'sms', name: 'Old', body: 'Hello' });
    emulator.control.archiveTemplate(id);
    const sent = await call(emulator, 'POST', '/v2/notifications/sms', {
      body: { phone_number: '07700900123', template_id: id },
    });
    expect(sent.body).toEqual(errorBody(400, 'BadRequestError', 'Template has been deleted'));
    expect((await call(emulator, 'GET', `/v2/template/${id}`)).status).toBe(200);
    const list = await call(emulator, 'GET', '/v2/templates?type=sms');
    expect((list.body['templates'] as { id: string }[]).map((template) => template.id)).not.toContain(id);
  });
});

describe('data retention (app/celery/nightly_tasks.py)', () => {
  const emulator = createTestEmulator({ dataRetentionDays: { sms: 3 } });
  afterAll(() => emulator.close());

  it('stops finding a notification once it is older than the service keeps it', async () => {
    // Sent at 10:00 on Monday 2 March 2026; kept while created after London midnight 3 days before.
    const sent = await call(emulator, 'POST', '/v2/notifications/sms', {
      body: {
        phone_number: '07700900123',
        template_id: emulator.credentials.templates.sms,
        personalisation: smsPersonalisation,
      },
    });
    const id = String(sent.body['id']);
    emulator.control.advanceTime((3 * 24 + 13) * 60 * 60 * 1000); // Thursday 23:00
    expect((await call(emulator, 'GET', `/v2/notifications/${id}`)).status).toBe(200);
    emulator.control.advanceTime(60 * 60 * 1000); // Friday 00:00 London
    expect((await call(emulator, 'GET', `/v2/notifications/${id}`)).body).toEqual(
      errorBody(404, 'NoResultFound', 'No result found'),
    );
    const list = await call(emulator, 'GET', '/v2/notifications');
    expect(list.body['notifications']).toEqual([]);
  });
});

describe('estimated_delivery (notifications-utils letter_timings.py, `LetterTimings`)', () => {
  it('counts print and post working days in London time, skipping bank holidays', () => {
    // Monday 2 March 2026 10:00 UTC: printed Tuesday, second class up to 5 post days later.
    expect(estimatedDelivery(new Date('2026-03-02T10:00:00.000Z'), 'second').toISOString()).toBe(
      '2026-03-10T16:00:00.000Z',
    );
    // First class: Saturdays count.
    expect(estimatedDelivery(new Date('2026-03-05T10:00:00.000Z'), 'first').toISOString()).toBe(
      '2026-03-07T16:00:00.000Z',
    );
    // After 17:30 London it is the next day's; in summer 16:00 London is 15:00 UTC; seconds stay.
    expect(estimatedDelivery(new Date('2026-06-01T17:00:42.000Z'), 'first').toISOString()).toBe(
      '2026-06-04T15:00:42.000Z',
    );
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
    expect(estimatedDelivery(new Date('2026-04-02T10:00:00.000Z'), 'first').toISOString()).toBe(
      '2026-04-08T15:00:00.000Z',
    );
    expect(estimatedDelivery(new Date('2026-03-02T10:00:00.000Z'), 'rest-of-world').toISOString()).toBe(
      '2026-03-13T16:00:00.000Z',
    );
  });

  it('is what the API shows for a letter', async () => {
    const emulator = createTestEmulator();
    const sent = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: { template_id: emulator.credentials.templates.letter, personalisation: letterPersonalisation },
    });
    const read = await call(emulator, 'GET', `/v2/notifications/${String(sent.body['id'])}`);
    expect(read.body['estimated_delivery']).toBe('2026-03-10T16:00:00.000000Z');
    await emulator.close();
  });
});
