import { ValidationError } from '../errors/classes.js';

const headerTokenRule = 'Must be 1 to 100 printable characters without spaces';

// It goes into a header: no spaces or line breaks (which would let a value inject headers), and short.
function isHeaderToken(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && /^[\x21-\x7e]+$/.test(value);
}

/** The User-Agent every councilkit request carries: `councilkit-<package>/<version>`. */
export function userAgent(packageName: string, version: string): string {
  const issues = [];
  if (!isHeaderToken(packageName)) issues.push({ path: 'packageName', message: headerTokenRule });
  if (!isHeaderToken(version)) issues.push({ path: 'version', message: headerTokenRule });
  if (issues.length > 0) throw new ValidationError(issues);
  return `councilkit-${packageName.replace(/^@councilkit\//, '')}/${version}`;
}
