import { ValidationError } from '../errors/classes.js';

/** The User-Agent every councilkit request carries: `councilkit-<package>/<version>`. */
export function userAgent(packageName: string, version: string): string {
  if (
    typeof packageName !== 'string' ||
    packageName === '' ||
    typeof version !== 'string' ||
    version === ''
  ) {
    throw new ValidationError([
      { path: packageName ? 'version' : 'packageName', message: 'Must be a non-empty string' },
    ]);
  }
  return `councilkit-${packageName.replace(/^@councilkit\//, '')}/${version}`;
}
