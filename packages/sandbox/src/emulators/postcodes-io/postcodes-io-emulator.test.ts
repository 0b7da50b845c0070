import { describe, expect, it } from 'vitest';
import { createPostcodesIoEmulator } from './index.js';

const emulator = createPostcodesIoEmulator();

interface Answer {
  status: number;
  result?: unknown;
  error?: string;
  terminated?: unknown;
}

async function call(path: string, init?: RequestInit) {
  const response = await emulator.fetch(new Request(`https://api.postcodes.io${path}`, init));
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('postcodes.io emulator', () => {
  it('looks up a postcode in any case and spacing, with its areas and GSS codes', async () => {
    const { status, body } = await call('/postcodes/so160as');
    expect(status).toBe(200);
    expect(body.status).toBe(200);
    expect(body.result).toMatchObject({
      postcode: 'SO16 0AS',
      eastings: 437292,
      northings: 115541,
      country: 'England',
      longitude: -1.470636,
      latitude: 50.938114,
      region: 'South East',
      incode: '0AS',
      outcode: 'SO16',
      admin_district: 'Test Valley',
      admin_county: 'Hampshire',
      admin_ward: 'Valley Park',
      parish: 'Nursling and Rownhams',
      codes: { admin_district: 'E07000093', admin_county: 'E10000014', admin_ward: 'E05012770' },
    });
    expect((await call('/postcodes/SO16%200AS')).status).toBe(200);
  });

  it('answers a malformed postcode with 404 "Invalid postcode", not 400', async () => {
    expect(await call('/postcodes/NOTAPOSTCODE')).toEqual({
      status: 404,
      body: { status: 404, error: 'Invalid postcode' },
    });
  });

  it('answers an unknown postcode with 404 "Postcode not found", with the terminated one when there is', async () => {
    expect((await call('/postcodes/ZE10AA')).body).toEqual({ status: 404, error: 'Postcode not found' });
    const terminated = await call('/postcodes/M25AA');
    expect(terminated.body).toMatchObject({
      status: 404,
      error: 'Postcode not found',
      terminated: { postcode: 'M2 5AA', year_terminated: 2015, month_terminated: 6 },
    });
    expect((await call('/terminated_postcodes/M2%205AA')).body.result).toMatchObject({ postcode: 'M2 5AA' });
  });

  it('knows a postcode with no addresses, and places in Wales, Scotland and Northern Ireland', async () => {
    expect((await call('/postcodes/SK11ZZ')).body.result).toMatchObject({ admin_district: 'Stockport' });
    expect((await call('/postcodes/CF103ND')).body.result).toMatchObject({ country: 'Wales', region: null });
    expect((await call('/postcodes/EH11YJ')).body.result).toMatchObject({
      country: 'Scotland',
      codes: { admin_district: 'S12000036', admin_county: 'S99999999' },
    });
    expect((await call('/postcodes/BT15GS')).body.result).toMatchObject({
      country: 'Northern Ireland',
      eastings: null,
    });
  });

  it('puts English postcodes outside a parish in the district’s unparished area', async () => {
    expect((await call('/postcodes/SW1A2AA')).body.result).toMatchObject({
      parish: 'Westminster, unparished area',
      codes: { parish: 'E43000033' },
    });
  });

  it('validates with 200 and true or false, never an error', async () => {
    expect((await call('/postcodes/SW1A2AA/validate')).body).toEqual({ status: 200, result: true });
    expect((await call('/postcodes/ZE10AA/validate')).body).toEqual({ status: 200, result: false });
    expect((await call('/postcodes/nonsense/validate')).body).toEqual({ status: 200, result: false });
  });

  it('searches by prefix: an outcode finds its own postcodes only; null when nothing matches', async () => {
    const sk1 = await call('/postcodes?q=SK1');
    expect((sk1.body.result as { postcode: string }[]).map((area) => area.postcode)).toEqual([
      'SK1 1ZZ',
      'SK1 3XE',
    ]);
    expect((await call('/postcodes?query=SW1A%202&limit=1')).body.result).toHaveLength(1);
    expect((await call('/postcodes?q=ZZ9')).body).toEqual({ status: 200, result: null });
    expect((await call('/postcodes?q=')).body).toEqual({
      status: 400,
      error: 'No postcode query submitted. Remember to include query parameter',
    });
    expect((await call('/postcodes/SK1/autocomplete')).body.result).toEqual(['SK1 1ZZ', 'SK1 3XE']);
  });

  it('bulk looks up at most 100 postcodes, null for the unknown ones', async () => {
    const { body } = await call('/postcodes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postcodes: ['SW1A 2AA', 'ZE1 0AA'] }),
    });
    expect(body.result).toMatchObject([
      { query: 'SW1A 2AA', result: { postcode: 'SW1A 2AA' } },
      { query: 'ZE1 0AA', result: null },
    ]);
    const tooMany = await call('/postcodes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postcodes: Array.from({ length: 101 }, () => 'SW1A 2AA') }),
    });
    expect(tooMany.body.error).toMatch(/^Too many postcodes submitted/);
    const neither = await call('/postcodes', { method: 'POST', body: JSON.stringify({}) });
    expect(neither.status).toBe(400);
  });

  it('finds the nearest postcodes to a point, with their distance', async () => {
    const { body } = await call('/postcodes?lon=-1.470636&lat=50.938114');
    expect((body.result as { postcode: string; distance: number }[])[0]).toMatchObject({
      postcode: 'SO16 0AS',
      distance: 0,
    });
    expect((await call('/postcodes?lon=abc&lat=1')).status).toBe(400);
  });

  it('describes an outcode, and 404s an unknown one', async () => {
    expect((await call('/outcodes/sk1')).body.result).toMatchObject({
      outcode: 'SK1',
      admin_district: ['Stockport'],
    });
    expect((await call('/outcodes/ZZ9')).body).toEqual({ status: 404, error: 'Outcode not found' });
  });

  it('answers unknown routes with 404 "Resource not found", and simulates outages', async () => {
    expect((await call('/nowhere')).body).toEqual({ status: 404, error: 'Resource not found' });
    emulator.control.failNext();
    expect((await call('/postcodes/SW1A2AA')).status).toBe(500);
    expect((await call('/postcodes/SW1A2AA')).status).toBe(200);
  });
});
