// The pure core must not load zod at run time (DESIGN.md, principle 7): follow every relative import
// from each built core entry, in both formats, and fail if any file reached imports zod. Only the
// `schema` entry may.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === 'object' && subpath !== './schema')
  .flatMap(([, target]) => [target.import.default, target.require.default]);

const IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']([^"']+)["']/g;
const failures = [];

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
      else if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier));
    }
  }
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`check-dist: ${entries.length} core entry files (ESM and CJS) are free of zod at run time`);
