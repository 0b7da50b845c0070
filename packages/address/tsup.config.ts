import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

export default defineConfig(
  packageBuild(import.meta.dirname, { index: 'src/index.ts', testing: 'src/testing.ts' }),
);
