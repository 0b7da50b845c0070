import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, keyParts, signToken, testStart } from './notify.test-helper.js';
import { pythonFloatRepr } from './python-number.js';
import { isUri } from './uri.js';

const emulator = createTestEmulator();
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());
const { templates } = emulator.credentials;
const nowSeconds = Math.floor(testStart.getTime() / 1000);
const validation = (...messages: string[]) => ({
  status_code: 400,
  errors: messages.map((message) => ({ error: 'ValidationError', message })),
});

async function post(type: 'email' | 'sms', body: Record<string, unknown>) {
  return call(emulator, 'POST', `/v2/notifications/${type}`, { body });
}

describe('one_click_unsubscribe_url (notifications-api app/schema_validation/definitions.py `https_url`)', () => {
  const email = { email_address: 'a@example.com', template_id: templates.email };
  const personalisation = { name: 'Ada', reference: 'PP-1', permit_type: 'yes' };

  it('must be an RFC 3986 URI (jsonschema `uri` format) starting https', async () => {
    for (const url of [
      'https://example.com/unsubscribe?id=1&x=%20',
      'https://user@[::1]:8443/a',
      'https:x',
    ]) {
      expect(isUri(url)).toBe(true);
      expect(
        (await post('email', { ...email, personalisation, one_click_unsubscribe_url: url })).status,
      ).toBe(201);
    }
    for (const url of [
      'https://exa mple.com',
      'https://example.com/%zz',
      'https://example.com/ü',
      'http://a',
    ]) {
      expect(
        (await post('email', { ...email, personalisation, one_click_unsubscribe_url: url })).body,
      ).toEqual(validation('one_click_unsubscribe_url is not a valid https url'));
    }
  });
});

describe('scheduled_for (app/schema_validation/__init__.py, `datetime.fromisoformat`)', () => {
  const sms = {
    phone_number: '07700900123',
    template_id: templates.sms,
    personalisation: { name: 'A', reference: 'R' },
  };

  it('takes every form Python’s parser takes', async () => {
    // The emulator's clock is 2026-03-02T10:00:00Z, a Monday in ISO week 10.
    for (const when of [
      '2026-03-02 10:30',
      '2026-03-02T1030',
      '20260302T103000',
      '2026-W10-1T10:30',
      '2026W101T11',
      '2026-03-02T10.5',
      '2026-03-02T10:30:00,5+05:00',
      '2026-03-02x12',
    ]) {
      expect((await post('sms', { ...sms, scheduled_for: when })).status, when).toBe(201);
    }
  });

  it('refuses what it refuses, and times outside the next 24 hours', async () => {
    const invalid =
      'scheduled_for datetime format is invalid. It must be a valid ISO8601 date time format, https://en.wikipedia.org/wiki/ISO_8601';
    for (const when of ['2026-03-02T', '2026-3-2 10:30', '2026-03-02T10:30:', '2026-03-02T10:30+1']) {
      expect((await post('sms', { ...sms, scheduled_for: when })).body, when).toEqual(validation(invalid));
    }
    expect((await post('sms', { ...sms, scheduled_for: '2026-03-02T09:59' })).body).toEqual(
      validation('scheduled_for datetime can not be in the past'),
    );
    expect((await post('sms', { ...sms, scheduled_for: '2026-W10-3' })).body).toEqual(
      validation('scheduled_for datetime can only be 24 hours in the future'),
    );
  });
});

describe('unexpected properties (jsonschema `additionalProperties`: sorted)', () => {
  it('are listed in code-point order, not as sent', async () => {
    const result = await post('sms', {
      phone_number: '07700900123',
      template_id: templates.sms,
      zebra: 1,
      Apple: 2,
      apple: 3,
    });
    expect(result.body).toEqual(
      validation('Additional properties are not allowed (Apple, apple, zebra were unexpected)'),
    );
  });
});

describe('personalisation numbers (Python `str()` of what `json.loads` read)', () => {
  it('shows floats as Python does', () => {
    expect([1, 100, 0.1, 1.5, 1e16, 1.5e-7, 0.0001, 1e-5, -0].map(pythonFloatRepr)).toEqual([
      '1.0',
      '100.0',
      '0.1',
      '1.5',
      '1e+16',
      '1.5e-07',
      '0.0001',
      '1e-05',
      '-0.0',
    ]);
  });

  it('fills a text message with 1.0, 100.0 and exact large integers', async () => {
    const templateId = emulator.control.registerTemplate({
      type: 'sms',
      name: 'n',
      body: '((a)) ((b)) ((c)) ((d))',
    });
    const result = await call(emulator, 'POST', '/v2/notifications/sms', {
      rawBody: `{"phone_number": "07700900123", "template_id": "${templateId}",
        "personalisation": {"a": 1.0, "b": 1e2, "c": 12345678901234567890, "d": 7}}`,
    });
    expect((result.body['content'] as { body: string }).body).toBe('1.0 100.0 12345678901234567890 7');
    // Tests reading what was sent see plain numbers.
    expect(emulator.control.notifications()[0]?.personalisation).toEqual({
      a: 1,
      b: 100,
      c: 12345678901234567000,
      d: 7,
    });
  });
});

describe('JWT claims (notifications-python-client authentication.py over PyJWT api_jwt.py)', () => {
  const { serviceId, secret } = keyParts(emulator.credentials.apiKey);
  const general =
    'Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header';
  const clock = 'Error: Your system clock must be accurate to within 30 seconds';
  const withClaims = async (claims: Record<string, unknown>) => {
    const token = signToken({ iss: serviceId, iat: nowSeconds, ...claims }, secret);
    const result = await call(emulator, 'GET', '/v2/templates', { authorization: `Bearer ${token}` });
    return result.status === 200 ? 'accepted' : (result.body['errors'] as { message: string }[])[0]?.message;
  };

  it('refuses an audience, a non-string subject or JWT id with the general message', async () => {
    expect(await withClaims({ aud: 'notify' })).toBe(general);
    expect(await withClaims({ aud: ['notify'] })).toBe(general);
    expect(await withClaims({ aud: '' })).toBe('accepted');
    expect(await withClaims({ sub: 123 })).toBe(general);
    expect(await withClaims({ sub: 'council' })).toBe('accepted');
    expect(await withClaims({ jti: 1 })).toBe(general);
  });

  it('refuses a future nbf with the clock message', async () => {
    expect(await withClaims({ nbf: nowSeconds + 31 })).toBe(clock);
    expect(await withClaims({ nbf: nowSeconds + 30 })).toBe('accepted');
  });

  it('reads exp as Python’s int(): a numeric string counts, any other string is not this key', async () => {
    expect(await withClaims({ exp: String(nowSeconds + 60) })).toBe('accepted');
    expect(await withClaims({ exp: String(nowSeconds - 60) })).toBe(general);
    expect(await withClaims({ exp: 'tomorrow' })).toBe('Invalid token: API key not found');
    expect(await withClaims({ nbf: 'soon' })).toBe('Invalid token: API key not found');
  });

  it('answers a null exp as Notify does: a server error', async () => {
    const token = signToken({ iss: serviceId, iat: nowSeconds, exp: null }, secret);
    expect((await call(emulator, 'GET', '/v2/templates', { authorization: `Bearer ${token}` })).status).toBe(
      500,
    );
  });
});

describe('recipients (notifications-api `persist_notification`)', () => {
  it('are stored without surrounding or zero-width spaces', async () => {
    const sent = await post('sms', {
      phone_number: ' 07700\u200b900123 ',
      template_id: templates.sms,
      personalisation: { name: 'A', reference: 'R' },
    });
    const read = await call(emulator, 'GET', `/v2/notifications/${String(sent.body['id'])}`);
    expect(read.body['phone_number']).toBe('07700900123');
  });
});
