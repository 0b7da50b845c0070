import { Writable } from 'node:stream';
import {
  AuthError,
  ConfigError,
  CouncilKitError,
  isProviderUnavailable,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '@councilkit/address';
import { undiciTransport } from '@councilkit/core';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { idealPostcodes } from './index.js';
import { idealPostcodesSandbox, recordingTransport } from './sandbox-harness.test-helper.js';

type Context = Awaited<ReturnType<typeof idealPostcodesSandbox>>;
let context: Context;
beforeAll(async () => {
  context = await idealPostcodesSandbox();
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
  idealPostcodes({ apiKey, baseUrl: context.sandbox.services.idealPostcodes, retry: false });

describe('idealPostcodes options', () => {
  it('lists every bad option in one ConfigError at construction', () => {
    try {
      idealPostcodes({ apiKey: '', baseUrl: 'ftp://nope', timeoutMs: -1, surprise: 1 } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.path).sort()).toEqual([
        'apiKey',
        'baseUrl',
        'surprise',
        'timeoutMs',
      ]);
    }
  });

  it('reads the key from IDEAL_POSTCODES_API_KEY at the first call, naming both when it is missing', async () => {
    const saved = process.env['IDEAL_POSTCODES_API_KEY'];
    delete process.env['IDEAL_POSTCODES_API_KEY'];
    try {
      const addresses = idealPostcodes({ baseUrl: context.sandbox.services.idealPostcodes });
      const error = await rejectionOf(addresses.findByPostcode('SW1A 2AA'));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain('apiKey');
      expect(error.message).toContain('IDEAL_POSTCODES_API_KEY');
      process.env['IDEAL_POSTCODES_API_KEY'] = context.credentials.apiKey;
      expect(await addresses.findByPostcode('SW1A 2AA')).not.toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env['IDEAL_POSTCODES_API_KEY'];
      else process.env['IDEAL_POSTCODES_API_KEY'] = saved;
    }
  });
});

describe('idealPostcodes lookups', () => {
  it('finds the addresses in a postcode, with the provider’s record kept', async () => {
    const [downing] = await context.addresses.findByPostcode('sw1a2aa');
    expect(downing).toMatchObject({
      uprn: '100023336956',
      udprn: '23747771',
      organisation: 'Prime Minister & First Lord of the Treasury',
      buildingNumber: '10',
      street: 'Downing Street',
      town: 'London',
      postcode: 'SW1A 2AA',
      lines: ['Prime Minister & First Lord of the Treasury', '10 Downing Street'],
      provider: 'ideal-postcodes',
    });
    expect(downing?.providerMetadata?.['ideal-postcodes']).toMatchObject({ id: 'paf_23747771' });
  });

  it('answers its documented test postcodes', async () => {
    expect(await context.addresses.findByPostcode('ID1 1QD')).toHaveLength(3);
    expect(await context.addresses.findByPostcode('ID1 KFA')).toEqual([]);
    const clip = await rejectionOf(context.addresses.findByPostcode('ID1 CLIP'));
    expect(clip).toMatchObject({ code: 'rate_limited', retryable: false, providerCode: '4020', status: 402 });
    const chop = await rejectionOf(context.addresses.findByPostcode('ID1 CHOP'));
    expect(chop).toMatchObject({ code: 'rate_limited', retryable: false, providerCode: '4021' });
  });

  it('leaves out the British grid in Northern Ireland, and keeps it elsewhere', async () => {
    const [belfast] = await context.addresses.findByPostcode('BT1 5GS');
    expect(belfast?.britishNationalGrid).toBeUndefined();
    expect(belfast?.wgs84?.latitude).toBeGreaterThan(54);
    const [edinburgh] = await context.addresses.findByPostcode('EH1 1YJ');
    expect(edinburgh?.britishNationalGrid?.northing).toBeGreaterThan(600_000);
  });

  it('says where a postcode lies, and nothing for one without addresses', async () => {
    expect(await context.addresses.lookupPostcodeArea('SW1A 2AA')).toMatchObject({
      postcode: 'SW1A 2AA',
      country: 'England',
      adminDistrict: { name: 'Westminster' },
      provider: 'ideal-postcodes',
    });
    expect(await context.addresses.lookupPostcodeArea('SK1 1ZZ')).toBeUndefined();
  });
});

describe('idealPostcodes errors', () => {
  it('refuses a bad key with an AuthError that never shows the key', async () => {
    const key = 'ak_definitely_not_a_real_key_0001';
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
    const addresses = idealPostcodes({
      apiKey: key,
      baseUrl: context.sandbox.services.idealPostcodes,
      logger,
    });
    const error = await rejectionOf(addresses.findByPostcode('SW1A 2AA'));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401, providerCode: '4010' });
    const everything = JSON.stringify(error) + error.message + String(error.stack) + lines.join('');
    expect(everything).not.toContain(key);
  });

  it('sends the key in a header, never in the URL', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const addresses = idealPostcodes({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.idealPostcodes,
      transport,
    });
    await addresses.search('Downing Street');
    expect(requests[0]?.path).not.toContain(context.credentials.apiKey);
    expect(requests[0]?.headers['authorization']).toBe(
      `IDEALPOSTCODES api_key="${context.credentials.apiKey}"`,
    );
  });

  it('maps a used-up balance and a reached limit to non-retryable rate-limit errors that fallback moves on from', async () => {
    for (const key of [context.credentials.exhaustedApiKey, context.credentials.limitReachedApiKey]) {
      const error = await rejectionOf(withKey(key).search('Downing Street'));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryable).toBe(false);
      expect(isProviderUnavailable(error)).toBe(true);
    }
  });

  it('maps the rate limiter’s 503 to a retryable RateLimitError, and an outage to a ProviderError', async () => {
    context.control.rateLimitNext();
    const limited = await rejectionOf(context.addresses.getByUprn('100023336956'));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryable).toBe(true);
    context.control.failNext();
    const outage = await rejectionOf(context.addresses.getByUprn('100023336956'));
    expect(outage).toBeInstanceOf(ProviderError);
    expect(isProviderUnavailable(outage)).toBe(true);
  });

  it('refuses bad input with a ValidationError naming the field, before any request', async () => {
    const { transport, requests } = recordingTransport(undiciTransport());
    const addresses = idealPostcodes({
      apiKey: context.credentials.apiKey,
      baseUrl: context.sandbox.services.idealPostcodes,
      transport,
    });
    const cases: [Promise<unknown>, string][] = [
      [addresses.findByPostcode(''), 'postcode'],
      [addresses.findByPostcode('x'.repeat(10_240)), 'postcode'],
      [addresses.search('Downing\u0007Street'), 'text'],
      [addresses.search("'; DROP TABLE addresses; --"), 'text'],
      [addresses.search('<script>alert(1)</script>'), 'text'],
      [addresses.getByUprn('1 OR 1=1'), 'uprn'],
      [addresses.lookupPostcodeArea('SW1A 2AA\u0000'), 'postcode'],
    ];
    for (const [call, field] of cases) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
    expect(requests).toHaveLength(0);
  });
});
