// Size budgets per entry point, minified and brotlied, as a bundler would ship them to a user.
// zod is a peer dependency that only `cxzy/schema` loads; it is left out of that entry's figure.
// esbuild's notes about the empty chunks tsup's splitting leaves (bare imports that
// `sideEffects: false` lets a bundler drop) are silenced: they are what we want.
const quiet = (config) => ({ ...config, logLevel: 'error' });

const entry = (name, path, limit, extra = {}) => ({ name, path, import: '*', limit, modifyEsbuildConfig: quiet, ...extra });

export default [
  entry('cxzy (everything but schema)', 'dist/index.js', '40 kB'),
  entry('cxzy/organization', 'dist/organization.js', '3 kB'),
  entry('cxzy/organization { checkOrganizationTree }', 'dist/organization.js', '2 kB', { import: '{ checkOrganizationTree }' }),
  entry('cxzy/campaign', 'dist/campaign.js', '6 kB'),
  entry('cxzy/schedule', 'dist/schedule.js', '10 kB'),
  entry('cxzy/i18n', 'dist/i18n.js', '4 kB'),
  entry('cxzy/schema (zod excluded: a peer dependency)', 'dist/schema.js', '6 kB', { ignore: ['zod'] }),
];
