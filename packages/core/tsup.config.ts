import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// Where zod keeps its locales; English is the only one zod registers by default.
const zodLocales = join(dirname(createRequire(import.meta.url).resolve('zod/package.json')), 'v4/locales');

// zod's classic API and core re-export all of its locales (`z.locales`, `z.core.locales`), so bundling `z` would ship every
// one of them (over 40% of the bundle, parsed at every cold start). Councilkit's messages are
// English and nothing calls `z.config(z.locales.xx())`, so both keep `en` alone.
const englishOnlyZodLocales: Plugin = {
  name: 'english-only-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: 'zod-english-locales', namespace: 'english-only-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-only-zod-locales' }, () => ({
      contents: `export { default as en } from './en.js';`,
      loader: 'js',
      resolveDir: zodLocales,
    }));
  },
};

// In the bundle, src/schema.ts's `z` is src/zod-subset.ts: zod's classic API named one by one, so
// its JSON Schema conversion, compiler and internals (half its load time) are left behind. Only
// the JavaScript changes: the types stay zod's own namespace, as the declaration bundler cannot
// rebuild a namespace of re-exported classes and types.
const zodSubset = join(import.meta.dirname, 'src/zod-subset.ts');
const subsetAsZ: Plugin = {
  name: 'zod-subset-as-z',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      /[\\/]src[\\/]schema\.ts$/.test(args.importer)
        ? { path: 'zod-subset-as-z', namespace: 'zod-subset-as-z' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-subset-as-z' }, () => ({
      contents: `export * as z from ${JSON.stringify(zodSubset)};`,
      loader: 'js',
      resolveDir: import.meta.dirname,
    }));
  },
};

// zod's schemas carry JSON Schema conversion with them (`schema.toJSONSchema()`, and the Standard
// JSON Schema methods under `~standard`): two modules that were a fifth of what is left of zod,
// loaded and never used. In the bundle they are stand-ins with the same names that throw an
// UnsupportedError saying to import zod itself (see src/zod-subset.ts), so every cold start
// skips them.
const jsonSchemaModules = /^\.\.\/core\/(json-schema-processors|to-json-schema)\.js$/;
const zodCore = join(zodLocales, '../core');
const zodLeftOut = join(import.meta.dirname, 'src/zod-left-out.ts');
const noJsonSchema: Plugin = {
  name: 'zod-without-json-schema',
  setup(build) {
    build.onResolve({ filter: jsonSchemaModules }, (args) =>
      /[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(args.importer)
        ? { path: args.path.replace('../core/', ''), namespace: 'zod-without-json-schema' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-without-json-schema' }, (args) => {
      const real = readFileSync(join(zodCore, args.path), 'utf8');
      const names = [...real.matchAll(/^export (?:function|const|class) (\w+)/gm)].flatMap((match) =>
        match[1] ? [match[1]] : [],
      );
      // create…Method(schema) builds the method a schema carries; the method is what throws.
      const stub = (name: string) =>
        name.startsWith('create')
          ? `export const ${name} = () => jsonSchemaLeftOut;`
          : `export const ${name} = jsonSchemaLeftOut;`;
      return {
        contents: [
          `import { jsonSchemaLeftOut } from ${JSON.stringify(zodLeftOut)};`,
          ...names.map(stub),
        ].join('\n'),
        loader: 'js',
        resolveDir: import.meta.dirname,
      };
    });
  },
};

// zod is bundled (see src/schema.ts): one file loads far faster than its hundred-odd modules.
// It stays a dependency, for the types every package's .d.ts refers to.
export default defineConfig(
  packageBuild(
    import.meta.dirname,
    { index: 'src/index.ts' },
    {
      noExternal: ['zod'],
      esbuildPlugins: [englishOnlyZodLocales, subsetAsZ, noJsonSchema],
      // Whitespace and syntax only: about 4 ms less to load at every cold start; names are kept
      // (error classes report theirs) and the source maps carry the readable sources.
      minifyWhitespace: true,
      minifySyntax: true,
    },
  ),
);
