#!/usr/bin/env node
// Builds only the workspace packages whose sources changed since their dist/ was built, in
// dependency order, so `npm run demo` (and `npm test`) start at once when nothing changed.
// A package is rebuilt when it has no dist/, or its build stamp (kept outside dist/, so it is never
// published) is missing or older than any of its inputs: its src/ (tests excepted), package.json,
// tsup and TypeScript configs, and the shared root configs.
// Usage: node scripts/build-if-changed.mjs [--dry-run] [package name ...]
// With package names, only those and the workspace packages they depend on are considered.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');
const wanted = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const stampDirectory = join(root, 'node_modules', '.cache', 'councilkit-build');
const stampOf = (pkg) => join(stampDirectory, `${pkg.name.replace('/', '+')}.stamp`);
const sharedInputs = ['tsup.base.ts', 'tsconfig.base.json'].map((file) => join(root, file));

function workspaceDirectories() {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name));
  });
}

// The newest modification time among a package's build inputs.
function newestInput(directory) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (!/\.test(-helper)?\.ts$/.test(path)) {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const input of ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', ...sharedInputs]) {
    visit(input.startsWith(root) ? input : join(directory, input));
  }
  return newest;
}

function stampTime(pkg) {
  const stamp = stampOf(pkg);
  return existsSync(stamp) && existsSync(join(pkg.directory, 'dist')) ? statSync(stamp).mtimeMs : -1;
}

// Dependencies first: a package's type build reads the built types of the packages it depends on.
function inDependencyOrder(packages) {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const ordered = [];
  const placed = new Set();
  const place = (pkg, path = []) => {
    if (placed.has(pkg.name) || path.includes(pkg.name)) return;
    for (const dependency of pkg.dependencies) {
      const found = byName.get(dependency);
      if (found) place(found, [...path, pkg.name]);
    }
    placed.add(pkg.name);
    ordered.push(pkg);
  };
  for (const pkg of packages) place(pkg);
  return ordered;
}

const packages = inDependencyOrder(
  workspaceDirectories()
    .filter((directory) => existsSync(join(directory, 'package.json')))
    .map((directory) => {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
      return {
        directory,
        name: manifest.name,
        buildable: Boolean(manifest.scripts?.build),
        dependencies: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }),
      };
    })
    .filter((pkg) => pkg.buildable),
);

// The packages asked for and everything they depend on, or every package when none were named.
function selected() {
  if (wanted.length === 0) return packages;
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const unknown = wanted.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    console.error(`build: no buildable workspace package named ${unknown.join(', ')}`);
    process.exit(2);
  }
  const names = new Set();
  const add = (name) => {
    const pkg = byName.get(name);
    if (!pkg || names.has(name)) return;
    names.add(name);
    for (const dependency of pkg.dependencies) add(dependency);
  };
  for (const name of wanted) add(name);
  return packages.filter((pkg) => names.has(pkg.name));
}

const stale = selected().filter((pkg) => newestInput(pkg.directory) > stampTime(pkg));
if (stale.length === 0) {
  console.log('build: up to date');
  process.exit(0);
}
for (const pkg of stale) {
  console.log(`build: ${pkg.name} (${relative(root, pkg.directory)}) changed${dryRun ? '' : ', building'}`);
  if (dryRun) continue;
  const startedAt = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: pkg.directory, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${pkg.name} failed`);
    process.exit(result.status ?? 1);
  }
  // Stamped with the time the build started, so a file saved during the build counts as changed.
  const stamp = stampOf(pkg);
  mkdirSync(stampDirectory, { recursive: true });
  writeFileSync(stamp, `${new Date(startedAt).toISOString()}\n`);
  utimesSync(stamp, startedAt / 1000, startedAt / 1000);
}
