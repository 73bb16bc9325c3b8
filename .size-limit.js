// Size budgets per entry point, minified and brotlied, as a bundler would ship them to a user,
// and for single imports, to show that importing one function pulls in only what it needs.
// zod is a peer dependency that only `cxzy/schema` loads; it is left out of that entry's figure.
// esbuild's notes about the empty chunks tsup's splitting leaves (bare imports that
// `sideEffects: false` lets a bundler drop) are silenced: they are what we want.
const quiet = (config) => ({ ...config, logLevel: 'error' });

const entry = (name, path, limit, extra = {}) => ({ name, path, import: '*', limit, modifyEsbuildConfig: quiet, ...extra });

// Each budget is what the entry measured when it was last set, plus a small margin (about 2 %), so
// that growth is a decision recorded here, not drift. Every entry that checks its input at entry
// carries core's input messages and the one shared table of field labels of both locales (about
// 6 kB brotlied); splitting that table by concept is how leaf imports such as `{ classify }` come
// down further. The root entry holds everything but cxzy/schema and cxzy/testing (which name
// optional peers: zod, fast-check), cxzy/tables and cxzy/sql included.
export default [
  entry('cxzy (everything but schema and testing)', 'dist/index.js', '85.25 kB'),
  entry('cxzy/organization', 'dist/organization.js', '8.7 kB'),
  entry('cxzy/organization { checkOrganizationTree }', 'dist/organization.js', '7.9 kB', { import: '{ checkOrganizationTree }' }),
  entry('cxzy/campaign (summarizeCampaign uses every module)', 'dist/campaign.js', '20.5 kB'),
  entry('cxzy/campaign { FIVE_GOODS }', 'dist/campaign.js', '1.1 kB', { import: '{ FIVE_GOODS }' }),
  entry('cxzy/schedule', 'dist/schedule.js', '19.2 kB'),
  entry('cxzy/schedule { isoDate }', 'dist/schedule.js', '700 B', { import: '{ isoDate }' }),
  entry('cxzy/scoring', 'dist/scoring.js', '30.25 kB'),
  entry('cxzy/scoring { classify }', 'dist/scoring.js', '8.3 kB', { import: '{ classify }' }),
  entry('cxzy/evaluation', 'dist/evaluation.js', '22.9 kB'),
  entry('cxzy/evaluation { rank }', 'dist/evaluation.js', '6.8 kB', { import: '{ rank }' }),
  entry('cxzy/commitment', 'dist/commitment.js', '10.95 kB'),
  entry('cxzy/commendation', 'dist/commendation.js', '11.25 kB'),
  entry('cxzy/rectification', 'dist/rectification.js', '9.75 kB'),
  // One word file per locale writes each message code and label key once per locale, and the entry
  // also renders any issue in any catalogue (renderMessage, formatIssue, CATALOGUES).
  entry('cxzy/i18n (every label and message)', 'dist/i18n.js', '20.9 kB'),
  entry('cxzy/schema (zod excluded: a peer dependency)', 'dist/schema.js', '16.25 kB', { ignore: ['zod'] }),
  entry('cxzy/tables', 'dist/tables.js', '22.75 kB'),
  entry('cxzy/tables { readScoreBallots }', 'dist/tables.js', '11.65 kB', { import: '{ readScoreBallots }' }),
  entry('cxzy/sql', 'dist/sql.js', '16.5 kB'),
  entry('cxzy/sql { compileTierExpression }', 'dist/sql.js', '9.55 kB', { import: '{ compileTierExpression }' }),
  entry('cxzy/testing (fast-check is the caller\'s: passed in, never imported)', 'dist/testing.js', '26.2 kB'),
  entry('cxzy/testing { boundaryCases }', 'dist/testing.js', '9.5 kB', { import: '{ boundaryCases }' }),
];
