import { expect } from 'vitest';
import { addressMethods } from '../model/capabilities.js';
import { asTyped, expectFailure, expectWellFormedAddress, type SuiteContext } from './suite-context.js';

/** Finding by postcode, text and UPRN, postcode areas, the council filter and unsupported methods. */
export function registerLookupTests(context: SuiteContext): void {
  const { test } = context;
  const fixtures = () => context.harness().fixtures;
  const provider = () => context.harness().provider;

  test('declares each capability as true or false', [], async () => {
    for (const name of [...addressMethods, 'localCustodianCode'] as const) {
      expect(typeof provider().capabilities[name]).toBe('boolean');
    }
  });

  test('finds the addresses in a postcode, each well formed', ['findByPostcode'], async () => {
    const addresses = await provider().findByPostcode(fixtures().postcode);
    expect(addresses.length).toBeGreaterThanOrEqual(2);
    for (const address of addresses) {
      expectWellFormedAddress(address, provider().provider);
      expect(address.postcode).toBe(fixtures().postcode);
    }
  });

  test(
    'finds the same addresses whatever the case and spacing of the postcode',
    ['findByPostcode'],
    async () => {
      const written = await provider().findByPostcode(fixtures().postcode);
      const typed = await provider().findByPostcode(asTyped(fixtures().postcode));
      expect(typed.map((address) => address.singleLine)).toEqual(
        written.map((address) => address.singleLine),
      );
    },
  );

  test('answers a postcode with no addresses with an empty list', ['findByPostcode'], async () => {
    const { emptyPostcode } = fixtures();
    if (emptyPostcode === undefined) return;
    expect(await provider().findByPostcode(emptyPostcode)).toEqual([]);
  });

  test('answers an unknown postcode with an empty list', ['findByPostcode'], async () => {
    expect(await provider().findByPostcode(fixtures().unknownPostcode)).toEqual([]);
  });

  test('searches by text, best first, within the limit', ['search'], async () => {
    const found = await provider().search(fixtures().searchText);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.length).toBeLessThanOrEqual(10);
    for (const address of found) expectWellFormedAddress(address, provider().provider);
    const one = await provider().search({ text: fixtures().searchText, limit: 1 });
    expect(one).toHaveLength(1);
    expect(one[0]?.singleLine).toBe(found[0]?.singleLine);
  });

  test('answers a search that matches nothing with an empty list', ['search'], async () => {
    expect(await provider().search('Qzxqj Vwqzx Jqxzv')).toEqual([]);
  });

  test('gets an address by UPRN, as a string or a number', ['getByUprn'], async () => {
    const { uprn } = fixtures();
    if (uprn === undefined) return;
    const found = await provider().getByUprn(uprn);
    expect(found?.uprn).toBe(uprn);
    expectWellFormedAddress(found!, provider().provider);
    expect((await provider().getByUprn(Number(uprn)))?.uprn).toBe(uprn);
  });

  test('answers an unknown UPRN with undefined', ['getByUprn'], async () => {
    expect(await provider().getByUprn('987654321098')).toBeUndefined();
  });

  test('says where a postcode lies', ['lookupPostcodeArea'], async () => {
    const postcode = fixtures().areaPostcode ?? fixtures().postcode;
    const area = await provider().lookupPostcodeArea(asTyped(postcode));
    expect(area?.postcode).toBe(postcode);
    expect(area?.provider).toBe(provider().provider);
    expect(area?.adminDistrict?.name.trim()).not.toBe('');
    if (area?.adminDistrict?.gssCode !== undefined)
      expect(area.adminDistrict.gssCode).toMatch(/^[ENSW]\d{8}$/);
  });

  test('answers an unknown postcode area with undefined', ['lookupPostcodeArea'], async () => {
    expect(await provider().lookupPostcodeArea(fixtures().unknownPostcode)).toBeUndefined();
  });

  test(
    'keeps only the council’s addresses when given its custodian code',
    ['findByPostcode', 'localCustodianCode'],
    async () => {
      const { postcode, localCustodianCode } = fixtures();
      if (localCustodianCode === undefined) return;
      const all = await provider().findByPostcode(postcode);
      const council = await provider().findByPostcode({ postcode, localCustodianCode });
      expect(council.length).toBeGreaterThan(0);
      for (const address of council) expect(address.localCustodianCode).toBe(localCustodianCode);
      expect(council.length).toBeLessThanOrEqual(all.length);
      const other = localCustodianCode === '9999' ? '9998' : '9999';
      expect(await provider().findByPostcode({ postcode, localCustodianCode: other })).toEqual([]);
    },
  );

  test('refuses what it cannot do with UnsupportedError', [], async () => {
    const { capabilities } = provider();
    const calls = {
      findByPostcode: () => provider().findByPostcode(fixtures().postcode),
      search: () => provider().search(fixtures().searchText),
      getByUprn: () => provider().getByUprn('100023336956'),
      lookupPostcodeArea: () => provider().lookupPostcodeArea(fixtures().postcode),
    };
    for (const method of addressMethods) {
      if (!capabilities[method]) await expectFailure(calls[method], 'unsupported');
    }
    if (!capabilities.localCustodianCode && capabilities.findByPostcode) {
      await expectFailure(
        () => provider().findByPostcode({ postcode: fixtures().postcode, localCustodianCode: '1760' }),
        'unsupported',
      );
    }
  });

  test('fails a call whose signal is already aborted, without a request', [], async () => {
    const before = context.harness().requestCount?.();
    const controller = new AbortController();
    controller.abort();
    const method = addressMethods.find((name) => provider().capabilities[name]);
    if (method === undefined) return;
    const input =
      method === 'search'
        ? fixtures().searchText
        : method === 'getByUprn'
          ? '100023336956'
          : fixtures().postcode;
    await expectFailure(() => provider()[method](input, { signal: controller.signal }), 'transport_failed');
    expect(context.harness().requestCount?.()).toBe(before);
  });
}
