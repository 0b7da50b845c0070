import { withCache, withFallback } from '@councilkit/address';
import { idealPostcodes } from '@councilkit/address-ideal-postcodes';
import { osPlaces } from '@councilkit/address-os-places';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Fallback between two real adapters, each against its emulator over HTTP: a used-up quota, a
// rate limit and an outage move on; "nothing found" does not.
describe('fallback between Ideal Postcodes and OS Places', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());
  afterEach(() => {
    sandbox.emulators.osPlaces.control.reset();
    sandbox.emulators.idealPostcodes.control.reset();
  });

  const os = () =>
    osPlaces({
      apiKey: sandbox.credentials.osPlaces.apiKey,
      baseUrl: `${sandbox.services.osPlaces}/search/places/v1`,
      retry: false,
    });
  const ideal = (apiKey: string) =>
    idealPostcodes({ apiKey, baseUrl: sandbox.services.idealPostcodes, retry: false });

  it('moves on when the first provider’s balance is used up (402, 4020) or its daily limit reached (4021)', async () => {
    for (const key of [
      sandbox.credentials.idealPostcodes.exhaustedApiKey,
      sandbox.credentials.idealPostcodes.limitReachedApiKey,
    ]) {
      const addresses = withFallback([ideal(key), os()]);
      const [found] = await addresses.findByPostcode('SO16 0AS');
      expect(found).toMatchObject({ provider: 'os-places', uprn: '200010019924' });
    }
  });

  it('moves on when the first provider is rate limited or down', async () => {
    const addresses = withFallback([os(), ideal(sandbox.credentials.idealPostcodes.apiKey)]);
    sandbox.emulators.osPlaces.control.rateLimitNext();
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('ideal-postcodes');
    sandbox.emulators.osPlaces.control.failNext();
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('ideal-postcodes');
  });

  it('stays with the first provider when it finds nothing, and serves the cache when both are down', async () => {
    const addresses = withCache(withFallback([os(), ideal(sandbox.credentials.idealPostcodes.apiKey)]));
    expect(await addresses.findByPostcode('SK1 1ZZ')).toEqual([]);
    expect(sandbox.emulators.idealPostcodes.control.requestCount).toBe(0);
    await addresses.findByPostcode('W1W 7RT');
    sandbox.emulators.osPlaces.control.failNext(5);
    sandbox.emulators.idealPostcodes.control.failNext(5);
    expect((await addresses.findByPostcode('W1W 7RT')).length).toBeGreaterThan(5);
  });
});
