import { memoryAddresses, withCache, withFallback } from '@councilkit/address';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { idealPostcodes } from './index.js';
import { idealPostcodesSandbox } from './sandbox-harness.test-helper.js';

// The errors this adapter maps feed the port's compositions: they fall back on a used-up balance,
// the rate limiter and an outage, never on "nothing found", and a cache spares the paid lookups.
describe('idealPostcodes in withFallback and withCache', () => {
  let context: Awaited<ReturnType<typeof idealPostcodesSandbox>>;
  beforeAll(async () => {
    context = await idealPostcodesSandbox();
  });
  afterAll(() => context.sandbox.close());
  afterEach(() => context.control.reset());

  const secondary = () => memoryAddresses({ name: 'secondary' });

  it('falls back when the balance is used up', async () => {
    const exhausted = idealPostcodes({
      apiKey: context.credentials.exhaustedApiKey,
      baseUrl: context.sandbox.services.idealPostcodes,
    });
    const [found] = await withFallback([exhausted, secondary()]).findByPostcode('SW1A 2AA');
    expect(found?.provider).toBe('secondary');
  });

  it('falls back on the rate limiter’s 503 and on an outage', async () => {
    const addresses = withFallback([context.addresses, secondary()]);
    context.control.rateLimitNext();
    expect((await addresses.getByUprn('100023336956'))?.provider).toBe('secondary');
    context.control.failNext();
    expect((await addresses.getByUprn('100023336956'))?.provider).toBe('secondary');
    expect((await addresses.getByUprn('100023336956'))?.provider).toBe('ideal-postcodes');
  });

  it('does not fall back when the postcode simply has no addresses', async () => {
    expect(await withFallback([context.addresses, secondary()]).findByPostcode('SK1 1ZZ')).toEqual([]);
  });

  it('answers repeated and concurrent lookups from one paid request', async () => {
    const cached = withCache(context.addresses, { ttlMs: 60_000, maxEntries: 100 });
    const before = context.control.requestCount;
    const answers = await Promise.all([1, 2, 3].map(() => cached.findByPostcode('SW1A 2AA')));
    await cached.findByPostcode('sw1a2aa');
    expect(context.control.requestCount - before).toBe(1);
    expect(answers[1]).toEqual(answers[0]);
  });
});
