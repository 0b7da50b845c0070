import { describe, expect, it } from 'vitest';
import { memoryAddresses, RateLimitError, ValidationError } from './index.js';

describe('memoryAddresses', () => {
  it('finds the addresses in a postcode, in any case and spacing', async () => {
    const provider = memoryAddresses();
    const [os] = await provider.findByPostcode(' so16  0as ');
    expect(os).toMatchObject({
      uprn: '200010019924',
      postcode: 'SO16 0AS',
      lines: ['Ordnance Survey', '4 Adanac Drive', 'Nursling'],
      town: 'Southampton',
      singleLine: 'Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS',
      provider: 'memory',
      localCustodianCode: '1760',
    });
  });

  it('answers nothing found with an empty list or undefined', async () => {
    const provider = memoryAddresses();
    expect(await provider.findByPostcode('SK1 1ZZ')).toEqual([]);
    expect(await provider.getByUprn('1')).toBeUndefined();
    expect(await provider.lookupPostcodeArea('ZE1 0AA')).toBeUndefined();
    expect((await provider.lookupPostcodeArea('SK1 1ZZ'))?.adminDistrict?.name).toBe('Stockport');
  });

  it('searches, gets by UPRN and filters by council', async () => {
    const provider = memoryAddresses();
    expect((await provider.search('titchfield flat', { signal: AbortSignal.timeout(1000) })).length).toBe(4);
    expect((await provider.search({ text: 'titchfield', limit: 2 })).length).toBe(2);
    expect((await provider.getByUprn(22062038))?.postcode).toBe('BN1 1JE');
    expect(await provider.findByPostcode({ postcode: 'SO16 0AS', localCustodianCode: 1760 })).toHaveLength(1);
    expect(await provider.findByPostcode({ postcode: 'SO16 0AS', localCustodianCode: '5990' })).toEqual([]);
  });

  it('rejects an invalid postcode before any lookup', async () => {
    const provider = memoryAddresses();
    await expect(provider.findByPostcode('SW1A OAA')).rejects.toBeInstanceOf(ValidationError);
    expect(provider.controls.lookups()).toBe(0);
  });

  it('simulates failures and lacking capabilities', async () => {
    const provider = memoryAddresses({ without: ['search'] });
    expect(provider.capabilities.search).toBe(false);
    await expect(provider.search('downing')).rejects.toMatchObject({ code: 'unsupported' });
    provider.controls.failNext(new RateLimitError('slow down', { provider: 'memory' }));
    await expect(provider.findByPostcode('SW1A 2AA')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await provider.findByPostcode('SW1A 2AA')).toHaveLength(1);
  });
});

describe('createAddress', () => {
  it('refuses parts without a town, postcode or provider, naming them', async () => {
    const { createAddress } = await import('./index.js');
    expect(() => createAddress({ postcode: 'SO16 0AS' } as never)).toThrow(/town.*provider/);
  });
});
