import { describe, expect, it } from 'vitest';
import {
  AuthError,
  ConfigError,
  ProviderError,
  quotaExceededError,
  RateLimitError,
  TransportError,
  ValidationError,
} from '../errors.js';
import { memoryAddresses } from '../memory.js';
import { withCache } from './with-cache.js';
import { withFallback } from './with-fallback.js';

const pair = () => {
  const primary = memoryAddresses({ name: 'primary' });
  const secondary = memoryAddresses({ name: 'secondary' });
  return { primary, secondary, both: withFallback([primary, secondary]) };
};

describe('withFallback', () => {
  it('asks the first provider when it is available', async () => {
    const { secondary, both } = pair();
    const [found] = await both.findByPostcode('SO16 0AS');
    expect(found?.provider).toBe('primary');
    expect(secondary.controls.lookups()).toBe(0);
  });

  it.each([
    ['an outage', () => new ProviderError('down', { provider: 'primary', status: 503, retryable: true })],
    ['a network failure', () => new TransportError('refused', { provider: 'primary', notSent: true })],
    ['a rate limit (429)', () => new RateLimitError('slow down', { provider: 'primary', status: 429 })],
    ['a used-up quota', () => quotaExceededError({ provider: 'primary', status: 402, providerCode: '4020' })],
  ])('moves on to the next provider on %s', async (_case, failure) => {
    const { primary, both } = pair();
    primary.controls.failAll(failure());
    const [found] = await both.findByPostcode('SO16 0AS');
    expect(found?.provider).toBe('secondary');
  });

  it('never moves on when the first provider found nothing', async () => {
    const { secondary, both } = pair();
    secondary.controls.add({ postcode: 'ZE1 0AA', town: 'Lerwick', street: 'Commercial Street' });
    expect(await both.findByPostcode('ZE1 0AA')).toEqual([]);
    expect(await both.getByUprn('987654321')).toBeUndefined();
    expect(secondary.controls.lookups()).toBe(0);
  });

  it('never moves on when the query or the credentials are wrong', async () => {
    const { primary, secondary, both } = pair();
    primary.controls.failNext(new AuthError('bad key', { provider: 'primary', status: 401 }));
    await expect(both.findByPostcode('SO16 0AS')).rejects.toBeInstanceOf(AuthError);
    primary.controls.failNext(new ValidationError([{ path: 'postcode', message: 'rejected' }]));
    await expect(both.findByPostcode('SO16 0AS')).rejects.toBeInstanceOf(ValidationError);
    expect(secondary.controls.lookups()).toBe(0);
  });

  it('throws the last error when every provider is unavailable', async () => {
    const { primary, secondary, both } = pair();
    primary.controls.failAll(new RateLimitError('slow down', { provider: 'primary' }));
    secondary.controls.failAll(new ProviderError('down', { provider: 'secondary', status: 500 }));
    await expect(both.search('Downing')).rejects.toMatchObject({
      code: 'provider_error',
      provider: 'secondary',
    });
  });

  it('passes over a provider that lacks the method or the council filter', async () => {
    const postcodesOnly = memoryAddresses({
      name: 'postcodes-only',
      without: ['search', 'localCustodianCode'],
    });
    const full = memoryAddresses({ name: 'full' });
    const both = withFallback([postcodesOnly, full]);
    expect(both.capabilities.search).toBe(true);
    expect((await both.search('Downing Street'))[0]?.provider).toBe('full');
    const [found] = await both.findByPostcode({ postcode: 'SO16 0AS', localCustodianCode: '1760' });
    expect(found?.provider).toBe('full');
    expect(postcodesOnly.controls.lookups()).toBe(0);
  });

  it('composes with a cache: an answer cached from the fallback survives the outage', async () => {
    const { primary, secondary, both } = pair();
    const cached = withCache(both);
    primary.controls.failAll(new TransportError('refused', { provider: 'primary', notSent: true }));
    await cached.findByPostcode('BN1 1JE');
    secondary.controls.failAll(new TransportError('refused', { provider: 'secondary', notSent: true }));
    expect((await cached.findByPostcode('BN1 1JE'))[0]?.provider).toBe('secondary');
  });

  it('refuses an empty list or something that is not a provider', () => {
    expect(() => withFallback([])).toThrow(ConfigError);
    expect(() => withFallback([memoryAddresses(), {} as never])).toThrow(/providers\.1/);
  });
});
