// Checks every package as npm would publish it: publint for the manifest, and
// "are the types wrong" for how ESM and CJS consumers resolve its types.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((directory) => existsSync(join(directory, 'package.json')));

let failed = 0;
for (const directory of packages) {
  const { name } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  for (const [label, command, args] of [
    ['publint', bin('publint'), ['--strict', directory]],
    [
      'attw',
      bin('attw'), // node16 profile: the packages need Node 20.19+, so the node10 resolution of subpaths does not apply.
      ['--pack', directory, '--profile', 'node16', '--format', 'table-flipped'],
    ],
  ]) {
    try {
      execFileSync(command, args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });
      console.log(`ok   ${name} ${label}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name} ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}

// The built files themselves: each entry loads through both import and require, and core's error
// classes keep their names in both builds (names are what logs and error.name show).
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
// Every entry each package exports, read from its manifest, so a new package is checked without a list to keep.
const entries = packages.flatMap((directory) => {
  const { name, exports } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  return Object.keys(exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
});
for (const specifier of entries) {
  try {
    // vitest refuses require(), so the conformance suite is loaded as ESM only.
    const loaded = specifier.endsWith('/testing')
      ? [await import(specifier)]
      : [await import(specifier), require(specifier)];
    if (specifier === '@councilkit/core') {
      for (const core of loaded) {
        const name = new core.ConfigError([]).name;
        if (name !== 'ConfigError') throw new Error(`ConfigError is named ${name} in a build`);
      }
    }
    console.log(`ok   ${specifier} loads as ESM and CJS`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${specifier} loads as ESM and CJS\n${error.stack ?? error}`);
  }
}
if (failed > 0) process.exit(1);
