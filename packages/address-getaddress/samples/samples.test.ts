import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's sample, run against the sandbox with the environment it reads.
describe('address-getaddress README samples', () => {
  let sandbox: Sandbox;
  const names = ['GETADDRESS_API_KEY', 'GETADDRESS_BASE_URL'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['GETADDRESS_API_KEY'] = sandbox.credentials.getAddress.apiKey;
    process.env['GETADDRESS_BASE_URL'] = sandbox.services.getAddress;
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('finds addresses by postcode or by part of an address', async () => {
    const { findAddresses } = await import('./address-finder.js');
    const byPostcode = await findAddresses('sw1a 2aa');
    expect(byPostcode[0]).toEqual({
      lines: ['Prime Minister & First Lord of the Treasury', '10 Downing Street'],
      town: 'London',
      postcode: 'SW1A 2AA',
    });
    const byText = await findAddresses('10 Downing Street');
    expect(byText[0]).toEqual(byPostcode[0]);
  });
});
