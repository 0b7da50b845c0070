import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressProvider } from './choose-address-provider.js';

// The address guide's samples, against the sandbox, with the environment they read.
describe('address guide samples', () => {
  let sandbox: Sandbox;
  const names = [
    'ADDRESS_PROVIDER',
    'OS_PLACES_API_KEY',
    'OS_PLACES_BASE_URL',
    'IDEAL_POSTCODES_API_KEY',
    'IDEAL_POSTCODES_BASE_URL',
    'POSTCODES_IO_BASE_URL',
  ];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    Object.assign(process.env, {
      ADDRESS_PROVIDER: 'os-places',
      OS_PLACES_API_KEY: sandbox.credentials.osPlaces.apiKey,
      OS_PLACES_BASE_URL: `${sandbox.services.osPlaces}/search/places/v1`,
      IDEAL_POSTCODES_API_KEY: sandbox.credentials.idealPostcodes.apiKey,
      IDEAL_POSTCODES_BASE_URL: sandbox.services.idealPostcodes,
      POSTCODES_IO_BASE_URL: sandbox.services.postcodesIo,
    });
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('offers the addresses in a postcode as GOV.UK radio items', async () => {
    const { findAddressStep } = await import('./find-address-step.js');
    const step = await findAddressStep({ postcode: 'sw1a 2aa' });
    expect(step.items).toEqual([
      {
        value: '100023336956',
        text: 'Prime Minister & First Lord of the Treasury, 10 Downing Street, London, SW1A 2AA',
      },
    ]);
    expect((await findAddressStep({ postcode: 'SW1A' })).error?.text).toBe('Enter a full postcode');
    expect((await findAddressStep({ postcode: 'SK1 1ZZ' })).error?.href).toBe('#postcode');
  });

  it('finds the same address whichever provider is configured', async () => {
    const singleLines = [];
    for (const provider of ['os-places', 'ideal-postcodes', 'memory']) {
      const addresses = addressProvider({ ...process.env, ADDRESS_PROVIDER: provider });
      const [found] = await addresses.findByPostcode('SO16 0AS');
      expect(found?.uprn).toBe('200010019924');
      singleLines.push(found?.singleLine);
    }
    expect(new Set(singleLines)).toEqual(
      new Set(['Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS']),
    );
  });

  it('falls back to Ideal Postcodes when OS Places is down, and answers from the cache after', async () => {
    const { addresses } = await import('./resilient-addresses.js');
    sandbox.emulators.osPlaces.control.failNext(10);
    const [found] = await addresses.findByPostcode('BN1 1JE');
    expect(found).toMatchObject({ provider: 'ideal-postcodes', uprn: '22062038' });
    sandbox.emulators.idealPostcodes.control.failNext(10);
    expect((await addresses.findByPostcode('bn11je'))[0]?.uprn).toBe('22062038');
    sandbox.emulators.osPlaces.control.reset();
    sandbox.emulators.idealPostcodes.control.reset();
  });

  it('checks a postcode is in the council’s area', async () => {
    const { isInOurArea } = await import('./resilient-addresses.js');
    expect(await isInOurArea('SO16 0AS')).toBe(true);
    expect(await isInOurArea('SW1A 2AA')).toBe(false);
  });
});
