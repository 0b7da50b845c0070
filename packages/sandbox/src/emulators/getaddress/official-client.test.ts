import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Client } from 'getaddress-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGetAddressEmulator } from './create-getaddress-emulator.js';

// getAddress.io's own client, unmodified, proves the emulator speaks the real wire format. Its
// `find` has the real host written in, so requests to that host are sent to the emulator instead,
// still over HTTP on 127.0.0.1.
describe('getAddress.io emulator, through the official getaddress-api client', () => {
  const emulator = createGetAddressEmulator();
  const server = serve({ fetch: emulator.fetch, port: 0, hostname: '127.0.0.1' });
  const realFetch = globalThis.fetch;
  let origin = '';
  const client = (apiKey = emulator.credentials.apiKey) =>
    new Client(apiKey, `${origin}/autocomplete/{query}`, `${origin}/get/{id}`);

  beforeAll(async () => {
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    globalThis.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return realFetch(url.replace('https://api.getaddress.io', origin), init);
    };
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('finds the addresses at a postcode, expanded', async () => {
    const result = await client().find('SW1A 2AA');
    expect(result.isSuccess).toBe(true);
    const { addresses } = result.toSuccess();
    expect(addresses.postcode).toBe('SW1A 2AA');
    expect(typeof addresses.latitude).toBe('number');
    expect(addresses.addresses[0]).toMatchObject({
      line_1: 'Prime Minister & First Lord of the Treasury',
      line_2: '10 Downing Street',
      town_or_city: 'London',
      building_number: '10',
      thoroughfare: 'Downing Street',
    });
    expect(addresses.addresses[0]?.formatted_address).toHaveLength(5);
  });

  it('answers the documented test postcodes', async () => {
    const found = await client().find('XX2 00X');
    expect(found.toSuccess().addresses.addresses).toHaveLength(3);
    const outcomes = await Promise.all(
      ['XX4 04X', 'XX4 00X', 'XX4 01X', 'XX4 29X', 'XX5 00X'].map(async (postcode) => {
        const failed = (await client().find(postcode)).toFailed();
        return [failed.status, failed.message];
      }),
    );
    expect(outcomes).toEqual([
      [404, 'No addresses could be found for this postcode.'],
      [400, 'Your postcode is not valid.'],
      [401, 'Your api-key is not valid.'],
      [429, 'You have made more requests than your allowed limit.'],
      [500, 'Server error, you should never see this.'],
    ]);
  });

  it('answers a postcode with no addresses with 404, and a bad key with 401', async () => {
    expect((await client().find('SK1 1ZZ')).toFailed().status).toBe(404);
    expect((await client().find('NOT A POSTCODE')).toFailed().status).toBe(400);
    const refused = (await client('not-a-key').find('SW1A 2AA')).toFailed();
    expect(refused).toMatchObject({ status: 401, message: 'Your api-key is not valid.' });
    expect((await client(emulator.credentials.rateLimitedApiKey).find('SW1A 2AA')).toFailed().status).toBe(
      429,
    );
  });

  it('autocompletes and gets the chosen address', async () => {
    const suggestions = (await client().autocomplete('10 Downing')).toSuccess().suggestions;
    const downing = suggestions.find((suggestion) => suggestion.address.includes('10 Downing Street'));
    expect(downing).toBeDefined();
    expect(downing?.url).toBe(`/get/${downing?.id}`);
    const address = (await client().get(downing?.id ?? '')).toSuccess().address;
    expect(address).toMatchObject({ postcode: 'SW1A 2AA', line_2: '10 Downing Street', residential: false });
  });

  it('applies autocomplete options: top, filter and show_postcode', async () => {
    const top = (await client().autocomplete('road', { top: 2 })).toSuccess().suggestions;
    expect(top).toHaveLength(2);
    const filtered = (
      await client().autocomplete('downing', { filter: { postcode: 'SW1A 2AA' }, show_postcode: true })
    ).toSuccess().suggestions;
    expect(filtered.length).toBeGreaterThan(0);
    for (const suggestion of filtered) expect(suggestion.address.endsWith('SW1A 2AA')).toBe(true);
    const elsewhere = (await client().autocomplete('downing', { filter: { postcode: 'BN1' } })).toSuccess();
    expect(elsewhere.suggestions).toEqual([]);
  });

  it('answers an unknown id with 404', async () => {
    const failed = (await client().get('bm90IGFuIGlk')).toFailed();
    expect(failed.status).toBe(404);
  });
});
