// The pure core must not load zod at run time (DESIGN.md, principle 7): follow every relative import
// from each built core entry, in both formats, and fail if any file reached imports zod. Only the
// `schema` entry may. No entry may load what only the command line uses (fflate, for workbooks;
// bundled into dist/cli.js, so a library user installs nothing extra). No entry may load fast-check
// either, an optional peer: `cxzy/testing` makes its arbitraries from the `fc` its caller passes in
// and imports fast-check for types only, so its other helpers run where fast-check is not installed.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === 'object' && subpath !== './schema')
  .flatMap(([, target]) => [target.import.default, target.require.default]);

const IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']([^"']+)["']/g;
const failures = [];
/** Packages only the command line uses: bundled into dist/cli.js, never loaded by a library entry. */
const CLI_ONLY = ['fflate'];

for (const entry of entries) {
  const seen = new Set();
  const queue = [join('.', entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) {
      failures.push(`${entry}: ${file} is imported but missing`);
      continue;
    }
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) failures.push(`${entry} loads zod through ${file}`);
      else if (CLI_ONLY.some((name) => specifier === name || specifier.startsWith(`${name}/`))) failures.push(`${entry} loads ${specifier}, which only the command line may use, through ${file}`);
      else if (specifier === 'fast-check' || specifier.startsWith('fast-check/')) failures.push(`${entry} loads fast-check through ${file}: take the caller's fc instead`);
      else if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier));
    }
  }
}

// The program bundles what it uses: `npx cxzy` needs nothing but Node's own modules.
const STATEMENT = /^import\s[^;]*?from\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/gm;
for (const [, imported, required] of readFileSync(join('.', pkg.bin.cxzy), 'utf8').matchAll(STATEMENT)) {
  const specifier = imported ?? required;
  if (!specifier.startsWith('node:') && !builtinModules.includes(specifier) && !specifier.startsWith('.')) failures.push(`${pkg.bin.cxzy} imports ${specifier}: it should be bundled`);
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`check-dist: ${entries.length} core entry files (ESM and CJS) are free of zod at run time, and of fflate and fast-check; the program bundles its packages`);
