import { describe, expect, it } from 'vitest';
import { withCache } from './compose/with-cache.js';
import { createAddress } from './create-address.js';
import { defineAddressProvider } from './define.js';
import { ConfigError, ProviderError, ValidationError } from './errors.js';

function capturingLogger() {
  const lines: string[] = [];
  const write = (level: string) => (object: unknown, message?: string) =>
    lines.push(JSON.stringify({ level, object, message }));
  return {
    lines,
    logger: { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') },
  };
}

describe('defineAddressProvider', () => {
  it('logs counts and timings, never the postcode, the search text or an address', async () => {
    const { lines, logger } = capturingLogger();
    const provider = defineAddressProvider(
      {
        provider: 'test',
        findByPostcode: async (query) => [
          createAddress({
            buildingName: 'Secret Cottage',
            town: 'Romsey',
            postcode: query.postcode,
            provider: 'test',
          }),
        ],
        search: async () => {
          throw new Error('Failed near Secret Cottage, SO51 8GF');
        },
      },
      { logger, level: 'debug' },
    );
    await provider.findByPostcode('SO51 8GF');
    const failure = await provider.search('Secret Cottage Romsey').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as Error).message).not.toContain('Secret');
    await provider.findByPostcode('SO51 8GX').catch(() => undefined);
    const logged = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(logged).not.toMatch(/SO51|Secret|Romsey/i);
  });

  it('turns anything an adapter throws into a typed error that keeps it as cause', async () => {
    const cause = new TypeError('boom');
    const provider = defineAddressProvider({
      provider: 'test',
      getByUprn: async () => {
        throw cause;
      },
    });
    const failure = await provider.getByUprn('1').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'provider_error', provider: 'test' });
    expect((failure as ProviderError).cause).toBe(cause);
  });

  it('refuses an implementation without a name or with a method that is not a function', () => {
    expect(() => defineAddressProvider({ provider: '' })).toThrow(ConfigError);
    expect(() => defineAddressProvider({ provider: 'x', search: 'no' } as never)).toThrow(/search/);
  });

  it('lets documented test postcodes through, and compositions keep them', async () => {
    const seen: string[] = [];
    const provider = defineAddressProvider({
      provider: 'test',
      testPostcodes: ['ID1 KFA', 'ID1 CLIP'],
      findByPostcode: async (query) => {
        seen.push(query.postcode);
        return [];
      },
    });
    await provider.findByPostcode('id1kfa');
    await withCache(provider).findByPostcode('id1clip');
    expect(seen).toEqual(['ID1 KFA', 'ID1 CLIP']);
    await expect(provider.findByPostcode('ID1 ZZZZ')).rejects.toBeInstanceOf(ValidationError);
  });

  it('never throws an untyped error, whatever the input', async () => {
    const provider = defineAddressProvider({
      provider: 'test',
      findByPostcode: async () => [],
      search: async () => [],
    });
    for (const input of [
      null,
      42,
      {},
      [],
      Symbol('x'),
      () => 1,
      { postcode: { toString: () => 'SO16 0AS' } },
      'x'.repeat(1e6),
    ]) {
      for (const call of [
        () => provider.findByPostcode(input as never),
        () => provider.search(input as never),
      ]) {
        const failure = await call().catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(ValidationError);
      }
    }
  });
});
