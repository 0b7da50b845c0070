import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z as zod } from 'zod';
import { UnsupportedError } from './errors/classes.js';
import * as subset from './zod-subset.js';

// What core's bundle exports as `z` (tsup.config.ts swaps it in for zod's namespace).
const builtCore = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const builders = [
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
];
const leftOut = ['toJSONSchema', 'fromJSONSchema', 'compile', 'config', 'input', 'output'];

describe("the zod core's bundle exports as z", () => {
  it('builds ordinary zod schemas, which zod itself recognises', () => {
    const schema = subset.strictObject({ name: subset.string().min(1), count: subset.int().optional() });
    expect(schema).toBeInstanceOf(zod.ZodType);
    expect(schema.parse({ name: 'Ada' })).toEqual({ name: 'Ada' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(zod.object({ inner: schema }).safeParse({ inner: { name: 'x', extra: 1 } }).success).toBe(false);
  });

  it('keeps every builder councilkit packages write schemas with', () => {
    for (const name of builders) expect(subset).toHaveProperty(name);
  });

  it('answers what it leaves out (half its load time) with an UnsupportedError saying to import zod', () => {
    for (const name of leftOut) {
      const call = (subset as unknown as Record<string, () => unknown>)[name];
      expect(call).toBeTypeOf('function');
      expect(() => call?.()).toThrow(UnsupportedError);
      expect(() => call?.()).toThrow(`import { z } from 'zod' for it`);
    }
    for (const name of ['core', 'locales', 'util', 'regexes']) expect(subset).not.toHaveProperty(name);
  });

  it.skipIf(!existsSync(builtCore))('is what the built bundle exports', async () => {
    const built = (await import(builtCore)) as { z: Record<string, unknown> };
    for (const name of builders) expect(built.z).toHaveProperty(name);
    expect(() => (built.z['toJSONSchema'] as () => unknown)()).toThrow(/import \{ z \} from 'zod'/);
    expect(built.z).not.toHaveProperty('core');
    // Schemas carry no JSON Schema conversion in the bundle either.
    const schema = (built.z['string'] as () => { toJSONSchema(): unknown })();
    expect(() => schema.toJSONSchema()).toThrow(
      /JSON Schema conversion is not in @councilkit\/core's bundled zod/,
    );
  });
});

describe('onFirstUse', () => {
  it('builds once, on the first call, and hands back the same value after', async () => {
    const { onFirstUse } = await import('./index.js');
    let builds = 0;
    const schema = onFirstUse(() => {
      builds += 1;
      return subset.strictObject({ name: subset.string() });
    });
    expect(builds).toBe(0);
    expect(schema().parse({ name: 'Ada' })).toEqual({ name: 'Ada' });
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });

  it('refuses something that is not a builder, naming it', async () => {
    const { ConfigError, onFirstUse } = await import('./index.js');
    expect(() => onFirstUse('schema' as unknown as () => unknown)).toThrow(ConfigError);
    expect(() => onFirstUse(undefined as unknown as () => unknown)).toThrow(/build/);
  });
});
