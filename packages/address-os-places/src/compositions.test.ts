import { memoryAddresses, withCache, withFallback, withinCouncil } from '@councilkit/address';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { osPlacesSandbox } from './sandbox-harness.test-helper.js';

// Cache and fallback around the real adapter, against the emulator over HTTP.
describe('osPlaces composed with cache and fallback', () => {
  let context: Awaited<ReturnType<typeof osPlacesSandbox>>;
  beforeAll(async () => {
    context = await osPlacesSandbox();
  });
  afterAll(() => context.sandbox.close());
  afterEach(() => context.control.reset());

  it('falls back to the next provider when OS Places is down or rate limited', async () => {
    const backup = memoryAddresses({ name: 'backup' });
    const addresses = withFallback([context.addresses, backup]);
    context.control.failNext();
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('backup');
    context.control.rateLimitNext();
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('backup');
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('os-places');
  });

  it('does not fall back when OS Places finds nothing', async () => {
    const backup = memoryAddresses({ name: 'backup' });
    const addresses = withFallback([context.addresses, backup]);
    expect(await addresses.findByPostcode('SK1 1ZZ')).toEqual([]);
    expect(backup.controls.lookups()).toBe(0);
  });

  it('shares one request among concurrent lookups and answers from the cache through an outage', async () => {
    const cached = withCache(context.addresses, { ttlMs: 60_000, maxEntries: 100 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => cached.findByPostcode('W1W 7RT')));
    expect(context.control.requestCount).toBe(1);
    expect(new Set(answers.map((answer) => answer.length)).size).toBe(1);
    context.control.failNext(5);
    expect(await cached.findByPostcode('w1w7rt')).toEqual(answers[0]);
    expect(context.control.requestCount).toBe(1);
  });

  it('keeps a council to its own addresses', async () => {
    const westminster = withinCouncil(context.addresses, 5990);
    expect((await westminster.findByPostcode('W1W 7RT')).length).toBeGreaterThan(0);
    expect(await westminster.findByPostcode('SO16 0AS')).toEqual([]);
  });
});
