/** The User-Agent every councilkit request carries: `councilkit-<package>/<version>`. */
export function userAgent(packageName: string, version: string): string {
  return `councilkit-${packageName.replace(/^@councilkit\//, '')}/${version}`;
}
