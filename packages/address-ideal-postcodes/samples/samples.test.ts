import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's samples, run against the sandbox with the environment they read.
describe('address-ideal-postcodes README samples', () => {
  let sandbox: Sandbox;
  const names = ['IDEAL_POSTCODES_API_KEY', 'IDEAL_POSTCODES_BASE_URL'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['IDEAL_POSTCODES_API_KEY'] = sandbox.credentials.idealPostcodes.apiKey;
    process.env['IDEAL_POSTCODES_BASE_URL'] = sandbox.services.idealPostcodes;
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('lists the addresses in a postcode and reads back the one chosen', async () => {
    const { addressChoices, chosenAddress } = await import('./address-choices.js');
    const choices = await addressChoices('sw1a 2aa');
    expect(choices[0]).toEqual({
      value: '100023336956',
      text: 'Prime Minister & First Lord of the Treasury, 10 Downing Street, London, SW1A 2AA',
    });
    expect(await chosenAddress('100023336956')).toEqual({
      lines: ['Prime Minister & First Lord of the Treasury', '10 Downing Street'],
      town: 'London',
      postcode: 'SW1A 2AA',
    });
  });

  it('asks again for a bad postcode and falls back to manual entry when out of lookups', async () => {
    const { lookupOrManualEntry } = await import('./lookup-or-manual-entry.js');
    expect(await lookupOrManualEntry('SW1A 2AA')).toMatchObject({ addresses: [expect.anything()] });
    expect(await lookupOrManualEntry('not a postcode')).toEqual({
      error: 'Enter a full UK postcode, like SW1A 2AA',
    });
    // Ideal Postcodes' documented test postcode for a key with no lookups left.
    expect(await lookupOrManualEntry('ID1 CLIP')).toEqual({ manualEntry: true });
  });
});
