import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parse-config.js';
import { ConfigError, ValidationError } from '../errors/classes.js';
import { z } from '../schema.js';
import { createLogger, redactText, redactValue } from './index.js';
import { maxRedactedTextLength } from './redact-text.js';

describe('redaction of the shapes the review found missing', () => {
  it('redacts a UK number without its +, as Notify’s received-text callbacks send it', () => {
    expect(redactText('from 447700900123 at noon')).toBe('from [REDACTED:phone] at noon');
    expect(redactText('{"source_number":"447700900123"}')).not.toContain('447700900123');
  });

  it.each([['QQ123456C'], ['QQ 12 34 56 C'], ['ab123456d']])(
    'redacts the National Insurance number %s',
    (nino) => {
      expect(redactText(`NI ${nino}, thanks`)).toBe('NI [REDACTED:national_insurance_number], thanks');
    },
  );

  it('redacts the model’s personal fields and common names for people and credentials', () => {
    const redacted = redactValue({
      addressLines: ['1 High St', 'Leeds'],
      recipient: 'Amira',
      from: 'Amira Okonkwo',
      body: 'Dear Amira',
      content: { body: 'Dear Amira', subject: 'Your permit' },
      subject: 'Permit for Amira',
      surname: 'Okonkwo',
      forename: 'Amira',
      nationalInsuranceNumber: 'x',
      msisdn: '1',
      accountHolder: 'A Okonkwo',
      auth: 'x',
      bearer: 'x',
      status: 'delivered',
    });
    expect(redacted).toEqual({
      addressLines: '[REDACTED]',
      recipient: '[REDACTED]',
      from: '[REDACTED]',
      body: '[REDACTED]',
      content: '[REDACTED]',
      subject: '[REDACTED]',
      surname: '[REDACTED]',
      forename: '[REDACTED]',
      nationalInsuranceNumber: '[REDACTED]',
      msisdn: '[REDACTED]',
      accountHolder: '[REDACTED]',
      auth: '[REDACTED]',
      bearer: '[REDACTED]',
      status: 'delivered',
    });
    // A `from` that is a date range is not a person.
    expect(redactValue({ from: { year: 2026 } })).toEqual({ from: { year: 2026 } });
  });
});

describe('paths and keys carry data too', () => {
  const apiKey = 'live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';

  it('keeps a secret used as an unknown option’s name out of the ConfigError', () => {
    const schema = z.strictObject({ apiKey: z.string() });
    try {
      parseConfig(schema, { apiKey, [apiKey]: 1 }, 'govuk-notify');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(`${(error as Error).message}${JSON.stringify(error)}`).not.toContain('3d844edf');
    }
  });

  it('redacts an email address in a field path', () => {
    const error = new ValidationError([{ path: 'personalisation.jane@example.org', message: 'unknown' }]);
    expect(error.field).toBe('personalisation.[REDACTED:email]');
    expect(JSON.stringify(error)).not.toContain('jane@example.org');
  });

  it('redacts keys of logged objects', () => {
    expect(redactValue({ 'jane@example.org': 1, [apiKey]: 2 })).toEqual({
      '[REDACTED:email]': 1,
      '[REDACTED:api_key]': 2,
    });
  });
});

describe('bounded and never throwing', () => {
  it('cuts what it logs, without leaving half a token, and says so', () => {
    const key = 'api_test_8fh2l6lcfs4vvn0tgvn6d1hsb3hcl1cjq4e8d12vruqpbjh6sgnu1s4dni';
    const text = `${'x'.repeat(maxRedactedTextLength - 10)}${key} and more`;
    const redacted = redactText(text);
    expect(redacted.length).toBeLessThan(maxRedactedTextLength + 100);
    expect(redacted).toMatch(/…\[TRUNCATED \d+ characters\]$/);
    expect(redacted).not.toContain('api_test_8fh');
  });

  it('redacts 10 MB of text, 10 MB under a key and 100,000 levels of nesting without a RangeError', () => {
    const huge = '2 '.repeat(5_000_000);
    expect(redactText(huge).length).toBeLessThan(maxRedactedTextLength + 100);
    expect(() => redactValue({ message: huge, [huge]: huge })).not.toThrow();
    let deep: unknown = 'jane@example.org';
    for (let level = 0; level < 100_000; level++) deep = { next: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[Truncated]');
    const wide = Array.from({ length: 100_000 }, (_unused, index) => index);
    expect((redactValue(wide) as unknown[]).length).toBeLessThanOrEqual(201);
  });

  it('turns cycles, BigInt, throwing getters and revoked proxies into plain data', () => {
    const cyclic: Record<string, unknown> = { id: 1n };
    cyclic['self'] = cyclic;
    Object.defineProperty(cyclic, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => JSON.stringify(redactValue({ cyclic, proxy }))).not.toThrow();
    expect(redactText(Symbol('x') as never)).toBe('Symbol(x)');
    expect(
      redactText({
        toString() {
          throw new Error('no');
        },
      } as never),
    ).toBe('[Unreadable]');
  });

  it('logs a 10 MB message, BigInt and a cycle through pino without throwing', () => {
    const written: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        written.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    const cyclic: Record<string, unknown> = { amount: 10n };
    cyclic['self'] = cyclic;
    expect(() => logger.info({ cyclic }, 'x'.repeat(10_000_000))).not.toThrow();
    expect(written.join('').length).toBeLessThan(100_000);
  });
});
