import { describe, expect, it } from 'vitest';
import { createOsPlacesEmulator } from './index.js';

const emulator = createOsPlacesEmulator();
const key = emulator.credentials.apiKey;

type WireRecord = Record<string, string | number | null>;
interface Answer {
  header: Record<string, unknown> & { totalresults: number };
  results: { DPA: WireRecord; LPI: WireRecord }[];
  error: unknown;
  fault: { faultstring: string; detail: { errorcode: string } };
}

async function get(path: string, headers: Record<string, string> = { key }) {
  const response = await emulator.fetch(
    new Request(`https://api.os.uk/search/places/v1${path}`, { headers }),
  );
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('OS Places emulator', () => {
  it('answers the documented example, SO16 0AS, with its DPA record', async () => {
    const { status, body } = await get('/postcode?postcode=SO16%200AS');
    expect(status).toBe(200);
    expect(body.header).toMatchObject({
      query: 'postcode=SO16 0AS',
      offset: 0,
      totalresults: 1,
      format: 'JSON',
      dataset: 'DPA',
      lr: 'EN,CY',
      maxresults: 100,
      output_srs: 'EPSG:27700',
    });
    expect(body.results[0]?.DPA).toMatchObject({
      UPRN: '200010019924',
      UDPRN: '52126562',
      ADDRESS: 'ORDNANCE SURVEY, 4, ADANAC DRIVE, NURSLING, SOUTHAMPTON, SO16 0AS',
      ORGANISATION_NAME: 'ORDNANCE SURVEY',
      BUILDING_NUMBER: '4',
      THOROUGHFARE_NAME: 'ADANAC DRIVE',
      POST_TOWN: 'SOUTHAMPTON',
      CLASSIFICATION_CODE: 'CO01GV',
      LOCAL_CUSTODIAN_CODE: 1760,
      LOCAL_CUSTODIAN_CODE_DESCRIPTION: 'TEST VALLEY',
      X_COORDINATE: 437292,
      Y_COORDINATE: 115541,
      MATCH: 1,
      MATCH_DESCRIPTION: 'EXACT',
      LANGUAGE: 'EN',
    });
    expect(body.results[0]?.DPA).not.toHaveProperty('LAT');
    expect(body.results[0]?.DPA).not.toHaveProperty('DEPARTMENT_NAME');
  });

  it('adds LNG and LAT when asked for WGS84', async () => {
    const { body } = await get('/uprn?uprn=100023336956&output_srs=WGS84');
    expect(body.header.output_srs).toBe('EPSG:4326');
    expect(body.results[0]?.DPA).toMatchObject({ X_COORDINATE: 530047, LAT: 51.50354, LNG: -0.127695 });
  });

  it('answers a postcode with no addresses with 200, a header and no results', async () => {
    const { status, body } = await get('/postcode?postcode=SK1%201ZZ');
    expect(status).toBe(200);
    expect(body.header.totalresults).toBe(0);
    expect(body).not.toHaveProperty('results');
  });

  it('refuses a postcode shorter than a district with the documented 400, spaces removed', async () => {
    const { status, body } = await get('/postcode?postcode=s%20o');
    expect(status).toBe(400);
    expect(body).toEqual({
      error: {
        statuscode: 400,
        message:
          'Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was SO',
      },
    });
  });

  it('accepts a district or sector and pages by maxresults and offset', async () => {
    const district = await get('/postcode?postcode=SO51');
    expect(district.body.header.totalresults).toBeGreaterThan(20);
    const first = await get('/postcode?postcode=SO51&maxresults=10');
    const second = await get('/postcode?postcode=SO51&maxresults=10&offset=10');
    expect(first.body.results).toHaveLength(10);
    expect(second.body.header.offset).toBe(10);
    expect(second.body.results[0]?.DPA['UPRN']).not.toBe(first.body.results[0]?.DPA['UPRN']);
    expect((await get('/postcode?postcode=SO51&maxresults=101')).status).toBe(400);
  });

  it('serves LPI records, with the Welsh one beside the English for Cardiff', async () => {
    const { body } = await get('/postcode?postcode=CF10%203ND&dataset=LPI');
    const languages = body.results.map((result) => result.LPI['LANGUAGE']);
    expect(languages).toEqual(['EN', 'CY']);
    expect(body.results[1]?.LPI).toMatchObject({
      ORGANISATION: 'CYNGOR CAERDYDD',
      PAO_TEXT: 'NEUADD Y DDINAS',
      STREET_DESCRIPTION: 'PARC CATHAYS',
      TOWN_NAME: 'CAERDYDD',
      POSTCODE_LOCATOR: 'CF10 3ND',
    });
    const english = await get('/postcode?postcode=CF10%203ND&dataset=LPI&lr=EN');
    expect(english.body.results).toHaveLength(1);
  });

  it('serves objects without a postal address in LPI only', async () => {
    const dpa = await get('/postcode?postcode=SO16%200AS&dataset=DPA');
    const both = await get('/postcode?postcode=SO16%200AS&dataset=DPA,LPI');
    expect(dpa.body.results).toHaveLength(1);
    expect(both.body.results.map((result) => Object.keys(result)[0])).toEqual(['DPA', 'LPI', 'LPI']);
  });

  it('filters with fq: terms ORed within a parameter, parameters ANDed, wildcards', async () => {
    const flats = await get('/postcode?postcode=W1W%207RT&fq=CLASSIFICATION_CODE:RD*');
    expect(
      flats.body.results.every((result) => String(result.DPA['CLASSIFICATION_CODE']).startsWith('RD')),
    ).toBe(true);
    const either = await get(
      '/postcode?postcode=W1W%207RT&fq=CLASSIFICATION_CODE:RD06%20CLASSIFICATION_CODE:CO01',
    );
    expect(either.body.header.totalresults).toBeGreaterThan(flats.body.header.totalresults);
    const elsewhere = await get('/postcode?postcode=W1W%207RT&fq=local_custodian_code:1760');
    expect(elsewhere.body.header.totalresults).toBe(0);
    const both = await get(
      '/postcode?postcode=W1W%207RT&fq=LOCAL_CUSTODIAN_CODE:5990&fq=CLASSIFICATION_CODE:CO*',
    );
    expect(both.body.results.map((result) => result.DPA['ORGANISATION_NAME'])).toEqual([
      'TITCHFIELD TAILORING LTD',
      'FITZROVIA DENTAL PRACTICE',
    ]);
    expect((await get('/postcode?postcode=W1W%207RT&fq=NAME:X')).status).toBe(400);
  });

  it('finds by free text, best match first, with matchprecision in the header', async () => {
    const { body } = await get('/find?query=10%20Downing%20Street%20London');
    expect(body.header.matchprecision).toBe(1);
    expect(body.results[0]?.DPA['UPRN']).toBe('100023336956');
    expect((await get('/find?query=zzqx%20nowhere')).body).not.toHaveProperty('results');
    expect((await get('/find')).status).toBe(400);
  });

  it('finds by UPRN, and answers an unknown one with no results', async () => {
    expect((await get('/uprn?uprn=22062038')).body.results[0]?.DPA['POSTCODE']).toBe('BN1 1JE');
    expect((await get('/uprn?uprn=987654321098')).body.header.totalresults).toBe(0);
    expect((await get('/uprn?uprn=abc')).status).toBe(400);
  });

  it('takes the key as a header or a query parameter, and refuses a bad or missing one', async () => {
    expect((await get(`/postcode?postcode=SO16%200AS&key=${key}`, {})).status).toBe(200);
    const missing = await get('/postcode?postcode=SO16%200AS', {});
    expect(missing.status).toBe(401);
    expect(missing.body.fault.detail.errorcode).toBe('steps.oauth.v2.FailedToResolveAPIKey');
    const wrong = await get('/postcode?postcode=SO16%200AS', { key: 'not-the-key' });
    expect(wrong).toMatchObject({ status: 401, body: { fault: { faultstring: 'Invalid ApiKey' } } });
  });

  it('limits transactions per minute with 429, and simulates outages', async () => {
    let now = 0;
    const limited = createOsPlacesEmulator({ requestsPerMinute: 2, now: () => now });
    const ask = () =>
      limited.fetch(
        new Request('https://api.os.uk/search/places/v1/postcode?postcode=SO160AS', { headers: { key } }),
      );
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(429);
    now = 60_000;
    expect((await ask()).status).toBe(200);
    limited.control.failNext();
    expect((await ask()).status).toBe(500);
    limited.control.rateLimitNext();
    expect((await ask()).status).toBe(429);
    expect(limited.control.requestCount).toBe(6);
  });

  it('keeps the same key on every start, and refuses other methods and paths', async () => {
    expect(createOsPlacesEmulator().credentials).toEqual(emulator.credentials);
    const post = await emulator.fetch(
      new Request('https://api.os.uk/search/places/v1/postcode?postcode=SO160AS', {
        method: 'POST',
        headers: { key },
      }),
    );
    expect(post.status).toBe(405);
    expect((await get('/nowhere')).status).toBe(404);
  });
});
