import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, as remeda keeps them: behaviour (`*.test.ts`), properties
 * (`*.test-prop.ts`, fast-check) and types (`*.test-d.ts`, checked by the compiler, never run).
 * The time zone is set by `scripts/test-timezones.mjs` in the environment, because `test.env.TZ`
 * does not reach worker threads.
 */
export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    // Every function under test is pure, so test files can share one module graph per worker:
    // each file no longer pays for loading fast-check and the library again.
    pool: 'threads',
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts', 'src/**/types.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'prop', include: ['test/**/*.test-prop.ts'] },
      },
      {
        // Run once, in the first (UTC, coverage) run (scripts/test-timezones.mjs): tests against a
        // real PostgreSQL (PGlite, embedded in the run), whose start takes seconds and whose
        // results no time zone of this process can change.
        extends: true,
        test: { name: 'db', include: ['test/**/*.test-db.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        // Run once, under TZ=UTC, without coverage (scripts/test-timezones.mjs): every export under
        // arbitrary and near-valid arguments.
        extends: true,
        test: { name: 'fuzz', include: ['test/**/*.test-fuzz.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
