import { isValidPostcode } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { gridToWgs84 } from './british-national-grid.js';
import { addressDataset, fixtureSingleLine, providerTestValues, specialPostcodes } from './index.js';

const dataset = addressDataset();

describe('address fixtures', () => {
  it('holds a few hundred addresses across several councils in all four nations', () => {
    expect(dataset.addresses.length).toBeGreaterThanOrEqual(200);
    const councils = new Set(dataset.addresses.map((address) => address.council.gssCode));
    expect(councils.size).toBeGreaterThanOrEqual(8);
    const countries = new Set(dataset.areas.map((area) => area.council.country));
    expect([...countries].sort()).toEqual(['England', 'Northern Ireland', 'Scotland', 'Wales']);
  });

  it('gives every address a unique UPRN of 1 to 12 digits and unique UDPRNs', () => {
    const uprns = dataset.addresses.map((address) => address.uprn);
    expect(new Set(uprns).size).toBe(uprns.length);
    for (const uprn of uprns) expect(uprn).toMatch(/^[1-9]\d{0,11}$/);
    const udprns = dataset.addresses.flatMap((address) => (address.udprn ? [address.udprn] : []));
    expect(new Set(udprns).size).toBe(udprns.length);
  });

  it('has a postcode area for every real address, and valid canonical postcodes', () => {
    for (const address of dataset.addresses) {
      if (address.testValueOf) continue;
      expect(isValidPostcode(address.postcode), address.postcode).toBe(true);
      expect(dataset.postcodeArea(address.postcode)?.council).toBe(address.council);
    }
  });

  it('converts the national grid to WGS84 within metres of published values', () => {
    const downingStreet = gridToWgs84(530_047, 179_951);
    expect(downingStreet.latitude).toBeCloseTo(51.50354, 4);
    expect(downingStreet.longitude).toBeCloseTo(-0.12768, 4);
  });

  it('finds addresses by postcode in any case and spacing, and by UPRN and UDPRN', () => {
    const [os] = dataset.byPostcode('so160as');
    expect(os).toMatchObject({ uprn: '200010019924', udprn: '52126562', organisation: 'Ordnance Survey' });
    expect(dataset.byUprn('22062038')?.postcode).toBe('BN1 1JE');
    expect(dataset.byUdprn('23747771')?.street).toBe('Downing Street');
    expect(fixtureSingleLine(dataset.byUprn('100023336956')!)).toBe(
      'Prime Minister & First Lord of the Treasury, 10, Downing Street, London, SW1A 2AA'.replace(
        '10, ',
        '10 ',
      ),
    );
  });

  it('knows a postcode with no addresses', () => {
    expect(dataset.byPostcode(specialPostcodes.noAddresses)).toEqual([]);
    expect(dataset.postcodeArea(specialPostcodes.noAddresses)?.council.name).toBe('Stockport');
  });

  it('has Welsh names for Cardiff, flats with sub-buildings, and places outside the grid', () => {
    const cityHall = dataset.byPostcode(specialPostcodes.welsh)[0]!;
    expect(cityHall.welsh).toMatchObject({ buildingName: 'Neuadd y Ddinas', town: 'Caerdydd' });
    const flats = dataset.byPostcode(specialPostcodes.flats).filter((address) => address.subBuilding);
    expect(flats.length).toBeGreaterThan(5);
    expect(flats[0]?.parentUprn).toBeDefined();
    expect(dataset.byPostcode(specialPostcodes.tenements).map((address) => address.subBuilding)).toContain(
      '1F2',
    );
    const belfast = dataset.byPostcode(specialPostcodes.northernIreland)[0]!;
    expect(belfast).toMatchObject({ easting: null, northing: null });
    expect(belfast.latitude).toBeGreaterThan(54);
    expect(dataset.byPostcode(specialPostcodes.scotland)[0]?.council.country).toBe('Scotland');
  });

  it('shows each provider its own test postcodes only', () => {
    const ideal = providerTestValues.idealPostcodes.postcodes.found;
    expect(dataset.byPostcode(ideal)).toEqual([]);
    expect(dataset.byPostcode(ideal, { service: 'idealPostcodes' }).length).toBeGreaterThan(0);
    expect(
      dataset.byPostcode(providerTestValues.getAddress.postcodes.found, { service: 'getAddress' }).length,
    ).toBe(3);
    expect(dataset.byUdprn('0', { service: 'idealPostcodes' })?.postcode).toBe(ideal);
    expect(dataset.byUdprn('0')).toBeUndefined();
  });

  it('searches by words in any order, English or Welsh, best match first', () => {
    expect(dataset.search('downing 10')[0]?.uprn).toBe('100023336956');
    expect(dataset.search('Heol y Frenhines').length).toBeGreaterThan(0);
    expect(dataset.search('queen street cardiff', { limit: 3 })).toHaveLength(3);
    expect(dataset.search('sw1a2aa')[0]?.postcode).toBe('SW1A 2AA');
    expect(dataset.search('   ')).toEqual([]);
    expect(dataset.search('no such place anywhere')).toEqual([]);
  });

  it('finds addresses by district or sector, and postcode units by prefix', () => {
    expect(dataset.byPostcodePrefix('SO16').every((address) => address.postcode.startsWith('SO16 '))).toBe(
      true,
    );
    expect(dataset.byPostcodePrefix('SO1')).toEqual([]);
    expect(dataset.byPostcodePrefix('SO16 0').length).toBeGreaterThan(1);
    expect(dataset.postcodesStartingWith('SK1').map((area) => area.postcode)).toEqual(['SK1 1ZZ', 'SK1 3XE']);
  });
});
