import { ProviderError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { memoryAddresses } from '../src/index.js';
import { addresses, primary } from './compose.js';
import { addressChoices } from './find-address.js';

// The README's samples, run as written.
describe('address README samples', () => {
  it('offers the addresses in a postcode as GOV.UK radio items', async () => {
    const choices = await addressChoices(memoryAddresses(), 'w1w 7rt');
    expect(choices.items).toHaveLength(4);
    expect(choices.items?.[0]).toEqual({
      value: '100023400101',
      text: 'Flat 1, Titchfield House, 69 Great Titchfield Street, London, W1W 7RT',
    });
  });

  it('answers a bad or unknown postcode with an error message for the summary', async () => {
    expect(await addressChoices(memoryAddresses(), 'SW1A OAA')).toEqual({
      error: { text: 'Enter a full postcode, like SO16 0AS', href: '#postcode' },
    });
    expect((await addressChoices(memoryAddresses(), 'SK1 1ZZ')).error?.text).toBe(
      'We could not find that postcode',
    );
  });

  it('keeps to the council, caches, and falls back when the first provider is down', async () => {
    expect(await addresses.findByPostcode('SW1A 2AA')).toEqual([]);
    primary.controls.failAll(new ProviderError('down', { provider: 'primary', status: 503 }));
    const [found] = await addresses.findByPostcode('SO16 0AS');
    expect(found?.provider).toBe('secondary');
    primary.controls.failAll(undefined);
    expect((await addresses.findByPostcode('SO16 0AS'))[0]?.provider).toBe('secondary'); // from the cache
  });
});
