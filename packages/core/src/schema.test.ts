import { describe, expect, it } from 'vitest';
import { z as zod } from 'zod';
import { z } from './index.js';

describe("core's z", () => {
  it('builds ordinary zod schemas, which zod itself recognises', () => {
    const schema = z.strictObject({ name: z.string().min(1), count: z.int().optional() });
    expect(schema).toBeInstanceOf(zod.ZodType);
    expect(schema.parse({ name: 'Ada' })).toEqual({ name: 'Ada' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(zod.object({ inner: schema }).safeParse({ inner: { name: 'x', extra: 1 } }).success).toBe(false);
  });

  it('leaves out JSON Schema conversion, the compiler, locales and internals (they are half its load time)', () => {
    for (const name of ['toJSONSchema', 'fromJSONSchema', 'compile', 'locales', 'core', 'config', 'util']) {
      expect(Object.keys(z)).not.toContain(name);
    }
  });

  it('keeps every builder councilkit packages write schemas with', () => {
    for (const name of [
      'string',
      'strictObject',
      'looseObject',
      'object',
      'enum',
      'unknown',
      'number',
      'int',
      'array',
      'record',
      'boolean',
      'url',
      'union',
      'literal',
      'instanceof',
      'date',
      'preprocess',
      'custom',
      'coerce',
      'NEVER',
      'null',
      'iso',
      'guid',
      'email',
      'discriminatedUnion',
      'ZodError',
      'ZodType',
    ]) {
      expect(z).toHaveProperty(name);
    }
  });
});
