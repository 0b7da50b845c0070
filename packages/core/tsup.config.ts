import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// zod is bundled (see src/schema.ts): one file loads far faster than its hundred-odd modules.
// It stays a dependency, for the types every package's .d.ts refers to.
export default defineConfig(
  packageBuild(import.meta.dirname, { index: 'src/index.ts' }, { noExternal: ['zod'] }),
);
