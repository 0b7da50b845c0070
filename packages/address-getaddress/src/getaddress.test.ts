import { Writable } from 'node:stream';
import {
  AuthError,
  ConfigError,
  CouncilKitError,
  isProviderUnavailable,
  ProviderError,
  RateLimitError,
  UnsupportedError,
  ValidationError,
} from '@councilkit/address';
import { undiciTransport } from '@councilkit/core';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from './index.js';
import { getAddressSandbox, recordingTransport } from './sandbox-harness.test-helper.js';

type Context = Awaited<ReturnType<typeof getAddressSandbox>>;
let context: Context;
beforeAll(async () => {
  context = await getAddressSandbox();
});
afterAll(() => context.sandbox.close());
afterEach(() => context.control.reset());

async function rejectionOf(promise: Promise<unknown>): Promise<CouncilKitError> {
  try {
    await promise;
  } catch (error) {
    expect(CouncilKitError.isInstance(error)).toBe(true);
    return error as CouncilKitError;
  }
  throw new Error('expected a rejection');
}

const withKey = (apiKey: string) =>
  getAddress({ apiKey, baseUrl: context.sandbox.services.getAddress, retry: false });

describe('getAddress options', () => {
  it('lists every bad option in one ConfigError at construction', () => {
    try {
      getAddress({ apiKey: '', baseUrl: 'not a url', logger: {}, extra: true } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.path).sort()).toEqual([
        'apiKey',
        'baseUrl',
        'extra',
        'logger',
      ]);
    }
  });

  it('reads the key from GETADDRESS_API_KEY at the first call, naming both when it is missing', async () => {
    const saved = process.env['GETADDRESS_API_KEY'];
    delete process.env['GETADDRESS_API_KEY'];
    try {
      const addresses = getAddress({ baseUrl: context.sandbox.services.getAddress });
      const error = await rejectionOf(addresses.findByPostcode('SW1A 2AA'));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain('GETADDRESS_API_KEY');
      process.env['GETADDRESS_API_KEY'] = context.credentials.apiKey;
      expect(await addresses.findByPostcode('SW1A 2AA')).not.toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env['GETADDRESS_API_KEY'];
      else process.env['GETADDRESS_API_KEY'] = saved;
    }
  });
});

describe('getAddress lookups', () => {
  it('finds the addresses in a postcode, the organisation read from its own line', async () => {
    const [downing] = await context.addresses.findByPostcode('sw1a 2aa');
    expect(downing).toMatchObject({
      organisation: 'Prime Minister & First Lord of the Treasury',
      buildingNumber: '10',
      street: 'Downing Street',
      town: 'London',
      postcode: 'SW1A 2AA',
      lines: ['Prime Minister & First Lord of the Treasury', '10 Downing Street'],
      classification: { residential: false },
      provider: 'getaddress',
    });
    expect(downing?.uprn).toBeUndefined();
  });

  it('searches by text and gets each suggestion, keeping its id', async () => {
    const [first] = await context.addresses.search({ text: '10 Downing Street', limit: 3 });
    expect(first).toMatchObject({ postcode: 'SW1A 2AA', buildingNumber: '10' });
    expect((first?.providerMetadata?.['getaddress'] as { id?: string } | undefined)?.id).toEqual(
      expect.any(String),
    );
  });

  it('has no UPRNs, and says so', async () => {
    expect(context.addresses.capabilities.getByUprn).toBe(false);
    expect(await rejectionOf(context.addresses.getByUprn('100023336956'))).toBeInstanceOf(UnsupportedError);
  });

  it('answers its documented test postcodes', async () => {
    expect(await context.addresses.findByPostcode('XX2 00X')).toHaveLength(3);
    expect(await context.addresses.findByPostcode('XX4 04X')).toEqual([]);
    expect(await rejectionOf(context.addresses.findByPostcode('XX4 00X'))).toBeInstanceOf(ValidationError);
    expect(await rejectionOf(context.addresses.findByPostcode('XX4 01X'))).toBeInstanceOf(AuthError);
    expect(await rejectionOf(context.addresses.findByPostcode('XX4 03X'))).toBeInstanceOf(AuthError);
    const limited = await rejectionOf(context.addresses.findByPostcode('XX4 29X'));
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: false, status: 429 });
    expect(await rejectionOf(context.addresses.findByPostcode('XX5 00X'))).toBeInstanceOf(ProviderError);
  });

  it('says where a postcode lies, and nothing for one without addresses', async () => {
    expect(await context.addresses.lookupPostcodeArea('SW1A 2AA')).toMatchObject({
      postcode: 'SW1A 2AA',
      country: 'England',
      adminDistrict: { name: 'Westminster' },
    });
    expect(await context.addresses.lookupPostcodeArea('SK1 1ZZ')).toBeUndefined();
  });
});

describe('getAddress errors', () => {
  it('refuses a bad key with an AuthError; the key reaches no log line or error', async () => {
    const key = 'definitely-not-a-getaddress-key-0001';
    const lines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const addresses = getAddress({ apiKey: key, baseUrl: context.sandbox.services.getAddress, logger });
    const error = await rejectionOf(addresses.findByPostcode('SW1A 2AA'));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401, providerMessage: 'Your api-key is not valid.' });
    expect(lines.length).toBeGreaterThan(0);
    const everything = JSON.stringify(error) + error.message + String(error.stack) + lines.join('');
    expect(everything).not.toContain(key);
  });

  it('maps a used-up allowance (429) to a RateLimitError that fallback moves on from, and an outage to a ProviderError', async () => {
    const limited = await rejectionOf(
      withKey(context.credentials.rateLimitedApiKey).search('Downing Street'),
    );
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(isProviderUnavailable(limited)).toBe(true);
    context.control.failNext();
    const outage = await rejectionOf(context.addresses.findByPostcode('SW1A 2AA'));
    expect(outage).toBeInstanceOf(ProviderError);
    expect(isProviderUnavailable(outage)).toBe(true);
  });

  it('keeps a 404 that is not getAddress.io’s (a wrong base URL) an error, not an empty list', async () => {
    const misrouted = getAddress({
      apiKey: context.credentials.apiKey,
      baseUrl: `${context.sandbox.url}/nowhere`,
      retry: false,
    });
    expect((await rejectionOf(misrouted.findByPostcode('SW1A 2AA'))).code).toBe('not_found');
  });

  it('refuses bad input with a ValidationError naming the field, before any request', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const addresses = getAddress({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.getAddress,
      transport,
    });
    const cases: [Promise<unknown>, string][] = [
      [addresses.findByPostcode('   '), 'postcode'],
      [addresses.findByPostcode('SW1A 2AA'.repeat(1_300)), 'postcode'],
      [addresses.search('a'.repeat(10_240)), 'text'],
      [addresses.search('Downing\u001bStreet'), 'text'],
      [addresses.search("1' OR '1'='1"), 'text'],
      [addresses.search('<img src=x onerror=alert(1)>'), 'text'],
      [addresses.search({ text: 'Downing Street', limit: 1000 }), 'limit'],
      [addresses.lookupPostcodeArea({ postcode: 'SW1A 2AA', extra: 1 } as never), 'extra'],
    ];
    for (const [call, field] of cases) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
    expect(requests).toHaveLength(0);
  });
});
