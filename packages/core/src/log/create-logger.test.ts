import fs from 'node:fs';
import pino from 'pino';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, ValidationError } from '../errors/classes.js';
import { signHs256Jwt } from '../jwt/hs256.js';
import { createLogger, type LoggerLike } from './index.js';
import { createPinoLogger } from './pino-logger.js';

// Spy on the one place pino is loaded, to prove a silent logger never loads it.
vi.mock('./pino-logger.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./pino-logger.js')>();
  return { createPinoLogger: vi.fn(actual.createPinoLogger) };
});

beforeEach(() => {
  vi.mocked(createPinoLogger).mockClear();
});

function captureLines(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line) => lines.push(line) };
}

const notifyApiKey =
  'permit_service_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const payApiKey = 'api_live_8fh2l6lcfs4vvn0tgvn6d1hsb3hcl1cjq4e8d12vruqpbjh6sgnu1s4dni';
const bearerToken = '4f1c9e0a7b2d4c6e8f0a1b3c5d7e9f11';
const idToken = signHs256Jwt({ sub: 'urn:fdc:gov.uk:2022:56P4CMsGh_02YOlWpd8PAOI-2sVlB2nsNU7mcLZYhYw' }, 'k');
const clientAssertion = signHs256Jwt({ iss: 'client-abc', aud: 'https://oidc.example/token' }, 'other-key');
const osPlacesKey = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';

// Every raw value that must not reach the output, by what it is.
const secrets = {
  notifyApiKey,
  notifySecret: '3d844edf-8d35-48ac-975b-e847b4f122b0',
  payApiKey,
  bearerToken,
  idToken,
  clientAssertion,
  osPlacesKey,
  cardUngrouped: '4444333322221111',
  cardGrouped: '4000 0566 5566 5556',
  cardHyphens: '5105-1051-0510-5100',
  email: 'amira.okonkwo@example.net',
  errorEmail: 'a.okonkwo@example.org',
  mobileDigits: '900982',
  landline: '7946 0958',
  international: '555 2671',
  firstName: 'Amira',
  lastName: 'Okonkwo-Bell',
  addressLine: '14 Larkspur Close',
  addressTown: 'Hollinwood',
  postcode: 'M35 0HL',
  dateOfBirth: '1984-07-19',
  permitNumber: 'PRK-22817',
};

const message =
  `send to ${secrets.email} / 07700 900982 / +44 7700 900982 / +447700900982 / (+44) 7700 900982 / ` +
  `0044 7700 900982 / 020 7946 0958 / +1 415 555 2671 with key ${notifyApiKey} and ${payApiKey}, ` +
  `Authorization: Bearer ${bearerToken}, id_token ${idToken}, card ${secrets.cardGrouped}, ` +
  `GET /search?postcode=M350HL&key=${osPlacesKey}`;

function fieldsHoldingEverything(): Record<string, unknown> {
  return {
    paymentId: 'hu20sqlact5260q2nanm0q8u93',
    templateId: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
    status: 'created',
    amount: 1250,
    httpStatus: 429,
    createdDate: '2026-11-23T10:00:00.000000Z',
    apiKey: notifyApiKey,
    headers: { Authorization: `Bearer ${bearerToken}`, 'Content-Type': 'application/json' },
    request: `POST /token client_assertion=${clientAssertion}&grant_type=authorization_code`,
    card: { cardNumber: secrets.cardUngrouped, cardholderName: `${secrets.firstName} ${secrets.lastName}` },
    note: `card ${secrets.cardHyphens}, key ${payApiKey}`,
    recipient: { emailAddress: secrets.email, phoneNumber: '07700900982', firstName: secrets.firstName },
    recipients: [secrets.email, { mobile: '+44 7700 900982' }, { to: '07700 900982' }],
    contacts: ['call 020 7946 0958', 'or +1 415 555 2671'],
    person: {
      name: `${secrets.firstName} ${secrets.lastName}`,
      dateOfBirth: secrets.dateOfBirth,
      claims: { birthDate: [{ value: secrets.dateOfBirth }] },
    },
    address: { line1: secrets.addressLine, line2: secrets.addressTown, postcode: secrets.postcode },
    billing: { address_line_1: secrets.addressLine, town: 'Oldham', postcode: secrets.postcode },
    personalisation: { first_name: secrets.firstName, permit_number: secrets.permitNumber },
    err: new Error(`No account for ${secrets.errorEmail}`),
    validation: new ValidationError([{ path: 'emailAddress', message: `bad: ${secrets.email}` }]),
  };
}

function expectNoSecrets(output: string): void {
  for (const [kind, value] of Object.entries(secrets)) {
    expect(output, `${kind} leaked`).not.toContain(value);
  }
}

describe('createLogger with a level', () => {
  it('writes pino JSON lines holding none of the secrets or personal data it was given', () => {
    const destination = captureLines();
    const logger = createLogger({ level: 'debug', destination });
    logger.info(fieldsHoldingEverything(), message);
    logger
      .child({ provider: 'govuk-notify', serviceKey: notifyApiKey })
      .warn({ to: secrets.email }, 'retrying');

    expect(destination.lines).toHaveLength(2);
    const output = destination.lines.join('');
    expectNoSecrets(output);

    const [first, second] = destination.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      level: 30,
      paymentId: 'hu20sqlact5260q2nanm0q8u93',
      templateId: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
      status: 'created',
      amount: 1250,
      httpStatus: 429,
      createdDate: '2026-11-23T10:00:00.000000Z',
      apiKey: '[REDACTED]',
      headers: { Authorization: '[REDACTED]', 'Content-Type': 'application/json' },
      billing: { town: 'Oldham' },
      personalisation: '[REDACTED]',
      err: { name: 'Error', message: 'No account for [REDACTED:email]', stack: expect.any(String) },
      validation: { name: 'ValidationError', code: 'validation_failed', field: 'emailAddress' },
    });
    expect(first?.['msg']).toContain('send to [REDACTED:email] / [REDACTED:phone]');
    expect(first?.['msg']).toContain('Authorization: Bearer [REDACTED:token]');
    expect(first?.['msg']).toContain('&key=[REDACTED:api_key]');
    expect(first).not.toHaveProperty('pid');
    expect(first?.['err']).not.toHaveProperty('type');
    expect(second).toMatchObject({ level: 40, provider: 'govuk-notify', to: '[REDACTED]', msg: 'retrying' });
  });

  it('applies the level', () => {
    const destination = captureLines();
    const logger = createLogger({ level: 'warn', destination });
    logger.debug({ step: 1 }, 'hidden');
    logger.info({ step: 2 }, 'hidden');
    logger.warn({ step: 3 }, 'shown');
    logger.error({ step: 4 }, 'shown');
    expect(destination.lines.map((line) => (JSON.parse(line) as { step: number }).step)).toEqual([3, 4]);
  });

  it('carries redacted bindings on every line', () => {
    const destination = captureLines();
    const logger = createLogger({
      level: 'info',
      destination,
      bindings: { provider: 'govuk-pay', apiKey: payApiKey },
    });
    logger.info({ paymentId: 'p-1' });
    expect(JSON.parse(destination.lines[0] ?? '{}')).toMatchObject({
      provider: 'govuk-pay',
      apiKey: '[REDACTED]',
      paymentId: 'p-1',
    });
  });

  it('writes to stderr when no destination is given', () => {
    const written: string[] = [];
    const writeSync = vi.spyOn(fs, 'writeSync').mockImplementation((fd, data) => {
      if (fd !== 2) throw new Error(`unexpected write to ${String(fd)}`);
      written.push(String(data));
      return Buffer.byteLength(String(data));
    });
    try {
      createLogger({ level: 'error' }).error({ email: secrets.email }, `for ${secrets.email}`);
    } finally {
      writeSync.mockRestore();
    }
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '{}')).toMatchObject({
      email: '[REDACTED]',
      msg: 'for [REDACTED:email]',
    });
  });
});

describe('createLogger with your logger', () => {
  it('redacts before calling a real pino instance, and through its children', () => {
    const destination = captureLines();
    const logger = createLogger({ logger: pino({ level: 'info' }, destination), level: 'info' });
    logger.info(fieldsHoldingEverything(), message);
    logger
      .child({ requestId: 'r-1', email: secrets.email })
      .error({ err: new Error(`for ${secrets.email}`) });
    expect(destination.lines).toHaveLength(2);
    expectNoSecrets(destination.lines.join(''));
    expect(JSON.parse(destination.lines[1] ?? '{}')).toMatchObject({ requestId: 'r-1', email: '[REDACTED]' });
    expect(createPinoLogger).not.toHaveBeenCalled();
  });

  it('does no redaction work for lines below the logger level', () => {
    const destination = captureLines();
    const fields = {
      get expensive(): string {
        throw new Error('read a field of a dropped line');
      },
    };
    createLogger({ logger: pino({ level: 'warn' }, destination) }).debug(fields, 'dropped');
    expect(destination.lines).toEqual([]);
  });

  it('wraps a logger with no child method, binding fields itself', () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => calls.push(args);
    const target: LoggerLike = { error: record, warn: record, info: record, debug: record };
    const logger = createLogger({ logger: target, redactKeys: ['permitNumber'] });
    const child = logger.child({ provider: 'x', token: 't' }).child({ step: 'send' });
    child.debug({ permit_number: 'PRK-1', phone: '07700900982' });
    child.info({}, `for ${secrets.email}`);
    expect(calls).toEqual([
      [
        {
          provider: 'x',
          token: '[REDACTED]',
          step: 'send',
          permit_number: '[REDACTED]',
          phone: '[REDACTED]',
        },
      ],
      [{ provider: 'x', token: '[REDACTED]', step: 'send' }, 'for [REDACTED:email]'],
    ]);
  });

  it("accepts pino's other call shapes at run time", () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => calls.push(args);
    const logger = createLogger({ logger: { error: record, warn: record, info: record, debug: record } });
    const loose = logger as unknown as Record<'info' | 'error' | 'warn', (...args: unknown[]) => void>;
    loose.info(`text only, for ${secrets.email}`);
    loose.error(new Error(`for ${secrets.email}`));
    loose.warn(['a@b.co']);
    loose.warn(null, 'no fields');
    expect(calls[0]).toEqual([{}, 'text only, for [REDACTED:email]']);
    expect(calls[1]?.[0]).toMatchObject({ err: { name: 'Error', message: 'for [REDACTED:email]' } });
    expect(calls[2]).toEqual([{ value: ['[REDACTED:email]'] }]);
    expect(calls[3]).toEqual([{}, 'no fields']);
  });

  it("is silenced by level 'silent' even with a logger", () => {
    const record = vi.fn();
    const logger = createLogger({
      logger: { error: record, warn: record, info: record, debug: record },
      level: 'silent',
    });
    logger.error({ a: 1 }, 'x');
    expect(record).not.toHaveBeenCalled();
  });
});

describe('createLogger without a level or a logger', () => {
  it.each([
    ['no options', undefined],
    ['empty options', {}],
    ['level silent', { level: 'silent' as const }],
    ['only bindings and keys', { bindings: { provider: 'x' }, redactKeys: ['permitNumber'] }],
  ])('is silent and never loads pino, given %s', (_case, options) => {
    const destination = captureLines();
    const logger = createLogger(options === undefined ? undefined : { ...options, destination });
    logger.error({ status: 'failed' }, 'nothing');
    logger.warn({}, 'nothing');
    logger.info({}, 'nothing');
    logger.debug({}, 'nothing');
    logger.child({ provider: 'x' }).error({}, 'nothing');
    expect(destination.lines).toEqual([]);
    expect(createPinoLogger).not.toHaveBeenCalled();
  });
});

describe('createLogger options', () => {
  it('rejects bad options with a ConfigError naming each field', () => {
    const bad = {
      level: 'loud',
      logger: { info: () => {} },
      redactKeys: [1],
      bindings: 'x',
      destination: {},
    } as unknown as Parameters<typeof createLogger>[0];
    const error = (() => {
      try {
        createLogger(bad);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.path)).toEqual([
      'level',
      'logger',
      'redactKeys',
      'bindings',
      'destination',
    ]);
    expect(() => createLogger(null as unknown as Parameters<typeof createLogger>[0])).toThrow(ConfigError);
  });
});
