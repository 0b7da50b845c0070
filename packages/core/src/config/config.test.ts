import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('parseInput across the start-up checks, which go without zod compiling a fast path', () => {
  it('answers the same before and after them', async () => {
    vi.resetModules();
    const fresh = await import('./parse-config.js');
    const schema = z.strictObject({ name: z.string().min(1), count: z.int().optional() });
    const answers = Array.from({ length: 250 }, (_, index) => {
      const input = index % 3 === 0 ? { name: '', count: 1.5 } : { name: `n${index}`, count: index };
      try {
        return { data: fresh.parseInput(schema, input, 'test') };
      } catch (error) {
        return { fields: (error as ValidationError).issues.map((issue) => issue.path) };
      }
    });
    // The first 100 checks parse without the compiled fast path, the rest with it.
    expect(answers[3]).toEqual(answers[201]);
    expect(answers[3]).toEqual({ fields: ['name', 'count'] });
    expect(answers[4]).toEqual({ data: { name: 'n4', count: 4 } });
    expect(answers[202]).toEqual({ data: { name: 'n202', count: 202 } });
    expect(fresh.parseConfig(schema, { name: 'x' })).toEqual({ name: 'x' });
  });
});

describe('callOptionsShape', () => {
  it('checks signal and timeoutMs, naming the field', async () => {
    const { callOptionsShape } = await import('./index.js');
    const schema = z.strictObject(callOptionsShape);
    const signal = new AbortController().signal;
    expect(parseInput(schema, { signal, timeoutMs: 5_000 })).toEqual({ signal, timeoutMs: 5_000 });
    for (const [options, field] of [
      [{ timeoutMs: 600_001 }, 'timeoutMs'],
      [{ timeoutMs: 1.5 }, 'timeoutMs'],
      [{ signal: 'stop' }, 'signal'],
    ] as const) {
      expect(() => parseInput(schema, options)).toThrow(ValidationError);
      try {
        parseInput(schema, options);
      } catch (error) {
        expect((error as ValidationError).issues[0]?.path).toBe(field);
      }
    }
  });
});

describe('isHttpUrl', () => {
  it('takes absolute http and https URLs only, and answers any value without throwing', async () => {
    const { isHttpUrl } = await import('./index.js');
    expect(isHttpUrl('https://council.example/pay?x=1')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:8080')).toBe(true);
    for (const value of ['ftp://example.org', '/relative', 'not a url', '', 42, null, undefined, {}]) {
      expect(isHttpUrl(value)).toBe(false);
    }
    expect(isHttpUrl(`https://${'a'.repeat(1_000_000)}`)).toBe(true);
    expect(isHttpUrl(`${'h'.repeat(1_000_000)}://x`)).toBe(false);
  });
});
