import { ValidationError } from '@councilkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds as templates } from './seed-templates.js';
import type { NotifyEmulator } from './types.js';

// A fresh emulator per test, so every test's clock starts at the same moment.
let emulator: NotifyEmulator;
beforeEach(() => {
  emulator = createTestEmulator();
});
afterEach(() => emulator.close());

async function sendEmail(to: string, apiKey?: string) {
  const result = await call(emulator, 'POST', '/v2/notifications/email', {
    ...(apiKey === undefined ? {} : { apiKey }),
    body: {
      email_address: to,
      template_id: templates.email,
      personalisation: { name: 'A', reference: 'R', permit_type: 'no' },
    },
  });
  expect(result.status).toBe(201);
  return String(result.body['id']);
}

async function sendSms(to: string) {
  const result = await call(emulator, 'POST', '/v2/notifications/sms', {
    body: { phone_number: to, template_id: templates.sms, personalisation: { name: 'A', reference: 'R' } },
  });
  expect(result.status).toBe(201);
  return String(result.body['id']);
}

async function notification(id: string) {
  return (await call(emulator, 'GET', `/v2/notifications/${id}`)).body;
}

describe('status progression on the emulator clock', () => {
  it('moves created → sending → delivered, setting sent_at and completed_at', async () => {
    const id = await sendEmail('resident@example.com');
    expect(await notification(id)).toMatchObject({ status: 'created', sent_at: null, completed_at: null });
    emulator.control.advanceTime(1_000);
    expect(await notification(id)).toMatchObject({
      status: 'sending',
      sent_at: '2026-03-02T10:00:01.000000Z',
      completed_at: null,
    });
    emulator.control.advanceTime(4_000);
    expect(await notification(id)).toMatchObject({
      status: 'delivered',
      sent_at: '2026-03-02T10:00:01.000000Z',
      completed_at: '2026-03-02T10:00:05.000000Z',
    });
  });

  it('ends in the simulator recipients’ failures', async () => {
    const temporary = await sendEmail('temp-fail@simulator.notify');
    const permanent = await sendEmail('Perm-Fail@Simulator.Notify');
    const smsTemporary = await sendSms('07700900003');
    const smsPermanent = await sendSms('+44 7700 900002');
    const smsDelivered = await sendSms('07700900001');
    emulator.control.advanceTime(5_000);
    expect((await notification(temporary))['status']).toBe('temporary-failure');
    expect((await notification(permanent))['status']).toBe('permanent-failure');
    expect((await notification(smsTemporary))['status']).toBe('temporary-failure');
    expect((await notification(smsPermanent))['status']).toBe('permanent-failure');
    expect(await notification(smsDelivered)).toMatchObject({
      status: 'delivered',
      cost_details: { billable_sms_fragments: 1, international_rate_multiplier: 1 },
      is_cost_data_ready: true,
    });
  });

  it('does the same for live keys (nothing is really sent)', async () => {
    const id = await sendEmail('perm-fail@simulator.notify', emulator.credentials.liveApiKey);
    emulator.control.advanceTime(5_000);
    expect((await notification(id))['status']).toBe('permanent-failure');
  });

  it('answers smoke-test recipients with a 201 but stores nothing', async () => {
    const email = await sendEmail('simulate-delivered-2@notifications.service.gov.uk');
    const sms = await sendSms('07700 900111');
    for (const id of [email, sms]) {
      expect((await call(emulator, 'GET', `/v2/notifications/${id}`)).body).toEqual(
        errorBody(404, 'NoResultFound', 'No result found'),
      );
    }
    expect(emulator.control.notifications()).toEqual([]);
  });

  it('shows letters as accepted, then received', async () => {
    const letter = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: {
        template_id: templates.letter,
        personalisation: {
          address_line_1: 'A',
          address_line_2: 'B',
          postcode: 'SW1A 1AA',
          name: 'A',
          reference: 'R',
          expiry_date: 'E',
        },
      },
    });
    const id = String(letter.body['id']);
    expect(await notification(id)).toMatchObject({
      type: 'letter',
      status: 'accepted',
      line_1: 'A',
      line_2: 'B',
      line_3: null,
      postcode: 'SW1A 1AA',
      postage: 'second',
      // notifications-utils letter_timings.py: printed Tuesday, then up to 1 + 4 Royal Mail working days.
      estimated_delivery: '2026-03-10T16:00:00.000000Z',
    });
    expect(emulator.control.notifications()[0]?.status).toBe('sending');
    emulator.control.advanceTime(10_000);
    expect(await notification(id)).toMatchObject({
      status: 'received',
      cost_details: { billable_sheets_of_paper: 1, postage: 'second' },
    });
  });

  it('checks precompiled letters, failing anything that is not a PDF', async () => {
    const send = async (content: Buffer) =>
      String(
        (
          await call(emulator, 'POST', '/v2/notifications/letter', {
            body: { reference: 'pdf', content: content.toString('base64') },
          })
        ).body['id'],
      );
    const pdf = await send(Buffer.from('%PDF-1.4\n%%EOF\n'));
    const notPdf = await send(Buffer.from('hello'));
    expect((await notification(pdf))['status']).toBe('pending-virus-check');
    emulator.control.advanceTime(1_000);
    expect((await notification(pdf))['status']).toBe('accepted');
    expect(await notification(notPdf)).toMatchObject({ status: 'validation-failed', cost_in_pounds: 0 });
  });
});

describe('control.setStatus', () => {
  it('moves a message as Notify would and stops the planned progression', async () => {
    const id = await sendEmail('resident@example.com');
    emulator.control.setStatus(id, 'technical-failure');
    emulator.control.advanceTime(10_000);
    expect(await notification(id)).toMatchObject({
      status: 'technical-failure',
      completed_at: '2026-03-02T10:00:00.000000Z',
    });
  });

  it('refuses unknown ids and statuses', async () => {
    const id = await sendEmail('resident@example.com');
    expect(() => emulator.control.setStatus('0f0f0f0f-0000-4000-8000-000000000000', 'delivered')).toThrow(
      ValidationError,
    );
    expect(() => emulator.control.setStatus(id, 'lost' as 'delivered')).toThrow(ValidationError);
  });

  it('advances time only forwards', () => {
    expect(() => emulator.control.advanceTime(-1)).toThrow(ValidationError);
  });
});

describe('control.notifications', () => {
  it('lists every stored message newest first with its rendered content', async () => {
    const email = await sendEmail('resident@example.com');
    const sms = await sendSms('07700900123');
    expect(emulator.control.notifications()).toMatchObject([
      {
        id: sms,
        type: 'sms',
        from: 'GOVUK',
        keyType: 'test',
        body: expect.stringContaining('A, we have received'),
      },
      {
        id: email,
        type: 'email',
        subject: 'Your parking permit application R',
        html: expect.stringContaining('<p style='),
        from: 'councilkit.sandbox@notifications.service.gov.uk',
      },
    ]);
  });
});
