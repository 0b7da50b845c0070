import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/councilkit-error.js';
import { isValidEmailAddress, parseEmailAddress } from './email.js';

describe('parseEmailAddress', () => {
  it.each([
    'test@example.com',
    'Firstname.Lastname@Example.GOV.UK',
    "o'brien+council_tax@example.org",
    "!#$%&'*+/=?^_`{|}~-@example.com",
    'someone@sub-domain.example.co.uk',
    'someone@a--b.example.com',
    'someone@xn--bcher-kva.ch',
    'someone@bücher.ch',
    'someone@example.xn--p1ai',
    'someone@123.example.com',
  ])('accepts %s', (address) => {
    expect(parseEmailAddress(address)).toBe(address);
    expect(isValidEmailAddress(address)).toBe(true);
  });

  it('trims surrounding whitespace and zero-width characters, keeping the case', () => {
    expect(parseEmailAddress('  Test@Example.com\n')).toBe('Test@Example.com');
    expect(parseEmailAddress('\u200btest@exam\u200bple.com\ufeff')).toBe('test@example.com');
  });

  it.each([
    ['no @', 'test.example.com'],
    ['two @', 'test@test@example.com'],
    ['nothing before the @', '@example.com'],
    ['nothing after the @', 'test@'],
    ['a space in the local part', 'te st@example.com'],
    ['a comma in the local part', 'te,st@example.com'],
    ['a double dot in the local part', 'te..st@example.com'],
    ['a double dot in the host', 'test@example..com'],
    ['a host with one label', 'test@localhost'],
    ['a host starting with a dot', 'test@.example.com'],
    ['a host ending with a dot', 'test@example.com.'],
    ['a one-letter top-level domain', 'test@example.c'],
    ['a numeric top-level domain', 'test@example.123'],
    ['a label starting with a hyphen', 'test@-example.com'],
    ['a label ending with a hyphen', 'test@example-.com'],
    ['three hyphens in a row', 'test@a---b.com'],
    ['an underscore in the host', 'test@ex_ample.com'],
    ['a percent sign in the host', 'test@ex%41mple.com'],
    ['a space in the host', 'test@exa mple.com'],
    ['a bracketed IP address', 'test@[127.0.0.1]'],
    ['an empty punycode label', 'test@xn--.com'],
    ['a 64-character label', `test@${'a'.repeat(64)}.com`],
    ['a host over 253 characters', `test@${`${'a'.repeat(60)}.`.repeat(5)}com`],
    ['an address over 320 characters', `${'a'.repeat(320)}@example.com`],
    ['a display name', 'Test <test@example.com>'],
  ])('rejects %s', (_description, address) => {
    expect(isValidEmailAddress(address)).toBe(false);
    expect(() => parseEmailAddress(address)).toThrow(
      /^Invalid input: emailAddress: is not a valid email address$/,
    );
  });

  it('accepts labels and hosts at their length limits', () => {
    expect(isValidEmailAddress(`test@${'a'.repeat(63)}.com`)).toBe(true);
    const host = `${'a'.repeat(61)}.${`${'a'.repeat(62)}.`.repeat(3)}co`;
    expect(host).toHaveLength(253);
    expect(isValidEmailAddress(`test@${host}`)).toBe(true);
    expect(isValidEmailAddress(`test@a${host}`)).toBe(false);
  });

  it('says when the address is missing, and names the caller’s field', () => {
    expect(() => parseEmailAddress(' \u200b ')).toThrow(/emailAddress: is required/);
    try {
      parseEmailAddress('not an address', 'applicant.email');
      expect.fail('expected a ValidationError');
    } catch (error) {
      expect(CouncilKitError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'validation_failed', field: 'applicant.email' });
    }
  });

  it('rejects a value that is not a string', () => {
    expect(() => parseEmailAddress(42)).toThrow(/emailAddress: must be a string/);
    expect(isValidEmailAddress(undefined)).toBe(false);
  });

  it('throws nothing but a ValidationError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.emailAddress(), fc.anything()), (input) => {
        try {
          parseEmailAddress(input);
        } catch (error) {
          expect(CouncilKitError.isInstance(error)).toBe(true);
          expect((error as CouncilKitError).code).toBe('validation_failed');
        }
      }),
    );
  });
});

describe('isValidEmailAddress against the rules as Notify writes them', () => {
  // GOV.UK Notify's host rules as its own code states them, label by label after splitting; the
  // check under test scans the host in place instead, and must answer the same for every host.
  const notifyLabel = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
  const notifyTopLevelDomain = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;
  const notifyAcceptsHost = (host: string) => {
    const labels = host.split('.');
    return (
      labels.length >= 2 &&
      labels.every((label) => label.length > 0 && label.length <= 63 && notifyLabel.test(label)) &&
      notifyTopLevelDomain.test(labels[labels.length - 1]!)
    );
  };
  // Hosts built label by label, so that many are valid or nearly so: a wholly random string almost
  // never is, and would test only the refusals.
  const run = (characters: string) =>
    fc.string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength: 6 });
  const label = fc.oneof(
    run('axnZ0'),
    fc
      .tuple(run('axn0'), fc.constantFrom('-', '--', '---', '_', ''), run('axn0'))
      .map((parts) => parts.join('')),
    fc.string({ unit: fc.constantFrom('a', 'x', 'n', '0', '-', '_'), maxLength: 6 }),
  );
  const hosts = fc
    .tuple(fc.array(label, { maxLength: 3 }), fc.oneof(run('axnZ'), label))
    .map(([labels, last]) => [...labels, last].join('.'));

  it('agrees on random hosts made of label characters, dots and hyphens', () => {
    fc.assert(
      fc.property(hosts, (host) => {
        expect(isValidEmailAddress(`someone@${host}`)).toBe(notifyAcceptsHost(host.toLowerCase()));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees on where the @ is', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '@', '.', 'b'), maxLength: 12 }), (text) => {
        const parts = `${text}@example.com`.split('@');
        const expected = parts.length === 2 && /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(parts[0]!);
        expect(isValidEmailAddress(`${text}@example.com`)).toBe(expected && !`${text}@`.includes('..'));
      }),
    );
  });
});
