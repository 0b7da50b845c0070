import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';

const emulator = createTestEmulator();
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());
const { templates, serviceId } = emulator.credentials;
const emailPersonalisation = { name: 'Ada', reference: 'PP-1', permit_type: 'yes' };
const smsPersonalisation = { name: 'Ada', reference: 'PP-1' };
const letterPersonalisation = {
  address_line_1: 'Ada Lovelace',
  address_line_2: '1 Example Street',
  address_line_3: 'SW1A 1AA',
  name: 'Ada',
  reference: 'PP-1',
  expiry_date: '1 April 2027',
};

function validation(...messages: string[]) {
  return { status_code: 400, errors: messages.map((message) => ({ error: 'ValidationError', message })) };
}

async function post(type: 'email' | 'sms' | 'letter', body: unknown, apiKey?: string) {
  const result = await call(emulator, 'POST', `/v2/notifications/${type}`, {
    body,
    ...(apiKey === undefined ? {} : { apiKey }),
  });
  return { status: result.status, body: result.body };
}

describe('request bodies', () => {
  it('refuses JSON it cannot parse, whatever the Content-Type', async () => {
    const result = await call(emulator, 'POST', '/v2/notifications/email', { rawBody: '{"email_address": ' });
    expect({ status: result.status, body: result.body }).toEqual({
      status: 400,
      body: errorBody(400, 'BadRequestError', 'Invalid JSON supplied in POST data'),
    });
  });

  it('lists every schema error, one entry each, in Notify’s order', async () => {
    expect(await post('email', {})).toEqual({
      status: 400,
      body: validation('email_address is a required property', 'template_id is a required property'),
    });
    expect(
      (await post('email', { email_address: 'nope', template_id: 'nope', foo: 1, bar: 2, reference: 7 }))
        .body,
    ).toEqual(
      validation(
        'reference 7 is not of type string',
        'email_address Not a valid email address',
        'template_id is not a valid UUID',
        'Additional properties are not allowed (bar, foo were unexpected)',
      ),
    );
    expect((await post('sms', [1, 'two'])).body).toEqual(validation('[1, two] is not of type object'));
  });

  it('words type, length, UUID and URL errors as Notify does', async () => {
    const base = { email_address: 'a@example.com', template_id: templates.email };
    expect((await post('email', { ...base, personalisation: 'abc' })).body).toEqual(
      validation('personalisation abc is not of type object'),
    );
    expect((await post('email', { ...base, personalisation: [1, 2] })).body).toEqual(
      validation('personalisation [1, 2] is not of type object'),
    );
    expect((await post('email', { ...base, template_id: 42 })).body).toEqual(
      validation('template_id is not a valid UUID'),
    );
    expect((await post('email', { ...base, reference: 'x'.repeat(1001) })).body).toEqual(
      validation(`reference ${'x'.repeat(1001)} is too long`),
    );
    expect((await post('email', { ...base, one_click_unsubscribe_url: 'http://example.com' })).body).toEqual(
      validation('one_click_unsubscribe_url is not a valid https url'),
    );
    expect((await post('email', { ...base, email_reply_to_id: 'x' })).body).toEqual(
      validation('email_reply_to_id is not a valid UUID'),
    );
    expect(
      (await post('sms', { phone_number: '07700900123', template_id: templates.sms, sms_sender_id: 'x' }))
        .body,
    ).toEqual(validation('sms_sender_id is not a valid UUID'));
    expect((await post('email', { ...base, scheduled_for: '2020-01-01T10:00:00' })).body).toEqual(
      validation('scheduled_for datetime can not be in the past'),
    );
  });

  it('checks recipients by Notify’s rules', async () => {
    expect(
      (await post('email', { email_address: 'a..b@example.com', template_id: templates.email })).body,
    ).toEqual(validation('email_address Not a valid email address'));
    expect((await post('sms', { phone_number: '0770090012345', template_id: templates.sms })).body).toEqual(
      validation('phone_number Too many digits'),
    );
    expect(
      await post('sms', {
        phone_number: '020 7946 0000',
        template_id: templates.sms,
        personalisation: smsPersonalisation,
      }),
    ).toEqual({ status: 400, body: errorBody(400, 'InvalidPhoneError', 'Not a UK mobile number') });
  });
});

describe('templates and personalisation', () => {
  it('refuses unknown templates and templates of another type', async () => {
    expect(
      await post('email', {
        email_address: 'a@example.com',
        template_id: '0f0f0f0f-0000-4000-8000-000000000000',
      }),
    ).toEqual({
      status: 400,
      body: errorBody(400, 'BadRequestError', 'Template not found'),
    });
    expect(
      (await post('email', { email_address: 'a@example.com', template_id: templates.sms })).body,
    ).toEqual(errorBody(400, 'BadRequestError', 'sms template is not suitable for email notification'));
  });

  it('lists missing personalisation in template order; null counts as missing', async () => {
    const result = await post('email', {
      email_address: 'a@example.com',
      template_id: templates.email,
      personalisation: { name: 'Ada', permit_type: null },
    });
    expect(result.body).toEqual(
      errorBody(400, 'BadRequestError', 'Missing personalisation: reference, permit_type'),
    );
  });

  it('matches placeholders ignoring case, spaces, hyphens and underscores', async () => {
    const id = emulator.control.registerTemplate({
      type: 'sms',
      name: 'Names',
      body: 'Hello ((First Name)) ((last-name))',
    });
    const result = await post('sms', {
      phone_number: '07700900123',
      template_id: id,
      personalisation: { first_name: 'Ada', LASTNAME: 'Lovelace' },
    });
    expect(result.body['content']).toEqual({ from_number: 'GOVUK', body: 'Hello Ada Lovelace' });
  });

  it('downgrades characters a text message cannot carry and tidies spacing', async () => {
    const id = emulator.control.registerTemplate({
      type: 'sms',
      name: 'Text',
      body: '  Hi ((name)) ,\n\n\n\nbye  ',
    });
    const result = await post('sms', {
      phone_number: '07700900123',
      template_id: id,
      personalisation: { name: '‘Ada’ — Łukasz çà…' },
    });
    expect((result.body['content'] as { body: string }).body).toBe("Hi 'Ada' - Lukasz cà...,\n\nbye");
  });

  it('shows a conditional for yes/true and hides it otherwise', async () => {
    const send = async (permitType: unknown) =>
      (
        (
          await post('email', {
            email_address: 'a@example.com',
            template_id: templates.email,
            personalisation: { ...emailPersonalisation, permit_type: permitType },
          })
        ).body['content'] as { body: string }
      ).body;
    expect(await send('yes')).toContain('We will post your permit');
    expect(await send(true)).toContain('We will post your permit');
    expect(await send('no')).not.toContain('We will post your permit');
    expect(await send('resident')).not.toContain('We will post your permit');
  });

  it('writes lists as bullets in emails and as a sentence in texts', async () => {
    const email = emulator.control.registerTemplate({
      type: 'email',
      name: 'L',
      subject: 'S',
      body: 'Streets:((streets))',
    });
    const sms = emulator.control.registerTemplate({ type: 'sms', name: 'L', body: 'Streets: ((streets))' });
    const streets = ['High Street', 'Mill Lane', 'Church Road'];
    const emailResult = await post('email', {
      email_address: 'a@example.com',
      template_id: email,
      personalisation: { streets },
    });
    expect((emailResult.body['content'] as { body: string }).body).toBe(
      'Streets:\n\n* High Street\n* Mill Lane\n* Church Road',
    );
    const smsResult = await post('sms', {
      phone_number: '07700900123',
      template_id: sms,
      personalisation: { streets },
    });
    expect((smsResult.body['content'] as { body: string }).body).toBe(
      'Streets: High Street, Mill Lane and Church Road',
    );
  });

  it('refuses empty and over-long messages', async () => {
    const id = emulator.control.registerTemplate({ type: 'sms', name: 'Anything', body: '((text))' });
    expect(
      (await post('sms', { phone_number: '07700900123', template_id: id, personalisation: { text: '' } }))
        .body,
    ).toEqual(errorBody(400, 'BadRequestError', 'Your message is empty.'));
    const tooLong = await post('sms', {
      phone_number: '07700900123',
      template_id: id,
      personalisation: { text: 'a'.repeat(919) },
    });
    expect(tooLong.body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        'Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long.',
      ),
    );
    const justRight = await post('sms', {
      phone_number: '07700900123',
      template_id: id,
      personalisation: { text: 'a'.repeat(918) },
    });
    expect(justRight.status).toBe(201);
  });

  it('sanitises the values named in sanitise_content_for', async () => {
    const result = await post('email', {
      email_address: 'a@example.com',
      template_id: templates.email,
      personalisation: { ...emailPersonalisation, name: 'Ada *bold* see evil.com' },
      sanitise_content_for: ['name'],
    });
    expect(result.body['sanitised_content']).toEqual({
      name: { unsanitised: 'Ada *bold* see evil.com', sanitised: 'Ada \\*bold\\* see evil\\. com' },
    });
  });

  it('refuses senders the service does not have', async () => {
    const missing = '1a2b3c4d-0000-4000-8000-000000000000';
    const result = await post('email', {
      email_address: 'a@example.com',
      template_id: templates.email,
      personalisation: emailPersonalisation,
      email_reply_to_id: missing,
    });
    expect(result.body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        `email_reply_to_id ${missing} does not exist in database for service id ${serviceId}`,
      ),
    );
  });
});

describe('key types', () => {
  it('lets a team key reach only the team', async () => {
    const { teamApiKey, teamMember } = emulator.credentials;
    expect(
      await post(
        'email',
        {
          email_address: 'stranger@example.com',
          template_id: templates.email,
          personalisation: emailPersonalisation,
        },
        teamApiKey,
      ),
    ).toEqual({
      status: 400,
      body: errorBody(400, 'BadRequestError', 'Can’t send to this recipient using a team-only API key'),
    });
    const email = await post(
      'email',
      {
        email_address: teamMember.emailAddress.toUpperCase(),
        template_id: templates.email,
        personalisation: emailPersonalisation,
      },
      teamApiKey,
    );
    expect(email.status).toBe(201);
    const sms = await post(
      'sms',
      { phone_number: '+44 7700 900456', template_id: templates.sms, personalisation: smsPersonalisation },
      teamApiKey,
    );
    expect(sms.status).toBe(201);
    expect(
      await post(
        'letter',
        { template_id: templates.letter, personalisation: letterPersonalisation },
        teamApiKey,
      ),
    ).toEqual({
      status: 403,
      body: errorBody(403, 'BadRequestError', 'Cannot send letters with a team api key'),
    });
  });

  it('keeps live keys to the team in trial mode, and lets test keys reach anyone', async () => {
    const trial = createTestEmulator({ trialMode: true });
    const live = await call(trial, 'POST', '/v2/notifications/email', {
      apiKey: trial.credentials.liveApiKey,
      body: {
        email_address: 'stranger@example.com',
        template_id: templates.email,
        personalisation: emailPersonalisation,
      },
    });
    expect(live.body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode',
      ),
    );
    const letter = await call(trial, 'POST', '/v2/notifications/letter', {
      apiKey: trial.credentials.liveApiKey,
      body: { template_id: templates.letter, personalisation: letterPersonalisation },
    });
    expect(letter.body).toEqual(
      errorBody(403, 'BadRequestError', 'Cannot send letters when service is in trial mode'),
    );
    const test = await call(trial, 'POST', '/v2/notifications/email', {
      body: {
        email_address: 'stranger@example.com',
        template_id: templates.email,
        personalisation: emailPersonalisation,
      },
    });
    expect(test.status).toBe(201);
    await trial.close();
  });
});

describe('letters', () => {
  it('requires personalisation and a real address', async () => {
    expect((await post('letter', { template_id: templates.letter })).body).toEqual(
      validation('personalisation is a required property'),
    );
    expect(
      (
        await post('letter', {
          template_id: templates.letter,
          personalisation: { ...letterPersonalisation, address_line_3: '' },
        })
      ).body,
    ).toEqual(validation('Address must be at least 3 lines'));
    expect(
      (
        await post('letter', {
          template_id: templates.letter,
          personalisation: { ...letterPersonalisation, address_line_3: 'Nowhere' },
        })
      ).body,
    ).toEqual(validation('Last line of address must be a real UK postcode or another country'));
  });

  it('returns the rendered letter and stores its address', async () => {
    const result = await post('letter', {
      template_id: templates.letter,
      personalisation: {
        ...letterPersonalisation,
        address_line_3: 'sw1a1aa',
        address_line_4: 'United Kingdom',
      },
    });
    expect(result.status).toBe(201);
    expect(result.body['content']).toEqual({
      subject: 'Your resident parking permit PP-1',
      body: expect.stringContaining('Dear Ada,'),
    });
    expect(emulator.control.notifications()[0]?.addressLines).toEqual([
      'Ada Lovelace',
      '1 Example Street',
      'SW1A 1AA',
    ]);
  });

  it('checks precompiled letters', async () => {
    expect((await post('letter', { content: 'JVBERi0=' })).body).toEqual(
      validation('reference is a required property'),
    );
    expect((await post('letter', { reference: 'r', content: 'JVBERi0=', postage: 'third' })).body).toEqual(
      validation('postage invalid. It must be either first, second or economy.'),
    );
    expect((await post('letter', { reference: 'r', content: 'not base64!' })).body).toEqual(
      errorBody(400, 'BadRequestError', 'Cannot decode letter content (invalid base64 encoding)'),
    );
    expect(
      (await post('letter', { reference: 'r', content: Buffer.from('%PDF-1.4').toString('base64') })).body,
    ).toEqual({
      id: expect.any(String),
      reference: 'r',
      postage: 'second',
    });
  });

  it('sends files by email only', async () => {
    const result = await post('sms', {
      phone_number: '07700900123',
      template_id: templates.sms,
      personalisation: { ...smsPersonalisation, extra: { file: 'YQ==' } },
    });
    expect(result.body).toEqual(errorBody(400, 'BadRequestError', 'Can only send a file by email'));
  });
});
