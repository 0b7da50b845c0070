import { memoryAddresses, type PostcodeArea } from '@councilkit/address';
import { startSandbox } from '@councilkit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postcodesIo } from './index.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
const withoutRecord = ({ providerMetadata: _, provider: __, ...area }: PostcodeArea) => area;

describe('postcodesIo against the emulator', () => {
  let sandbox: Sandbox;
  let areas: ReturnType<typeof postcodesIo>;
  beforeAll(async () => {
    sandbox = await startSandbox();
    areas = postcodesIo({ baseUrl: sandbox.services.postcodesIo, retry: false });
  });
  afterAll(() => sandbox.close());
  afterEach(() => sandbox.emulators.postcodesIo.control.reset());

  it('maps a postcode to its council with GSS codes, ward, parish, country and both coordinates', async () => {
    const area = await areas.lookupPostcodeArea('so16 0as');
    expect(withoutRecord(area!)).toEqual({
      postcode: 'SO16 0AS',
      country: 'England',
      adminDistrict: { name: 'Test Valley', gssCode: 'E07000093' },
      adminCounty: { name: 'Hampshire', gssCode: 'E10000014' },
      ward: { name: 'Valley Park', gssCode: 'E05012770' },
      parish: { name: 'Nursling and Rownhams', gssCode: 'E04004620' },
      wgs84: { latitude: 50.938114, longitude: -1.470636 },
      britishNationalGrid: { easting: 437292, northing: 115541 },
    });
    expect(area?.providerMetadata?.['postcodes-io']).toMatchObject({ outcode: 'SO16', incode: '0AS' });
  });

  it('leaves out pseudo areas: no county for a unitary council, no parish in an unparished area', async () => {
    const area = await areas.lookupPostcodeArea('SW1A 2AA');
    expect(area?.adminCounty).toBeUndefined();
    expect(area?.parish).toBeUndefined();
    expect(area?.adminDistrict).toEqual({ name: 'Westminster', gssCode: 'E09000033' });
  });

  it('gives no British grid reference in Northern Ireland, which uses the Irish Grid', async () => {
    const area = await areas.lookupPostcodeArea('BT1 5GS');
    expect(area).toMatchObject({ country: 'Northern Ireland', adminDistrict: { gssCode: 'N09000003' } });
    expect(area?.britishNationalGrid).toBeUndefined();
    expect(area?.wgs84?.latitude).toBeGreaterThan(54);
  });

  it('answers an unknown or terminated postcode with undefined', async () => {
    expect(await areas.lookupPostcodeArea('ZE1 0AA')).toBeUndefined();
    expect(await areas.lookupPostcodeArea('M2 5AA')).toBeUndefined();
  });

  it('agrees with the memory adapter on every postcode both know', async () => {
    const memory = memoryAddresses();
    for (const postcode of [
      'SO16 0AS',
      'SW1A 2AA',
      'BN1 1JE',
      'W1W 7RT',
      'CF10 3ND',
      'EH1 1YJ',
      'SK1 1ZZ',
      'BT1 5GS',
    ]) {
      const fromPostcodesIo = await areas.lookupPostcodeArea(postcode);
      const fromMemory = await memory.lookupPostcodeArea(postcode);
      expect(withoutRecord(fromPostcodesIo!), postcode).toEqual(withoutRecord(fromMemory!));
    }
  });

  it('says it has no addresses', async () => {
    expect(areas.capabilities).toEqual({
      findByPostcode: false,
      search: false,
      getByUprn: false,
      lookupPostcodeArea: true,
      localCustodianCode: false,
    });
    await expect(areas.findByPostcode('SO16 0AS')).rejects.toMatchObject({
      code: 'unsupported',
      capability: 'findByPostcode',
    });
  });

  it('maps an outage to a retryable ProviderError, and repeats it when retries are on', async () => {
    sandbox.emulators.postcodesIo.control.failNext();
    await expect(areas.lookupPostcodeArea('SO16 0AS')).rejects.toMatchObject({
      code: 'provider_error',
      status: 500,
      retryable: true,
    });
    const retrying = postcodesIo({
      baseUrl: sandbox.services.postcodesIo,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    sandbox.emulators.postcodesIo.control.failNext();
    expect((await retrying.lookupPostcodeArea('SO16 0AS'))?.postcode).toBe('SO16 0AS');
  });

  it('lists every problem with its options at construction', () => {
    expect(() => postcodesIo({ baseUrl: 'not a url', timeoutMs: 0, apiKey: 'x' } as never)).toThrow(
      /baseUrl.*timeoutMs|timeoutMs.*baseUrl/s,
    );
  });
});
