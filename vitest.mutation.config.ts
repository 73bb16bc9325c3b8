import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker runs (see stryker.config.mjs): behaviour and property tests only
 * (no type tests, no coverage), the properties with a fixed seed, and by default only the tests of
 * the folder being mutated (`CXZY_MUTATION_TESTS`, set by scripts/mutation.mjs), where its rules
 * are checked.
 */
const tests = process.env.CXZY_MUTATION_TESTS ?? 'test';

/**
 * Tests that run the library in worker threads: a worker loads its own copy of the code, where
 * Stryker's active mutant is never switched on, so they cannot kill a mutant and would only add
 * seconds to every mutant they cover.
 */
const inWorkers = [...configDefaults.exclude, 'test/**/workerRecipe.test.ts'];

export default defineConfig({
  // A light `@fast-check/vitest` (test/_helpers/fastCheckVitest.ts): loading the real one is most of
  // a mutant's time, because every mutant's run starts new workers.
  resolve: { alias: { '@fast-check/vitest': fileURLToPath(new URL('./test/_helpers/fastCheckVitest.ts', import.meta.url)) } },
  test: {
    setupFiles: ['test/setup.ts', 'test/_helpers/fixedSeed.ts'],
    // Stryker's coverage instrumentation slows every test; it times mutants on its own.
    testTimeout: 60_000,
    pool: 'threads',
    isolate: false,
    // One project for both kinds: each project runs in a worker of its own, and every mutant's run
    // starts new workers that load the library and the tests again, so two projects made a mutant
    // covered by both kinds load them twice.
    include: [`${tests}/**/*.test.ts`, `${tests}/**/*.test-prop.ts`],
    exclude: inWorkers,
  },
});
