import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const notBuiltCodes = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'MODULE_NOT_FOUND']);

/**
 * A file path given on the command line becomes a file URL (so child processes resolve it the same
 * way); a package name is left for Node to resolve.
 */
export function moduleSpecifier(specifier) {
  return existsSync(specifier) ? pathToFileURL(resolve(specifier)).href : specifier;
}

/**
 * Imports one of the workspace's packages from its build. The benches run on dist/, not on the
 * TypeScript source, so a missing build is the usual failure and the message says how to fix it.
 */
export async function importBuilt(specifier) {
  try {
    return await import(specifier);
  } catch (error) {
    if (notBuiltCodes.has(error?.code)) {
      throw new Error(`cannot load ${specifier} (${error.code}: ${error.message}); run npm run build first`);
    }
    throw error;
  }
}
