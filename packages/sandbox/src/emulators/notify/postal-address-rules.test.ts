import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator } from './notify.test-helper.js';
import { formatUkPostcode, validatePostalAddress } from './postal-address.js';

// Each rule follows notifications-utils `notifications_utils/recipient_validation/postal_address.py`
// (PostalAddress), `notifications_utils/countries/` (the country list and Royal Mail zones) and
// notifications-api `app/notifications/validators.py` (`validate_address`, its messages and order).

function refusal(personalisation: Record<string, unknown>, allowInternational = true): string {
  try {
    validatePostalAddress(personalisation, { allowInternational });
  } catch (error) {
    return (error as { toBody(): { errors: { message: string }[] } }).toBody().errors[0]?.message ?? '';
  }
  return 'accepted';
}

describe('UK postcodes (postal_address.py `_is_a_real_uk_postcode`, uk-postcode-zones.txt)', () => {
  it('accepts only real postcode areas, in any spacing and case', () => {
    expect(formatUkPostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(formatUkPostcode(' e1  6an ')).toBe('E1 6AN');
    expect(formatUkPostcode('BT7 1NN')).toBe('BT7 1NN');
    // Shaped like a postcode, but QQ and XY are no postcode area.
    expect(formatUkPostcode('QQ1 1AA')).toBeUndefined();
    expect(formatUkPostcode('XY1 1AA')).toBeUndefined();
    // The inward code never uses C, I, K, M, O or V.
    expect(formatUkPostcode('SW1A 1AC')).toBeUndefined();
  });

  it('refuses a fake postcode with the message for the service’s permission', () => {
    const address = { address_line_1: 'A Person', address_line_2: '1 Street', address_line_3: 'QQ1 1AA' };
    expect(refusal(address)).toBe('Last line of address must be a real UK postcode or another country');
    expect(refusal(address, false)).toBe('Must be a real UK postcode');
  });
});

describe('no fixed abode (postal_address.py `has_no_fixed_abode_address`)', () => {
  it('refuses NFA lines and "no fixed abode" or "no fixed address" anywhere', () => {
    const base = { address_line_1: 'A Person', address_line_2: '1 Street', address_line_3: 'SW1A 1AA' };
    expect(refusal({ ...base, address_line_2: 'NFA' })).toBe('Must be a real address');
    expect(refusal({ ...base, address_line_2: 'Of No Fixed Abode, Leeds' })).toBe('Must be a real address');
    expect(refusal({ ...base, address_line_1: 'no fixed address' })).toBe('Must be a real address');
    // "NFA" inside a line is a word like any other.
    expect(refusal({ ...base, address_line_2: '1 NFA Road' })).toBe('accepted');
  });
});

describe('addresses abroad (postal_address.py `international`, countries/__init__.py `Country`)', () => {
  it('reads the last line as a country by its name, code or another name, with Royal Mail’s zone', () => {
    const abroad = (country: string) =>
      validatePostalAddress({ address_line_1: 'A Person', address_line_2: '1 Rue', address_line_3: country });
    expect(abroad('france')).toEqual({
      lines: ['A Person', '1 Rue', 'France'],
      internationalPostage: 'europe',
    });
    expect(abroad('Deutschland').lines.at(-1)).toBe('Germany');
    expect(abroad('ESPANA').internationalPostage).toBe('europe');
    expect(abroad('USA')).toEqual({
      lines: ['A Person', '1 Rue', 'United States'],
      internationalPostage: 'rest-of-world',
    });
    // Notify also tries "the …": "Bahamas" is The Bahamas.
    expect(abroad('Bahamas').lines.at(-1)).toBe('The Bahamas');
    // A line with a digit is never a country.
    expect(refusal({ address_line_1: 'A Person', address_line_2: '1 Rue', address_line_3: 'France 1' })).toBe(
      'Last line of address must be a real UK postcode or another country',
    );
  });

  it('needs the international_letters permission', () => {
    const address = { address_line_1: 'A Person', address_line_2: '1 Rue', address_line_3: 'France' };
    expect(refusal(address, false)).toBe('Must be a real UK postcode');
  });

  it('reads the Crown Dependencies as the UK', () => {
    expect(
      validatePostalAddress({
        address_line_1: 'A Person',
        address_line_2: '1 Street',
        address_line_3: 'JE2 3AB',
        address_line_4: 'Jersey',
      }),
    ).toEqual({ lines: ['A Person', '1 Street', 'JE2 3AB'], internationalPostage: undefined });
  });
});

describe('a trailing UK country (postal_address.py `trailing_uk_countries`)', () => {
  it('drops UK names after the postcode', () => {
    expect(
      validatePostalAddress({
        address_line_1: 'A Person',
        address_line_2: '1 Street',
        address_line_3: 'CF10 1AA',
        address_line_4: 'Wales',
        address_line_5: 'UK',
      }).lines,
    ).toEqual(['A Person', '1 Street', 'CF10 1AA']);
  });

  it('drops as many lines from the end as there are UK names, as Notify does', () => {
    // "England" on line 2 counts too, so the postcode goes with "UK": Notify's own quirk.
    expect(
      refusal({
        address_line_1: 'A Person',
        address_line_2: 'England',
        address_line_3: '1 Street',
        address_line_4: 'SW1A 1AA',
        address_line_5: 'UK',
      }),
    ).toBe('Last line of address must be a real UK postcode or another country');
  });
});

describe('BFPO addresses (postal_address.py `_parse_and_extract_bfpo`, validators.py)', () => {
  it('accepts a BFPO number with or without a postcode and prints it last', () => {
    expect(
      validatePostalAddress({
        address_line_1: 'Sgt A Person',
        address_line_2: 'Unit 1',
        address_line_3: 'bfpo 801',
      }).lines,
    ).toEqual(['Sgt A Person', 'Unit 1', 'BFPO 801']);
    expect(
      validatePostalAddress({
        address_line_1: 'Sgt A Person',
        address_line_2: 'Unit 1',
        address_line_3: 'BFPO c/o 0105',
        address_line_4: 'bf1 4ab',
      }).lines,
    ).toEqual(['Sgt A Person', 'Unit 1', 'BF1 4AB', 'BFPO 105']);
  });

  it('refuses a BFPO address that names a country', () => {
    expect(
      refusal({
        address_line_1: 'Sgt A Person',
        address_line_2: 'Unit 1',
        address_line_3: 'BFPO 801',
        address_line_4: 'Germany',
      }),
    ).toBe('The last line of a BFPO address must not be a country.');
  });
});

describe('letters abroad through the API', () => {
  const emulator = createTestEmulator();
  const ukOnly = createTestEmulator({ permissions: ['email', 'sms', 'letter'] });
  afterAll(async () => {
    await emulator.close();
    await ukOnly.close();
  });
  beforeEach(() => emulator.control.reset());
  const personalisation = {
    address_line_1: 'Ada Lovelace',
    address_line_2: '1 Rue de Rivoli',
    address_line_3: '75001 Paris',
    address_line_4: 'France',
    name: 'Ada',
    reference: 'PP-1',
    expiry_date: '1 April 2027',
  };

  it('posts to Europe at europe postage, shown on the notification', async () => {
    const sent = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: { template_id: emulator.credentials.templates.letter, personalisation },
    });
    expect(sent.status).toBe(201);
    const read = await call(emulator, 'GET', `/v2/notifications/${String(sent.body['id'])}`);
    expect(read.body['postage']).toBe('europe');
    expect(emulator.control.notifications()[0]?.addressLines.at(-1)).toBe('France');
  });

  it('refuses it without the international_letters permission', async () => {
    const sent = await call(ukOnly, 'POST', '/v2/notifications/letter', {
      body: { template_id: ukOnly.credentials.templates.letter, personalisation },
    });
    expect(sent.body).toEqual({
      status_code: 400,
      errors: [{ error: 'ValidationError', message: 'Must be a real UK postcode' }],
    });
  });

  it('refuses a kind of message the service may not send (validators.py `check_service_has_permission`)', async () => {
    const emailOnly = createTestEmulator({ permissions: ['email'] });
    const sent = await call(emailOnly, 'POST', '/v2/notifications/sms', {
      body: { phone_number: '07700900123', template_id: emailOnly.credentials.templates.sms },
    });
    expect(sent.body).toEqual({
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'Service is not allowed to send text messages' }],
    });
    await emailOnly.close();
  });
});
