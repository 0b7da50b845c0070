import { describe, expect, it } from 'vitest';
import { signHs256Jwt } from '../jwt/hs256.js';
import { redactText } from './index.js';

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
const notifySecret = '3d844edf-8d35-48ac-975b-e847b4f122b0';

describe('redactText: secrets', () => {
  it.each([
    [
      'a Notify API key',
      `key permit_service-live-${serviceId}-${notifySecret} rejected`,
      'key [REDACTED:api_key] rejected',
    ],
    ['a bare Notify UUID pair', `iss ${serviceId}-${notifySecret}`, 'iss [REDACTED:api_key]'],
    [
      'a Pay test key',
      'key api_test_8fh2l6lcfs4vvn0tgvn6d1hsb3hcl1cjq4e8d12vruqpbjh6sgnu1s4dni is revoked',
      'key [REDACTED:api_key] is revoked',
    ],
    ['a Pay live key', 'api_live_abcdefghijklmnopqrstuvwxyz0123', '[REDACTED:api_key]'],
    ['an Ideal Postcodes key', 'using ak_hk71kco54zGSGvfryvsFyBKyrcAXm', 'using [REDACTED:api_key]'],
    ['the Ideal Postcodes test key', 'using ak_test.', 'using [REDACTED:api_key].'],
    [
      'an Ordnance Survey key in a query',
      'GET /search/places/v1/postcode?postcode=M350HL&key=AbCdEfGhIjKlMnOpQrStUvWxYz012345&offset=0',
      'GET /search/places/v1/postcode?postcode=M350HL&key=[REDACTED:api_key]&offset=0',
    ],
    [
      'a getAddress.io key in a query',
      '/find/M350HL?api-key=dtoken123XYZ&expand=true',
      '/find/M350HL?api-key=[REDACTED:api_key]&expand=true',
    ],
    [
      'token and secret form fields',
      'grant_type=x&access_token=at-1&client_secret=cs-2&password=pw-3&code=c-4',
      'grant_type=x&access_token=[REDACTED:token]&client_secret=[REDACTED:secret]&password=[REDACTED:secret]&code=[REDACTED:token]',
    ],
    ['a bearer header', 'Authorization: Bearer 4f1c9e0a7b2d', 'Authorization: Bearer [REDACTED:token]'],
    ['a basic header', 'authorization: Basic dXNlcjpwYXNz', 'authorization: Basic [REDACTED:token]'],
    ['an API key header', 'X-Api-Key: k-123456', 'X-Api-Key: [REDACTED:api_key]'],
    ['a bearer token in prose', 'sent Bearer abc.def-ghi/jk= then', 'sent Bearer [REDACTED:token] then'],
    ['a cookie header', 'Cookie: session=abc; theme=dark', 'Cookie: [REDACTED:cookie]'],
  ])('redacts %s', (_kind, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it('redacts JWTs, such as One Login client assertions and id tokens', () => {
    const jwt = signHs256Jwt({ iss: 'client-id', sub: 'urn:fdc:gov.uk:2022:abc' }, 'secret');
    expect(redactText(`id_token ${jwt} received`)).toBe('id_token [REDACTED:jwt] received');
    expect(redactText(`client_assertion=${jwt}&client_id=abc`)).toBe(
      'client_assertion=[REDACTED:jwt]&client_id=abc',
    );
  });

  it('redacts sensitive members of JSON held in text', () => {
    const body =
      '{"id":"p-1","email_address":"x","name":"Amira Okonkwo","address_line_1":"14 Larkspur Close"}';
    expect(redactText(body)).toBe(
      '{"id":"p-1","email_address":"[REDACTED]","name":"[REDACTED]","address_line_1":"[REDACTED]"}',
    );
  });
});

describe('redactText: personal data', () => {
  it.each([
    ['4444333322221111'],
    ['4444 3333 2222 1111'],
    ['4000-0566-5566-5556'],
    ['3782 822463 10005'],
    ['5105105105105100'],
  ])('redacts the card number %s', (card) => {
    expect(redactText(`card ${card} declined`)).toBe('card [REDACTED:card_number] declined');
  });

  it('redacts two card numbers in a row, and one next to another number', () => {
    expect(redactText('4242 4242 4242 4242 4000 0566 5566 5556')).toBe(
      '[REDACTED:card_number] [REDACTED:card_number]',
    );
    expect(redactText('4250 4242 4242 4242 4242 x')).toBe('4250 [REDACTED:card_number] x');
  });

  it.each([
    ['jane.smith@example.org'],
    ['jane+permits@council.gov.uk'],
    ['temp-fail@simulator.notify'],
    ['jane%40example.org'],
  ])('redacts the email address %s', (email) => {
    expect(redactText(`to=${email}, done`)).toBe('to=[REDACTED:email], done');
  });

  it.each([
    ['07700 900982'],
    ['07700900982'],
    ['+44 7700 900982'],
    ['+447700900982'],
    ['0044 7700 900982'],
    ['(+44) 7700 900982'],
    ['+44 (0)7700 900982'],
    ['%2B447700900982'],
    ['020 7946 0958'],
    ['0161-496-0958'],
    ['(01632) 960958'],
    ['+1 415 555 2671'],
    ['+33 1 23 45 67 89'],
    ['+4915112345678'],
  ])('redacts the phone number %s', (phone) => {
    expect(redactText(`call ${phone}, then`)).toBe('call [REDACTED:phone], then');
  });

  it('redacts a phone number next to other numbers', () => {
    expect(redactText('1250 07700 900982 2')).toBe('1250 [REDACTED:phone] 2');
    expect(redactText('07700900982 07700900983')).toBe('[REDACTED:phone] [REDACTED:phone]');
  });

  it('leaves postcodes, which are only personal data in context, to key-based redaction', () => {
    expect(redactText('no addresses for M35 0HL')).toBe('no addresses for M35 0HL');
  });
});

describe('redactText: what it leaves alone', () => {
  it.each([
    ['a UUID on its own', `template ${serviceId} not found`],
    ['an all-digit UUID', 'id 01234567-1234-4234-8234-123456789012 and 00234567-1234-4234-8234-123456789012'],
    ['a Notify timestamp', 'created 2026-11-23T10:00:00.000000Z'],
    ['an ISO timestamp', 'at 2026-11-23T10:00:00.000Z on 2026-11-23 and 2026-11-24'],
    ['an amount in pence', 'amount 1250, 0.50, £12.50'],
    ['an HTTP status', 'HTTP 429 Too Many Requests, error code=500'],
    ['a long number that fails the Luhn check', 'order 1234567812345678'],
    ['a grouped number that fails the Luhn check', 'order 1234 5678 1234 5678'],
    ['an epoch timestamp', 'time 1763892000000'],
    ['a digit run too long for a card', 'ref 424242424242424242424242'],
    ['a Pay payment id', 'payment hu20sqlact5260q2nanm0q8u93'],
    ['prose about tokens', 'invalid bearer token; authorization failed; api key revoked'],
    ['version numbers and short codes', 'pino 10.4.0, code 0123, room 0207'],
    ['an empty string', ''],
  ])('keeps %s', (_kind, text) => {
    expect(redactText(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = redactText(
      'Authorization: Bearer abc; key=xyz; mail a@b.co; +447700900982; 4444333322221111',
    );
    expect(redactText(once)).toBe(once);
  });

  it('turns a non-string into text rather than throwing', () => {
    expect(redactText(7700900982 as unknown as string)).toBe('7700900982');
  });
});
