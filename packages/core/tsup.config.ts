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

// zod is bundled (see src/schema.ts): one file loads far faster than its hundred-odd modules.
// It stays a dependency, for the types every package's .d.ts refers to.
export default defineConfig(
  packageBuild(
    import.meta.dirname,
    { index: 'src/index.ts' },
    { noExternal: ['zod'], esbuildPlugins: [englishOnlyZodLocales, subsetAsZ] },
  ),
);
