import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, ValidationError } from '../errors/index.js';
import { loadSecret, parseConfig, parseInput } from './index.js';

const options = z
  .object({
    apiKey: z.string().min(10),
    baseUrl: z.url().optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

describe('parseConfig', () => {
  it('returns typed options', () => {
    expect(parseConfig(options, { apiKey: '0123456789', timeoutMs: 5 })).toEqual({
      apiKey: '0123456789',
      timeoutMs: 5,
    });
  });

  it('lists every problem by path in one ConfigError', () => {
    try {
      parseConfig(options, { apiKey: 'short', timeoutMs: -1, surprise: true }, 'govuk-notify');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const config = error as ConfigError;
      expect(config.provider).toBe('govuk-notify');
      expect(config.issues.map((issue) => issue.path).sort()).toEqual(['apiKey', 'surprise', 'timeoutMs']);
      expect(config.message).toContain('Invalid govuk-notify options');
    }
  });

  it('treats a missing options object as empty', () => {
    expect(() => parseConfig(options, undefined)).toThrow(ConfigError);
  });
});

describe('parseInput', () => {
  it('throws a ValidationError naming the nested field', () => {
    const schema = z.object({ personalisation: z.object({ name: z.string() }) });
    try {
      parseInput(schema, { personalisation: { name: 3 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('personalisation.name');
    }
    expect(parseInput(schema, { personalisation: { name: 'x' } })).toEqual({
      personalisation: { name: 'x' },
    });
  });
});

describe('loadSecret', () => {
  afterEach(() => {
    delete process.env['COUNCILKIT_TEST_SECRET'];
  });

  it('prefers the option, then the environment', () => {
    process.env['COUNCILKIT_TEST_SECRET'] = 'from-env';
    const base = { option: 'apiKey', environmentVariable: 'COUNCILKIT_TEST_SECRET', provider: 'test' };
    expect(loadSecret({ ...base, value: 'from-option' })).toBe('from-option');
    expect(loadSecret({ ...base, value: undefined })).toBe('from-env');
  });

  it('names both the option and the variable when neither is set', () => {
    expect(() =>
      loadSecret({
        value: undefined,
        option: 'apiKey',
        environmentVariable: 'COUNCILKIT_TEST_SECRET',
        provider: 'test',
      }),
    ).toThrow(/apiKey.*COUNCILKIT_TEST_SECRET/);
  });
});
