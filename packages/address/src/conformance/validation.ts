import { expect } from 'vitest';
import { expectFailure, type SuiteContext } from './suite-context.js';

// Input nobody should send to a provider: each is refused before any request.
const hostileText = [
  ['empty text', ''],
  ['only spaces', '   '],
  ['10 kB of text', 'a'.repeat(10_240)],
  ['a control character', 'Downing\u0000Street'],
  ['a line break', 'Downing\nStreet'],
  ['an SQL fragment', "'; DROP TABLE addresses; --"],
  ['an SQL tautology', "1' OR '1'='1"],
  ['a script fragment', '<script>alert(1)</script>'],
] as const;

const badPostcodes = [
  ['an empty postcode', ''],
  ['a malformed postcode', 'SW1A OAA'],
  ['10 kB of text', 'SW1A 2AA'.repeat(1280)],
  ['a control character', 'SW1A\u00002AA'],
  ['an SQL fragment', "SW1A 2AA' OR 1=1 --"],
  ['a script fragment', '<script>SW1A 2AA</script>'],
  ['a number', 12345],
  ['nothing', undefined],
] as const;

const badUprns = [
  ['an empty UPRN', ''],
  ['letters', 'ABC123'],
  ['thirteen digits', '1234567890123'],
  ['a leading zero', '0123'],
  ['a negative number', -5],
  ['a fraction', 1.5],
  ['an SQL fragment', '1 OR 1=1'],
] as const;

/** Every method refuses bad input with a ValidationError naming the field, before any request. */
export function registerValidationTests(context: SuiteContext): void {
  const { test } = context;
  const provider = () => context.harness().provider;

  const expectNoRequest = async (body: () => Promise<void>) => {
    const before = context.harness().requestCount?.();
    await body();
    expect(context.harness().requestCount?.()).toBe(before);
  };

  test('refuses bad postcodes before any request', [], async () => {
    await expectNoRequest(async () => {
      for (const [, postcode] of badPostcodes) {
        await expectFailure(
          () => provider().findByPostcode(postcode as string),
          'validation_failed',
          'postcode',
        );
        await expectFailure(
          () => provider().lookupPostcodeArea(postcode as string),
          'validation_failed',
          'postcode',
        );
      }
    });
  });

  test('refuses hostile search text before any request', [], async () => {
    await expectNoRequest(async () => {
      for (const [, text] of hostileText) {
        await expectFailure(() => provider().search(text), 'validation_failed', 'text');
      }
      await expectFailure(
        () => provider().search({ text: 'Downing Street', limit: 0 }),
        'validation_failed',
        'limit',
      );
      await expectFailure(
        () => provider().search({ text: 'Downing Street', limit: 101 }),
        'validation_failed',
        'limit',
      );
    });
  });

  test('refuses bad UPRNs before any request', [], async () => {
    await expectNoRequest(async () => {
      for (const [, uprn] of badUprns) {
        await expectFailure(() => provider().getByUprn(uprn as string), 'validation_failed', 'uprn');
      }
    });
  });

  test('refuses unknown query fields, bad custodian codes and bad call options', [], async () => {
    await expectNoRequest(async () => {
      const postcode = context.harness().fixtures.postcode;
      await expectFailure(
        () => provider().findByPostcode({ postcode, street: 'x' } as never),
        'validation_failed',
        'street',
      );
      await expectFailure(
        () => provider().findByPostcode({ postcode, localCustodianCode: 'Test Valley' }),
        'validation_failed',
        'localCustodianCode',
      );
      await expectFailure(
        () => provider().findByPostcode(postcode, { timeoutMs: -1 }),
        'validation_failed',
        'timeoutMs',
      );
      await expectFailure(
        () => provider().findByPostcode(postcode, { retries: 3 } as never),
        'validation_failed',
      );
    });
  });

  test('never quotes the rejected input in the error', [], async () => {
    const secret = "Flat 9 Secret House'; DROP TABLE x; --";
    try {
      await provider().search(secret);
      expect.fail('expected a ValidationError');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('Secret House');
      expect(JSON.stringify(error)).not.toContain('Secret House');
    }
  });
}
