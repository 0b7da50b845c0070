#!/usr/bin/env node
// The command's entry stays a plain file in the repository, so npm links it at install time,
// before the TypeScript is built; the CLI itself is in dist/.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('councilkit-sandbox is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  throw error;
});
