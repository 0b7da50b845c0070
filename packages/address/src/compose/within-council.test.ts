import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { memoryAddresses } from '../memory.js';
import { withinCouncil } from './within-council.js';

describe('withinCouncil', () => {
  it('finds only the council’s addresses', async () => {
    const testValley = withinCouncil(memoryAddresses(), 1760);
    expect(await testValley.findByPostcode('SO16 0AS')).toHaveLength(1);
    expect(await testValley.findByPostcode('SW1A 2AA')).toEqual([]);
    expect(await testValley.getByUprn('100023336956')).toBeUndefined();
    expect((await testValley.getByUprn('200010019924'))?.localCustodianCode).toBe('1760');
    expect(await testValley.search('Downing Street')).toEqual([]);
    expect(await testValley.search({ text: 'Adanac', localCustodianCode: '5990' })).toEqual([]);
  });

  it('still says where any postcode lies', async () => {
    const testValley = withinCouncil(memoryAddresses(), '1760');
    expect((await testValley.lookupPostcodeArea('SW1A 2AA'))?.adminDistrict?.name).toBe('Westminster');
  });

  it('refuses a bad code, or a provider that cannot tell councils apart', () => {
    expect(() => withinCouncil(memoryAddresses(), 'Test Valley')).toThrow(ConfigError);
    expect(() => withinCouncil(memoryAddresses({ without: ['localCustodianCode'] }), 1760)).toThrow(
      /does not say which council/,
    );
  });
});
