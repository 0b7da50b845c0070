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

// zod is bundled (see src/schema.ts): one file loads far faster than its hundred-odd modules.
// It stays a dependency, for the types every package's .d.ts refers to.
export default defineConfig(
  packageBuild(
    import.meta.dirname,
    { index: 'src/index.ts' },
    { noExternal: ['zod'], esbuildPlugins: [englishOnlyZodLocales] },
  ),
);
