import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's sample, run against the sandbox with the environment it reads.
describe('address-os-places README sample', () => {
  let sandbox: Sandbox;
  const names = ['OS_PLACES_API_KEY', 'OS_PLACES_BASE_URL'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['OS_PLACES_API_KEY'] = sandbox.credentials.osPlaces.apiKey;
    process.env['OS_PLACES_BASE_URL'] = `${sandbox.services.osPlaces}/search/places/v1`;
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox.close();
  });

  it('finds Cardiff homes with their Welsh names, and nothing elsewhere', async () => {
    const { cardiffHomesInWelsh } = await import('./council-addresses.js');
    const homes = await cardiffHomesInWelsh('CF24 4HQ');
    expect(homes.length).toBe(20);
    expect(homes[0]).toBe('1 Heol Richmond, Y Rhath, Caerdydd, CF24 4HQ');
    expect(await cardiffHomesInWelsh('SO16 0AS')).toEqual([]);
  });
});
