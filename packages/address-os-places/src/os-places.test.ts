import { type Address, createAddress, memoryAddresses } from '@councilkit/address';
import {
  AuthError,
  ConfigError,
  fetchTransport,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '@councilkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AddressDataset,
  addressDataset,
  type FixtureAddress,
} from '../../sandbox/src/emulators/address-data/index.js';
import { createOsPlacesEmulator } from '../../sandbox/src/emulators/os-places/index.js';
import { osPlaces } from './index.js';
import { osPlacesSandbox, recordingTransport } from './sandbox-harness.test-helper.js';

/** The Address the fixtures describe, in the fields OS Places' DPA records carry. */
function expectedFrom(fixture: FixtureAddress): Address {
  return createAddress({
    uprn: fixture.uprn,
    udprn: fixture.udprn,
    organisation: fixture.organisation,
    department: fixture.department,
    subBuilding: fixture.subBuilding,
    buildingName: fixture.buildingName,
    buildingNumber: fixture.buildingNumber,
    street: [fixture.dependentStreet, fixture.street].filter(Boolean).join(', '),
    locality: fixture.locality,
    town: fixture.town,
    postcode: fixture.postcode,
    wgs84: { latitude: fixture.latitude, longitude: fixture.longitude },
    britishNationalGrid:
      fixture.easting === null || fixture.northing === null
        ? undefined
        : { easting: fixture.easting, northing: fixture.northing },
    classification: {
      code: fixture.classificationCode,
      description: fixture.classificationDescription,
      residential: fixture.residential,
    },
    localCustodianCode: String(fixture.council.localCustodianCode),
    language: 'en',
    provider: 'os-places',
  });
}

const withoutRecord = ({ providerMetadata: _, ...address }: Address) => address;

describe('osPlaces against the emulator', () => {
  let context: Awaited<ReturnType<typeof osPlacesSandbox>>;
  beforeAll(async () => {
    context = await osPlacesSandbox();
  });
  afterAll(() => context.sandbox.close());
  afterEach(() => context.control.reset());

  it('maps OS headquarters to a complete Address, keeping the DPA record', async () => {
    const [os] = await context.addresses.findByPostcode('so160as');
    expect(withoutRecord(os!)).toEqual({
      uprn: '200010019924',
      udprn: '52126562',
      organisation: 'Ordnance Survey',
      buildingNumber: '4',
      street: 'Adanac Drive',
      locality: 'Nursling',
      town: 'Southampton',
      postcode: 'SO16 0AS',
      lines: ['Ordnance Survey', '4 Adanac Drive', 'Nursling'],
      singleLine: 'Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS',
      wgs84: { latitude: 50.938114, longitude: -1.470636 },
      britishNationalGrid: { easting: 437292, northing: 115541 },
      classification: { code: 'CO01GV', description: 'Central Government Service', residential: false },
      localCustodianCode: '1760',
      language: 'en',
      provider: 'os-places',
    });
    expect(os?.providerMetadata?.['os-places']).toMatchObject({ UPRN: '200010019924', MATCH: 1 });
  });

  // Flats, organisations, Scottish tenements, Wales, Northern Ireland.
  it.each(['W1W 7RT', 'SW1A 2AA', 'CF10 3ND', 'EH9 1HE', 'BT1 5GS', 'M14 5TQ', 'SO51 8GF'])(
    'maps every address in %s to the Address the fixtures describe',
    async (postcode) => {
      const expected = addressDataset()
        .byPostcode(postcode)
        .filter((fixture) => fixture.udprn !== undefined)
        .map(expectedFrom);
      expect(expected.length).toBeGreaterThan(0);
      const found = await context.addresses.findByPostcode(postcode);
      expect(found.map(withoutRecord)).toEqual(expected.map(withoutRecord));
    },
  );

  it('gives the same Address by UPRN and by text as by postcode', async () => {
    const [byPostcode] = await context.addresses.findByPostcode('SW1A 2AA');
    expect(await context.addresses.getByUprn('100023336956')).toEqual(byPostcode);
    const [byText] = await context.addresses.search('10 Downing Street');
    expect(withoutRecord(byText!)).toEqual(withoutRecord(byPostcode!));
  });

  it('agrees with the memory adapter where both know the place', async () => {
    const memory = memoryAddresses();
    for (const postcode of ['SO16 0AS', 'SW1A 2AA', 'BN1 1JE', 'CF10 3ND', 'EH1 1YJ']) {
      const [fromOs] = await context.addresses.findByPostcode(postcode);
      const [fromMemory] = await memory.findByPostcode(postcode);
      const { provider: _os, ...os } = withoutRecord(fromOs!);
      const { provider: _memory, ...remembered } = withoutRecord(fromMemory!);
      expect(os).toEqual(remembered);
    }
  });

  it('reads the councils’ LPI records, in Welsh when asked', async () => {
    const welsh = await context.addresses.findByPostcode({
      postcode: 'CF10 3ND',
      providerOptions: { 'os-places': { dataset: 'LPI', language: 'cy' } },
    });
    expect(welsh[0]).toMatchObject({
      organisation: 'Cyngor Caerdydd',
      buildingName: 'Neuadd y Ddinas',
      street: 'Parc Cathays',
      town: 'Caerdydd',
      language: 'cy',
      uprn: '100100102000',
    });
    const lpi = await context.addresses.findByPostcode({
      postcode: 'SO16 0AS',
      providerOptions: { 'os-places': { dataset: 'LPI' } },
    });
    expect(lpi.map((address) => address.buildingName ?? address.organisation)).toEqual([
      'Ordnance Survey',
      'Visitor Car Park',
    ]);
    expect(lpi[1]?.udprn).toBeUndefined();
  });

  it('keeps OS capitals when title case is off', async () => {
    const shouting = osPlaces({
      apiKey: context.sandbox.credentials.osPlaces.apiKey,
      baseUrl: context.baseUrl,
      titleCase: false,
    });
    expect((await shouting.findByPostcode('SO16 0AS'))[0]?.singleLine).toBe(
      'ORDNANCE SURVEY, 4 ADANAC DRIVE, NURSLING, SOUTHAMPTON, SO16 0AS',
    );
  });

  it('sends the key as a header, asks for WGS84 and pushes the council filter down as fq', async () => {
    const { transport, requests } = recordingTransport(fetchTransport());
    const recorded = osPlaces({
      apiKey: context.sandbox.credentials.osPlaces.apiKey,
      baseUrl: context.baseUrl,
      transport,
      filters: ['CLASSIFICATION_CODE:RD*'],
    });
    const homes = await recorded.findByPostcode({ postcode: 'W1W 7RT', localCustodianCode: '5990' });
    expect(homes.length).toBeGreaterThan(0);
    expect(homes.every((address) => address.classification?.residential)).toBe(true);
    const [request] = requests;
    expect(request?.headers['key']).toBe(context.sandbox.credentials.osPlaces.apiKey);
    expect(request?.path).not.toContain('key=');
    const query = new URLSearchParams(request!.path.split('?')[1]);
    expect(query.getAll('fq')).toEqual(['CLASSIFICATION_CODE:RD*', 'LOCAL_CUSTODIAN_CODE:5990']);
    expect(query.get('output_srs')).toBe('WGS84');
    expect(query.get('maxresults')).toBe('100');
  });

  it('maps a bad key to AuthError, 429 to RateLimitError and 500 to ProviderError', async () => {
    const wrongKey = osPlaces({ apiKey: 'not-a-real-key', baseUrl: context.baseUrl, retry: false });
    await expect(wrongKey.findByPostcode('SO16 0AS')).rejects.toMatchObject({
      code: 'auth_failed',
      status: 401,
      providerCode: 'oauth.v2.InvalidApiKey',
    });
    context.control.rateLimitNext();
    await expect(context.addresses.findByPostcode('SO16 0AS')).rejects.toBeInstanceOf(RateLimitError);
    context.control.failNext();
    await expect(context.addresses.search('Downing')).rejects.toBeInstanceOf(ProviderError);
  });

  it('repeats a lookup that failed with a 500 when retries are on', async () => {
    const retrying = osPlaces({
      apiKey: context.sandbox.credentials.osPlaces.apiKey,
      baseUrl: context.baseUrl,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    context.control.failNext();
    expect(await retrying.findByPostcode('SO16 0AS')).toHaveLength(1);
    expect(context.control.requestCount).toBe(2);
  });

  it('keeps the key out of errors and logs', async () => {
    const lines: string[] = [];
    const capture = (level: string) => (object: unknown, message?: string) =>
      lines.push(JSON.stringify({ level, object, message }));
    const logger = {
      error: capture('error'),
      warn: capture('warn'),
      info: capture('info'),
      debug: capture('debug'),
    };
    const secret = 'SecretKeyThatMustNotLeak1234567';
    const logged = osPlaces({ apiKey: secret, baseUrl: context.baseUrl, logger, retry: false });
    const failure = await logged.findByPostcode('SO16 0AS').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(secret);
    expect(JSON.stringify(failure)).not.toContain(secret);
    expect(String((failure as Error).message)).not.toContain(secret);
  });

  it('refuses bad provider options before any request', async () => {
    await expect(
      context.addresses.findByPostcode({
        postcode: 'SO16 0AS',
        providerOptions: { 'os-places': { dataset: 'XYZ' } },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(context.control.requestCount).toBe(0);
  });
});

describe('osPlaces options and paging', () => {
  it('reads the key from OS_PLACES_API_KEY on the first call, naming option and variable when missing', async () => {
    const emulator = createOsPlacesEmulator();
    const transport = fetchTransport(emulator.fetch);
    const previous = process.env['OS_PLACES_API_KEY'];
    try {
      delete process.env['OS_PLACES_API_KEY'];
      const provider = osPlaces({ baseUrl: 'https://api.os.uk/search/places/v1', transport });
      await expect(provider.findByPostcode('SO16 0AS')).rejects.toThrow(/apiKey.*OS_PLACES_API_KEY/);
      process.env['OS_PLACES_API_KEY'] = emulator.credentials.apiKey;
      expect(await provider.findByPostcode('SO16 0AS')).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env['OS_PLACES_API_KEY'];
      else process.env['OS_PLACES_API_KEY'] = previous;
    }
  });

  it('lists every problem with its options at construction, never echoing the key', () => {
    try {
      osPlaces({ apiKey: '', baseUrl: 'ftp://x', dataset: 'ALL' as never, timeoutMs: -1 });
      expect.fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const paths = (error as ConfigError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['apiKey', 'baseUrl', 'dataset', 'timeoutMs']));
    }
  });

  it('pages through a postcode with more than 100 addresses, 100 at a time', async () => {
    const real = addressDataset();
    const many: FixtureAddress[] = Array.from({ length: 250 }, (_, index) => ({
      ...real.byPostcode('SO51 7JR')[0]!,
      uprn: String(300_000_000_000 + index),
      udprn: String(60_000_000 + index),
      buildingNumber: String(index + 1),
    }));
    const dataset: AddressDataset = { ...real, byPostcode: () => many };
    const emulator = createOsPlacesEmulator({ dataset });
    const { transport, requests } = recordingTransport(fetchTransport(emulator.fetch));
    const provider = osPlaces({
      apiKey: emulator.credentials.apiKey,
      baseUrl: 'https://api.os.uk/search/places/v1',
      transport,
    });
    const found = await provider.findByPostcode('SO51 7JR');
    expect(found).toHaveLength(250);
    expect(new Set(found.map((address) => address.uprn)).size).toBe(250);
    expect(requests.map((request) => new URLSearchParams(request.path.split('?')[1]).get('offset'))).toEqual([
      '0',
      '100',
      '200',
    ]);
  });
});
