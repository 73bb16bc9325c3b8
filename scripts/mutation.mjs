// Mutation testing of one folder or file of src/ with Stryker (configuration: stryker.config.mjs).
//
//   npm run mutation -- scoring                      every file of src/scoring
//   npm run mutation -- evaluation/votes             one sub-folder
//   npm run mutation -- scoring/_hundredths.ts       one file (src/ may be written or left out)
//   npm run mutation -- scoring --all-tests          killed by any test, not only test/scoring
//   npm run mutation -- scoring --static             also the mutants of module-level constants
//                                                    (the shipped rules, labels): much slower
//   npm run mutation -- scoring --concurrency 2      two test processes (default one): on an idle
//                                                    two-core machine, about 1.7 times as fast
//
// Runs are incremental: results are kept in reports/mutation/<target>.incremental.json (git-ignored)
// and a later run tests again only the mutants whose code or covering tests changed. The first run
// of a single file or sub-folder starts from the results of its folder's run, when there is one.
// The report: reports/mutation/<target>.html (and .json). A folder measured part by part has one
// figure from `npm run mutation:score -- <folder>` (scripts/mutation-score.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const allTests = args.includes('--all-tests');
const withStatic = args.includes('--static');
const concurrencyAt = args.indexOf('--concurrency');
const concurrency = concurrencyAt === -1 ? '1' : args[concurrencyAt + 1];
if (!/^[1-9]\d*$/.test(concurrency ?? '')) {
  console.error('--concurrency takes a whole number of test processes, e.g. --concurrency 2');
  process.exit(2);
}
const rest = args.filter(
  (arg, at) => arg !== '--all-tests' && arg !== '--static' && at !== concurrencyAt && at !== concurrencyAt + 1,
);
if (rest.length !== 1) {
  console.error('usage: npm run mutation -- <folder or file under src/, e.g. scoring> [--all-tests] [--static]');
  process.exit(2);
}

const relative = rest[0].replace(/\\/g, '/').replace(/^\.?\/?(src\/)?/, '').replace(/\/+$/, '');
const path = `src/${relative}`;
if (relative === '' || !existsSync(path)) {
  console.error(`no such folder or file: ${path}`);
  process.exit(2);
}
const isFile = statSync(path).isFile();
const mutate = isFile ? path : `${path}/**/*.ts`;
const folder = relative.split('/')[0];
const variant = (allTests ? '.all-tests' : '') + (withStatic ? '.static' : '');
const slug = relative.replace(/\.ts$/, '').replace(/\//g, '.') + variant;

// A first run of a part of a folder starts from the folder's results: mutants already killed by an
// unchanged test are not tested again.
const incremental = `reports/mutation/${slug}.incremental.json`;
const folderIncremental = `reports/mutation/${folder}${variant}.incremental.json`;
if (slug !== folder + variant && !existsSync(incremental) && existsSync(folderIncremental)) {
  const report = JSON.parse(readFileSync(folderIncremental, 'utf8'));
  const files = Object.fromEntries(
    Object.entries(report.files).filter(([name]) => (isFile ? name === path : name.startsWith(`${path}/`))),
  );
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(incremental, JSON.stringify({ ...report, files }));
}

const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CXZY_MUTATE: mutate,
    CXZY_MUTATION_SLUG: slug,
    CXZY_MUTATION_STATIC: withStatic ? '1' : '0',
    CXZY_MUTATION_CONCURRENCY: concurrency,
    CXZY_MUTATION_TESTS: allTests || !existsSync(`test/${folder}`) ? 'test' : `test/${folder}`,
  },
});
process.exit(run.status ?? 1);
