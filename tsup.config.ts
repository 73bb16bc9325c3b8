import { defineConfig } from 'tsup';

/**
 * One entry per public subpath of `package.json#exports`, plus the command-line program.
 * Splitting keeps shared internals in common chunks, so importing two entries never loads a
 * helper twice.
 */
export const entries = {
  index: 'src/index.ts',
  organization: 'src/organization/index.ts',
  campaign: 'src/campaign/index.ts',
  schedule: 'src/schedule/index.ts',
  scoring: 'src/scoring/index.ts',
  evaluation: 'src/evaluation/index.ts',
  commitment: 'src/commitment/index.ts',
  commendation: 'src/commendation/index.ts',
  rectification: 'src/rectification/index.ts',
  i18n: 'src/i18n/index.ts',
  schema: 'src/schema/index.ts',
  tables: 'src/tables/index.ts',
  testing: 'src/testing/index.ts',
  sql: 'src/sql/index.ts',
} as const;

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    target: 'es2022',
    dts: true,
    tsconfig: 'tsconfig.build.json',
    splitting: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    // Keep the Chinese labels readable (and smaller) in the built files, not \u-escaped.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'es2022',
    dts: false,
    splitting: false,
    clean: false,
    // The program bundles zod so that `npx cxzy` works where the optional peer is not installed, and
    // fflate (workbooks), a dev dependency that library users never install.
    noExternal: ['zod', 'fflate'],
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
]);
