import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator } from './notify.test-helper.js';
import { parsePhoneNumberLikeNotify } from './phone-number.js';
import { downgradeForSms, smsFragmentCount } from './typography.js';

describe('the GSM downgrade (notifications-utils `sanitise_text.py`, SanitiseSMS.encode)', () => {
  it('keeps GSM and Welsh characters, downgrades accents and punctuation, and makes the rest ?', () => {
    expect(downgradeForSms('Bore da, Siân! £5 {ok} €1')).toBe('Bore da, Siân! £5 {ok} €1');
    expect(downgradeForSms('Gŵyl Dewi – “hwyl” ŷ')).toBe('Gŵyl Dewi - "hwyl" ŷ');
    // ç and ź have base letters GSM carries; Ł has a replacement; ó is Welsh; the Ångström sign is Å.
    expect(downgradeForSms('façade Łódź Å')).toBe('facade Lódz Å');
    // Emoji, other scripts and the backtick have no downgrade.
    expect(downgradeForSms('ok 👍 привет `x`')).toBe('ok ? ?????? ?x?');
  });
});

describe('fragments (notifications-utils `template.py`, BaseSMSTemplate.fragment_count)', () => {
  it('counts GSM as 160 or 153 a part, extension characters twice', () => {
    expect(smsFragmentCount('a'.repeat(160))).toBe(1);
    expect(smsFragmentCount('a'.repeat(161))).toBe(2);
    expect(smsFragmentCount(`${'a'.repeat(159)}€`)).toBe(2);
    expect(smsFragmentCount('a'.repeat(306))).toBe(2);
    expect(smsFragmentCount('a'.repeat(307))).toBe(3);
  });

  it('counts a Welsh letter outside GSM as UCS-2: 70, or 67 a part', () => {
    expect(smsFragmentCount(`ŵ${'a'.repeat(69)}`)).toBe(1);
    expect(smsFragmentCount(`ŵ${'a'.repeat(70)}`)).toBe(2);
    expect(smsFragmentCount(`ŵ${'a'.repeat(134)}`)).toBe(3);
    // à is in GSM, so it does not switch the message to UCS-2.
    expect(smsFragmentCount(`à${'a'.repeat(100)}`)).toBe(1);
  });
});

describe('international numbers (notifications-utils `recipient_validation/phone_number.py`)', () => {
  const invalid = 'Number is not valid – double check the phone number you entered';
  const refusal = (number: string) => {
    try {
      parsePhoneNumberLikeNotify(number);
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('refuses premium-rate and toll-free numbers abroad, as libphonenumber types them', () => {
    expect(refusal('+1 800 555 0123')).toBe(invalid);
    expect(refusal('+1 900 555 0123')).toBe(invalid);
    expect(refusal('+33 8 92 12 34 56')).toBe(invalid);
    expect(refusal('+353 1800 123 456')).toBe(invalid);
    expect(refusal('+61 1800 123 456')).toBe(invalid);
    expect(refusal('+49 900 1234567')).toBe(invalid);
    // Mobiles and landlines there pass.
    expect(refusal('+1 202 555 0123')).toBe('accepted');
    expect(refusal('+33 6 12 34 56 78')).toBe('accepted');
    expect(refusal('+353 85 123 4567')).toBe('accepted');
    expect(refusal('+61 412 345 678')).toBe('accepted');
  });

  it('refuses numbers no valid number starts with', () => {
    expect(refusal('+1 123 555 0123')).toBe(invalid);
  });
});

describe('texts through the API', () => {
  const emulator = createTestEmulator({ statusDelays: { sendingAfterMs: 0, finalAfterMs: 10 } });
  const ukOnly = createTestEmulator({ permissions: ['email', 'sms', 'letter'] });
  afterAll(async () => {
    await emulator.close();
    await ukOnly.close();
  });
  beforeEach(() => emulator.control.reset());

  async function send(target: typeof emulator, body: string, phoneNumber: string) {
    const templateId = target.control.registerTemplate({ type: 'sms', name: 'Free text', body: '((text))' });
    return call(target, 'POST', '/v2/notifications/sms', {
      body: { phone_number: phoneNumber, template_id: templateId, personalisation: { text: body } },
    });
  }

  it('returns and bills the downgraded content; Welsh makes more parts', async () => {
    const sent = await send(emulator, `Diolch 🙂 ŵ${'a'.repeat(80)}`, '07700900123');
    expect((sent.body['content'] as { body: string }).body).toBe(`Diolch ? ŵ${'a'.repeat(80)}`);
    emulator.control.advanceTime(20);
    const read = await call(emulator, 'GET', `/v2/notifications/${String(sent.body['id'])}`);
    expect(read.body['cost_details']).toEqual({
      billable_sms_fragments: 2,
      international_rate_multiplier: 1,
      sms_rate: expect.any(Number),
    });
  });

  it('bills a text abroad at the country’s rate multiplier (international_billing_rates.yml)', async () => {
    const sent = await send(emulator, 'Hello', '+33 6 12 34 56 78');
    emulator.control.advanceTime(20);
    const read = await call(emulator, 'GET', `/v2/notifications/${String(sent.body['id'])}`);
    expect(read.body['cost_details']).toMatchObject({
      billable_sms_fragments: 1,
      international_rate_multiplier: 2,
    });
  });

  it('answers with Notify’s messages for premium-rate numbers, numbers abroad and landlines', async () => {
    expect((await send(emulator, 'Hi', '+1 900 555 0123')).body).toEqual({
      status_code: 400,
      errors: [
        {
          error: 'ValidationError',
          message: 'phone_number Number is not valid – double check the phone number you entered',
        },
      ],
    });
    expect((await send(ukOnly, 'Hi', '+33 6 12 34 56 78')).body).toEqual({
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'Cannot send to international mobile numbers' }],
    });
    expect((await send(ukOnly, 'Hi', '020 7946 0000')).body).toEqual({
      status_code: 400,
      errors: [{ error: 'InvalidPhoneError', message: 'Not a UK mobile number' }],
    });
    expect((await send(emulator, 'Hi', '07700 900 123 456')).body).toEqual({
      status_code: 400,
      errors: [{ error: 'ValidationError', message: 'phone_number Too many digits' }],
    });
  });
});
