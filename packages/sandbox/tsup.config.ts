import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

export default defineConfig(
  packageBuild(import.meta.dirname, { index: 'src/index.ts', msw: 'src/msw.ts', cli: 'src/cli.ts' }),
);
