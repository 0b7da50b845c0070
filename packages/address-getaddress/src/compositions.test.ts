import { memoryAddresses, withCache, withFallback } from '@councilkit/address';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from './index.js';
import { getAddressSandbox } from './sandbox-harness.test-helper.js';

// The errors this adapter maps feed the port's compositions: they fall back on a used-up
// allowance (429) and an outage, never on "nothing found", and a cache spares repeated lookups.
describe('getAddress in withFallback and withCache', () => {
  let context: Awaited<ReturnType<typeof getAddressSandbox>>;
  beforeAll(async () => {
    context = await getAddressSandbox();
  });
  afterAll(() => context.sandbox.close());
  afterEach(() => context.control.reset());

  const secondary = () => memoryAddresses({ name: 'secondary' });

  it('falls back when the allowance is used up', async () => {
    const limited = getAddress({
      apiKey: context.credentials.rateLimitedApiKey,
      baseUrl: context.sandbox.services.getAddress,
    });
    const [found] = await withFallback([limited, secondary()]).findByPostcode('SW1A 2AA');
    expect(found?.provider).toBe('secondary');
  });

  it('falls back in an outage, and uses getAddress.io again once it is back', async () => {
    const addresses = withFallback([context.addresses, secondary()]);
    context.control.failNext();
    expect((await addresses.findByPostcode('SW1A 2AA'))[0]?.provider).toBe('secondary');
    expect((await addresses.findByPostcode('SW1A 2AA'))[0]?.provider).toBe('getaddress');
  });

  it('does not fall back when the postcode simply has no addresses', async () => {
    expect(await withFallback([context.addresses, secondary()]).findByPostcode('SK1 1ZZ')).toEqual([]);
  });

  it('answers repeated and concurrent lookups from one request', async () => {
    const cached = withCache(context.addresses, { ttlMs: 60_000, maxEntries: 100 });
    const before = context.control.requestCount;
    await Promise.all([1, 2, 3].map(() => cached.findByPostcode('W1W 7RT')));
    await cached.findByPostcode('w1w7rt');
    expect(context.control.requestCount - before).toBe(1);
  });
});
