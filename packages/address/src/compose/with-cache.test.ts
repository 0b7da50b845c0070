import { describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, RateLimitError } from '../errors.js';
import { memoryAddresses } from '../memory.js';
import { withCache } from './with-cache.js';

describe('withCache', () => {
  it('answers a repeated lookup from the cache, whatever the postcode’s case and spacing', async () => {
    const memory = memoryAddresses();
    const cached = withCache(memory, { ttlMs: 60_000, maxEntries: 10 });
    const first = await cached.findByPostcode('SW1A 2AA');
    const second = await cached.findByPostcode(' sw1a2aa ');
    expect(second).toEqual(first);
    expect(memory.controls.lookups()).toBe(1);
    expect(cached.provider).toBe('memory');
    expect(cached.capabilities).toEqual(memory.capabilities);
  });

  it('shares one request among concurrent identical lookups', async () => {
    const memory = memoryAddresses({ latencyMs: 20 });
    const cached = withCache(memory);
    const answers = await Promise.all(Array.from({ length: 25 }, () => cached.findByPostcode('W1W 7RT')));
    expect(memory.controls.lookups()).toBe(1);
    for (const answer of answers) expect(answer).toHaveLength(4);
  });

  it('caches "nothing found" too, but never a failure', async () => {
    const memory = memoryAddresses();
    const cached = withCache(memory);
    expect(await cached.getByUprn('987654321')).toBeUndefined();
    expect(await cached.getByUprn('987654321')).toBeUndefined();
    expect(memory.controls.lookups()).toBe(1);

    memory.controls.failNext(new RateLimitError('slow down', { provider: 'memory' }));
    await expect(cached.findByPostcode('SO16 0AS')).rejects.toBeInstanceOf(RateLimitError);
    expect(await cached.findByPostcode('SO16 0AS')).toHaveLength(1);
    expect(memory.controls.lookups()).toBe(3);
  });

  it('serves cached answers through an outage', async () => {
    const memory = memoryAddresses();
    const cached = withCache(memory);
    await cached.findByPostcode('SO16 0AS');
    memory.controls.failAll(new ProviderError('down', { provider: 'memory', status: 503, retryable: true }));
    expect(await cached.findByPostcode('SO16 0AS')).toHaveLength(1);
    await expect(cached.findByPostcode('SW1A 2AA')).rejects.toMatchObject({ code: 'provider_error' });
  });

  it('forgets answers after ttlMs and the least recently used beyond maxEntries', async () => {
    let now = 0;
    const memory = memoryAddresses();
    const cached = withCache(memory, { ttlMs: 1000, maxEntries: 2, now: () => now });
    await cached.findByPostcode('SO16 0AS');
    await cached.findByPostcode('SW1A 2AA');
    await cached.findByPostcode('SO16 0AS'); // hit: SO16 0AS is now the most recently used
    await cached.findByPostcode('BN1 1JE'); // evicts SW1A 2AA
    expect(memory.controls.lookups()).toBe(3);
    await cached.findByPostcode('SO16 0AS');
    expect(memory.controls.lookups()).toBe(3);
    await cached.findByPostcode('SW1A 2AA');
    expect(memory.controls.lookups()).toBe(4);
    now = 1001;
    await cached.findByPostcode('SW1A 2AA');
    expect(memory.controls.lookups()).toBe(5);
  });

  it('gives each caller its own list', async () => {
    const cached = withCache(memoryAddresses());
    const first = await cached.findByPostcode('W1W 7RT');
    first.pop();
    expect(await cached.findByPostcode('W1W 7RT')).toHaveLength(4);
    expect(Object.isFrozen((await cached.findByPostcode('W1W 7RT'))[0])).toBe(true);
  });

  it('lets one caller give up without failing the others sharing its request', async () => {
    const memory = memoryAddresses({ latencyMs: 30 });
    const cached = withCache(memory);
    const controller = new AbortController();
    const impatient = cached.findByPostcode('SO16 0AS', { signal: controller.signal });
    const patient = cached.findByPostcode('SO16 0AS');
    controller.abort();
    await expect(impatient).rejects.toMatchObject({ code: 'transport_failed' });
    expect(await patient).toHaveLength(1);
  });

  it('checks its input and options before any lookup', async () => {
    const memory = memoryAddresses();
    const cached = withCache(memory);
    await expect(cached.findByPostcode('not a postcode')).rejects.toMatchObject({ field: 'postcode' });
    expect(memory.controls.lookups()).toBe(0);
    expect(() => withCache(memory, { ttlMs: 0 })).toThrow(ConfigError);
    expect(() => withCache(memory, { maxEntries: 1.5 })).toThrow(/maxEntries/);
    expect(() => withCache({} as never)).toThrow(ConfigError);
  });
});
