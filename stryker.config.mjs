// Mutation testing with Stryker: does a wrong rule (a `<` for a `<=`, a bound inverted, a path or
// an issue parameter changed) make a test fail? Run through `npm run mutation -- <folder or file>`
// (scripts/mutation.mjs), never as part of `npm test`: a whole folder takes about half an hour on
// two cores. scripts/mutation.mjs sets the variables read here.
const target = process.env.CXZY_MUTATE ?? 'src/scoring/**/*.ts';
const slug = process.env.CXZY_MUTATION_SLUG ?? 'scoring';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Two cores shared with the rest of the machine: one test process at a time, unless
  // `--concurrency N` (scripts/mutation.mjs) asks for more.
  concurrency: Number(process.env.CXZY_MUTATION_CONCURRENCY ?? 1),
  // A static mutant (in a module-level constant: labels, messages, the shipped rules) can only be
  // tested by reloading the library and running every test of the folder: about a quarter of the
  // mutants but three quarters of the time. They are left out unless asked for (`--static`).
  ignoreStatic: process.env.CXZY_MUTATION_STATIC !== '1',
  mutate: target.split(','),
  incremental: true,
  incrementalFile: `reports/mutation/${slug}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${slug}.html` },
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  clearTextReporter: { allowColor: false, reportTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/reports', '/coverage', '/dist', '/docs/api', '/bench', '/.tmp'],
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: true,
  // A mutant that loops is caught, after 8 s over the test's own time (times 1.5); a test run slowed
  // by other work on a shared machine is not counted as a kill (the default limit, 5 s over, made
  // heavy load look like kills; 20 s made the mutants that loop half of a run's time).
  timeoutMS: 8_000,
};
