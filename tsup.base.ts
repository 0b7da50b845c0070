import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

/** The build every package shares: ESM + CJS + types, with the package version injected for the User-Agent. */
export function packageBuild(
  directory: string,
  entry: Record<string, string> = { index: 'src/index.ts' },
  extra: Options = {},
): Options {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string };
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    // The maps carry the sources themselves, so a stack through a published package (a failing
    // conformance test, say) shows readable TypeScript although src/ is not shipped.
    esbuildOptions(options) {
      options.sourcesContent = true;
    },
    target: 'node20',
    platform: 'node',
    shims: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(manifest.version) },
    tsconfig: join(directory, 'tsconfig.json'),
    ...extra,
  };
}
