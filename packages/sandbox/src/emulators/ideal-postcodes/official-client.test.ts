import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIdealPostcodesEmulator } from './create-ideal-postcodes-emulator.js';
import { openApiErrors } from './openapi-validator.test-helper.js';
import type { IdealPostcodesEmulator } from './types.js';

// Ideal Postcodes' own Node client, unmodified, proves the emulator speaks the real wire format.
const require = createRequire(import.meta.url);
const { Client } = require('@ideal-postcodes/core-node') as typeof import('@ideal-postcodes/core-node');
const { errors } =
  require('@ideal-postcodes/core-interface') as typeof import('@ideal-postcodes/core-interface');

interface Answer {
  url: string;
  status: number;
  body: unknown;
}

describe('Ideal Postcodes emulator, through the official core-node client', () => {
  const emulator: IdealPostcodesEmulator = createIdealPostcodesEmulator();
  const server = serve({ fetch: emulator.fetch, port: 0, hostname: '127.0.0.1' });
  const answers: Answer[] = [];
  let host = '';
  // Every answer the client receives is kept, so each can be checked against the OpenAPI description.
  const gotConfig = {
    hooks: {
      afterResponse: [
        (response: { url: string; statusCode: number; body: unknown }) => {
          answers.push({ url: response.url, status: response.statusCode, body: response.body });
          return response;
        },
      ],
    },
  };
  const client = (apiKey: string) =>
    new Client({ api_key: apiKey, baseUrl: host, tls: false }, gotConfig as never);

  beforeAll(async () => {
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    answers.length = 0;
  });

  const lastAnswer = () => answers.at(-1) as Answer;

  it('looks up a postcode, in any case and spacing', async () => {
    const result = await client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'sw1a2aa' });
    expect(result.length).toBeGreaterThan(0);
    expect(result[0]).toMatchObject({ postcode: 'SW1A 2AA', uprn: '100023336956', udprn: 23747771 });
    expect(lastAnswer().status).toBe(200);
    expect(openApiErrors('PostcodeResponse', lastAnswer().body)).toEqual([]);
  });

  it('answers the documented test postcode ID1 1QD', async () => {
    const result = await client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'ID1 1QD' });
    expect(result.map((address) => address.postcode)).toEqual(['ID1 1QD', 'ID1 1QD', 'ID1 1QD']);
    expect(openApiErrors('PostcodeResponse', lastAnswer().body)).toEqual([]);
  });

  it('gives an unknown postcode (and the test postcode ID1 KFA) as an empty list, from a 4040', async () => {
    expect(await client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'SW1A 9ZZ' })).toEqual([]);
    expect(lastAnswer()).toMatchObject({ status: 404, body: { code: 4040, message: 'Postcode not found' } });
    expect(openApiErrors('PostcodeNotFoundResponse', lastAnswer().body)).toEqual([]);
    expect(lastAnswer().body).toMatchObject({ suggestions: expect.arrayContaining(['SW1A 2AA']) });
    expect(await client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'ID1 KFA' })).toEqual([]);
  });

  it('searches addresses by free text', async () => {
    const hits = await client(emulator.credentials.apiKey).lookupAddress({ query: '10 downing street' });
    expect(hits.map((hit) => hit.uprn)).toContain('100023336956');
    expect(openApiErrors('AddressResponse', lastAnswer().body)).toEqual([]);
    expect(await client(emulator.credentials.apiKey).lookupAddress({ query: 'ID1 KFA' })).toEqual([]);
    expect(openApiErrors('AddressResponse', lastAnswer().body)).toEqual([]);
  });

  it('finds an address by UPRN through the addresses filter', async () => {
    const response = await client(emulator.credentials.apiKey).addresses.list({
      query: { uprn: '100023336956' },
      header: { Authorization: `IDEALPOSTCODES api_key="${emulator.credentials.apiKey}"` },
    });
    expect(response.body.result.hits.map((hit: { uprn: string }) => hit.uprn)).toEqual(['100023336956']);
    expect(openApiErrors('AddressResponse', response.body)).toEqual([]);
  });

  it('looks up a UDPRN, the test UDPRN 0, and gives an unknown one as null', async () => {
    const ipc = client(emulator.credentials.apiKey);
    expect(await ipc.lookupUdprn({ udprn: 23747771 })).toMatchObject({ line_2: '10 Downing Street' });
    expect(openApiErrors('UDPRNResponse', lastAnswer().body)).toEqual([]);
    expect(await ipc.lookupUdprn({ udprn: 0 })).toMatchObject({ postcode: 'ID1 1QD' });
    expect(openApiErrors('UDPRNResponse', lastAnswer().body)).toEqual([]);
    expect(await ipc.lookupUdprn({ udprn: -1 })).toBeNull();
    expect(lastAnswer()).toMatchObject({ status: 404, body: { code: 4044 } });
    await expect(ipc.lookupUdprn({ udprn: -2 })).rejects.toBeInstanceOf(errors.IdpcBalanceDepletedError);
    await expect(ipc.lookupUdprn({ udprn: -3 })).rejects.toBeInstanceOf(errors.IdpcLimitReachedError);
  });

  it('autocompletes and resolves a suggestion', async () => {
    const response = await client(emulator.credentials.apiKey).autocomplete.list({
      query: { query: '10 downing', api_key: emulator.credentials.apiKey },
      header: {},
    });
    // The description's `oneOf` cannot tell a UK suggestion from a generic one (every UK suggestion
    // is also a valid generic one, its own example included), so each hit is checked as a UK one.
    expect(openApiErrors('AutocompleteResponse', { ...response.body, result: { hits: [] } })).toEqual([]);
    for (const hit of response.body.result.hits)
      expect(openApiErrors('UkAddressSuggestion', hit)).toEqual([]);
    expect(response.body.result.hits.length).toBeGreaterThan(0);
    const hit = response.body.result.hits.find(
      (candidate: { udprn?: number }) => candidate.udprn === 23747771,
    );
    expect(hit?.suggestion).toMatch(/10 Downing Street, London, SW1A$/);
    const resolved = await fetch(
      `http://${host}/v1/autocomplete/addresses/${hit?.id}/gbr?api_key=${emulator.credentials.apiKey}`,
    );
    const body = await resolved.json();
    expect(openApiErrors('GbrResolveAddressResponse', body)).toEqual([]);
    expect(body.result.uprn).toBe('100023336956');
  });

  it('refuses a bad key with 401 / 4010', async () => {
    await expect(client('ak_not_a_real_key').lookupPostcode({ postcode: 'SW1A 2AA' })).rejects.toBeInstanceOf(
      errors.IdpcInvalidKeyError,
    );
    expect(lastAnswer()).toMatchObject({ status: 401, body: { code: 4010 } });
    expect(openApiErrors('UnauthorizedResponse', lastAnswer().body)).toEqual([]);
  });

  it('refuses an exhausted key with 402 / 4020, and a limited one with 402 / 4021', async () => {
    await expect(
      client(emulator.credentials.exhaustedApiKey).lookupPostcode({ postcode: 'SW1A 2AA' }),
    ).rejects.toBeInstanceOf(errors.IdpcBalanceDepletedError);
    expect(lastAnswer()).toMatchObject({ status: 402, body: { code: 4020 } });
    expect(openApiErrors('ErrorResponse', lastAnswer().body)).toEqual([]);
    await expect(
      client(emulator.credentials.limitReachedApiKey).lookupAddress({ query: 'downing' }),
    ).rejects.toBeInstanceOf(errors.IdpcLimitReachedError);
    await expect(
      client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'ID1 CLIP' }),
    ).rejects.toBeInstanceOf(errors.IdpcBalanceDepletedError);
    await expect(
      client(emulator.credentials.apiKey).lookupPostcode({ postcode: 'ID1 CHOP' }),
    ).rejects.toBeInstanceOf(errors.IdpcLimitReachedError);
  });

  it('says which keys are usable, as the documented iddqd and idkfa', async () => {
    const ipc = client(emulator.credentials.apiKey);
    expect(await ipc.checkKeyUsability({})).toMatchObject({ available: true });
    expect(openApiErrors('ApiKeyResponse', lastAnswer().body)).toEqual([]);
    expect(await ipc.checkKeyUsability({ api_key: 'idkfa' })).toMatchObject({ available: false });
    expect(await ipc.checkKeyUsability({ api_key: emulator.credentials.exhaustedApiKey })).toMatchObject({
      available: false,
    });
    await expect(ipc.checkKeyUsability({ api_key: 'ak_unknown' })).rejects.toBeInstanceOf(
      errors.IdpcKeyNotFoundError,
    );
  });

  it('answers a bad limit with a 400 the client reads', async () => {
    await expect(
      client(emulator.credentials.apiKey).lookupAddress({ query: 'downing', limit: 1000 }),
    ).rejects.toBeInstanceOf(errors.IdpcBadRequestError);
    expect(openApiErrors('BadRequestResponse', lastAnswer().body)).toEqual([]);
  });
});
