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
  i18n: 'src/i18n/index.ts',
  schema: 'src/schema/index.ts',
} as const;

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    target: 'es2022',
    dts: true,
    splitting: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'es2022',
    dts: false,
    splitting: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
