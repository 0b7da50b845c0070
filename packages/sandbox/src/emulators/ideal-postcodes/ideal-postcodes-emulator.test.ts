import { describe, expect, it } from 'vitest';
import { addressDataset, specialPostcodes } from '../address-data/index.js';
import { createIdealPostcodesEmulator } from './create-ideal-postcodes-emulator.js';
import { openApiErrors } from './openapi-validator.test-helper.js';

const emulator = createIdealPostcodesEmulator();
const key = emulator.credentials.apiKey;

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read loosely by the tests
type Json = any;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await emulator.fetch(new Request(`https://api.ideal-postcodes.co.uk${path}`, { headers }));
  return { status: response.status, body: (await response.json()) as Record<string, Json> };
}

describe('Ideal Postcodes emulator', () => {
  it('answers every fixture postcode in a shape the OpenAPI description accepts', async () => {
    const postcodes = new Set(
      addressDataset()
        .addresses.filter((a) => !a.testValueOf)
        .map((a) => a.postcode),
    );
    expect(postcodes.size).toBeGreaterThan(20);
    for (const postcode of postcodes) {
      const { status, body } = await get(`/v1/postcodes/${encodeURIComponent(postcode)}?api_key=${key}`);
      expect(status, postcode).toBe(200);
      expect(openApiErrors('PostcodeResponse', body), postcode).toEqual([]);
      for (const address of body['result']) expect(typeof address.uprn).toBe('string');
    }
  });

  it('serves Scottish and Northern Irish postcodes (no British grid in Northern Ireland)', async () => {
    const scotland = await get(
      `/v1/postcodes/${encodeURIComponent(specialPostcodes.scotland)}?api_key=${key}`,
    );
    expect(scotland.body['result'][0]).toMatchObject({ country: 'Scotland' });
    const ni = await get(
      `/v1/postcodes/${encodeURIComponent(specialPostcodes.northernIreland)}?api_key=${key}`,
    );
    expect(ni.body['result'][0]).toMatchObject({ country: 'Northern Ireland', eastings: '' });
  });

  it('answers a postcode with no addresses with 404 / 4040', async () => {
    const { status, body } = await get(
      `/v1/postcodes/${encodeURIComponent(specialPostcodes.noAddresses)}?api_key=${key}`,
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 4040, message: 'Postcode not found' });
  });

  it('takes the key from the Authorization header too', async () => {
    const { status } = await get('/v1/postcodes/SW1A2AA', {
      authorization: `IDEALPOSTCODES api_key="${key}"`,
    });
    expect(status).toBe(200);
    expect((await get('/v1/postcodes/SW1A2AA')).status).toBe(401);
  });

  it('keeps only the fields `filter` names', async () => {
    const { body } = await get(`/v1/postcodes/SW1A2AA?api_key=${key}&filter=line_1,uprn`);
    expect(Object.keys(body['result'][0]).sort()).toEqual(['line_1', 'uprn']);
  });

  it('lays out flats, organisations and Welsh addresses on three lines', async () => {
    const flats = await get(`/v1/postcodes/${encodeURIComponent(specialPostcodes.flats)}?api_key=${key}`);
    const flat = flats.body['result'].find((a: { sub_building_name: string }) => a.sub_building_name !== '');
    expect(flat.line_1).toBe(flat.sub_building_name);
    const downing = await get(`/v1/postcodes/SW1A2AA?api_key=${key}`);
    expect(downing.body['result'][0]).toMatchObject({
      line_1: 'Prime Minister & First Lord of the Treasury',
      line_2: '10 Downing Street',
      line_3: '',
      uprn: '100023336956',
    });
  });

  it('pages free-text search by limit and page, and answers a missing query with 400', async () => {
    const first = await get(`/v1/addresses?api_key=${key}&query=road&limit=2`);
    const second = await get(`/v1/addresses?api_key=${key}&query=road&limit=2&page=1`);
    expect(first.body['result'].hits).toHaveLength(2);
    expect(first.body['result'].total).toBeGreaterThan(2);
    expect(second.body['result'].hits[0].uprn).not.toBe(first.body['result'].hits[0].uprn);
    const missing = await get(`/v1/addresses?api_key=${key}`);
    expect(missing.status).toBe(400);
    expect(openApiErrors('BadRequestResponse', missing.body)).toEqual([]);
  });

  it('answers a postcode as the search query with the whole postcode, whatever the limit', async () => {
    const all = await get(`/v1/postcodes/${encodeURIComponent(specialPostcodes.flats)}?api_key=${key}`);
    const search = await get(
      `/v1/addresses?api_key=${key}&limit=1&query=${encodeURIComponent(specialPostcodes.flats)}`,
    );
    expect(search.body['result'].hits).toHaveLength(all.body['result'].length);
    expect(openApiErrors('AddressResponse', search.body)).toEqual([]);
  });

  it('turns away long autocomplete queries and finds nothing in junk', async () => {
    expect((await get(`/v1/autocomplete/addresses?api_key=${key}&query=${'a'.repeat(151)}`)).status).toBe(
      400,
    );
    const junk = await get(
      `/v1/addresses?api_key=${key}&query=${encodeURIComponent("'; DROP TABLE--<script>")}`,
    );
    expect(junk).toMatchObject({ status: 200, body: { result: { hits: [] } } });
  });

  it('answers as its rate limiter (503) and in an outage (500) when told', async () => {
    const local = createIdealPostcodesEmulator();
    local.control.rateLimitNext();
    local.control.failNext();
    const request = () => local.fetch(new Request(`https://x/v1/postcodes/SW1A2AA?api_key=${key}`));
    expect((await request()).status).toBe(503);
    expect((await request()).status).toBe(500);
    expect((await request()).status).toBe(200);
    expect(local.control.requestCount).toBe(3);
    expect(() => local.control.failNext(0)).toThrow(/count/);
  });

  it('hands out the same keys on every start', () => {
    expect(createIdealPostcodesEmulator().credentials).toEqual(emulator.credentials);
  });
});
