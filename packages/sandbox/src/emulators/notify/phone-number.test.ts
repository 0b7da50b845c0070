import { describe, expect, it } from 'vitest';
import {
  InvalidPhoneError,
  parsePhoneNumberLikeNotify,
  validatePhoneNumberLikeNotify,
} from './phone-number.js';

const anyNumber = { allowInternational: true, allowUkLandline: true };

function refusal(input: string, permissions = anyNumber): string | undefined {
  try {
    validatePhoneNumberLikeNotify(input, permissions);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidPhoneError) return error.message;
    throw error;
  }
}

describe('parsePhoneNumberLikeNotify', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '0044 7700 900123',
    '(+44) 7700 900123',
    '+44 (0)7700 900123',
    '447700900123',
    '0+447700900123',
    '+07700900123',
    '07700-900-123',
  ])('normalises %s to 447700900123', (input) => {
    expect(parsePhoneNumberLikeNotify(input).normalised).toBe('447700900123');
  });

  it('reads mobiles, landlines and international numbers', () => {
    expect(parsePhoneNumberLikeNotify('07911 123456')).toMatchObject({ isUk: true, isUkLandline: false });
    expect(parsePhoneNumberLikeNotify('020 7946 0000')).toMatchObject({
      normalised: '442079460000',
      isUkLandline: true,
    });
    expect(parsePhoneNumberLikeNotify('+1 202 555 0123')).toMatchObject({
      normalised: '12025550123',
      isUk: false,
    });
    expect(parsePhoneNumberLikeNotify('33612345678')).toMatchObject({
      normalised: '33612345678',
      countryCode: 33,
    });
  });
});

describe('validatePhoneNumberLikeNotify messages (the v2 API wording)', () => {
  it.each([
    ['07700 9001', 'Not enough digits'],
    ['', 'Not enough digits'],
    ['0770090012345', 'Too many digits'],
    ['07700 9OO123', 'Must not contain letters or symbols'],
    ['07700.900123', 'Must not contain letters or symbols'],
    ['0900 123 4567', 'Number is not valid – double check the phone number you entered'],
    ['+999 123456789', 'Too many digits'],
  ])('%s → %s', (input, message) => {
    expect(refusal(input)).toBe(message);
  });

  it('refuses landlines and international numbers only when the service may not text them', () => {
    expect(refusal('020 7946 0000')).toBeUndefined();
    expect(refusal('020 7946 0000', { allowInternational: true, allowUkLandline: false })).toBe(
      'Not a UK mobile number',
    );
    expect(refusal('+1 202 555 0123', { allowInternational: false, allowUkLandline: false })).toBe(
      'Not a UK mobile number',
    );
  });

  it('accepts Ofcom’s drama numbers as Notify does', () => {
    expect(refusal('07700 900000')).toBeUndefined();
    expect(refusal('07700 900999', { allowInternational: false, allowUkLandline: false })).toBeUndefined();
  });
});
