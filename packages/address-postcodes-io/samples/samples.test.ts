import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's sample, run against the sandbox with the environment it reads.
describe('address-postcodes-io README sample', () => {
  let sandbox: Sandbox;
  const saved = process.env['POSTCODES_IO_BASE_URL'];
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['POSTCODES_IO_BASE_URL'] = sandbox.services.postcodesIo;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['POSTCODES_IO_BASE_URL'];
    else process.env['POSTCODES_IO_BASE_URL'] = saved;
    await sandbox.close();
  });

  it('says whether a postcode is in the council’s district', async () => {
    const { checkArea } = await import('./in-our-area.js');
    expect(await checkArea('so16 0as')).toEqual({ known: true, inArea: true, ward: 'Valley Park' });
    expect(await checkArea('SW1A 2AA')).toMatchObject({ known: true, inArea: false });
    expect(await checkArea('ZE1 0AA')).toEqual({ known: false, inArea: false });
  });
});
