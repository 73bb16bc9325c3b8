// Size budgets per entry point, minified and brotlied, as a bundler would ship them to a user,
// and for single imports, to show that importing one function pulls in only what it needs.
// zod is a peer dependency that only `cxzy/schema` loads; it is left out of that entry's figure.
// esbuild's notes about the empty chunks tsup's splitting leaves (bare imports that
// `sideEffects: false` lets a bundler drop) are silenced: they are what we want.
const quiet = (config) => ({ ...config, logLevel: 'error' });

const entry = (name, path, limit, extra = {}) => ({ name, path, import: '*', limit, modifyEsbuildConfig: quiet, ...extra });

export default [
  entry('cxzy (everything but schema)', 'dist/index.js', '50 kB'),
  entry('cxzy/organization', 'dist/organization.js', '2.5 kB'),
  entry('cxzy/organization { checkOrganizationTree }', 'dist/organization.js', '1.5 kB', { import: '{ checkOrganizationTree }' }),
  entry('cxzy/campaign (summarizeCampaign uses every module)', 'dist/campaign.js', '18.35 kB'),
  entry('cxzy/campaign { FIVE_GOODS }', 'dist/campaign.js', '1.5 kB', { import: '{ FIVE_GOODS }' }),
  entry('cxzy/schedule', 'dist/schedule.js', '11.5 kB'),
  entry('cxzy/schedule { isoDate }', 'dist/schedule.js', '1 kB', { import: '{ isoDate }' }),
  // The entry checks of every scoring function (issue 10): core's input messages and the field
  // labels of both locales, about 4 kB, and the checks of each rule, card and option object.
  entry('cxzy/scoring', 'dist/scoring.js', '25.35 kB'),
  entry('cxzy/scoring { classify }', 'dist/scoring.js', '9.25 kB', { import: '{ classify }' }),
  // The entry checks (issue 10) bring core's input messages and every field label in both locales
  // (about 4 kB brotlied) into each entry that checks a rule, rank included.
  entry('cxzy/evaluation', 'dist/evaluation.js', '17.85 kB'),
  entry('cxzy/evaluation { rank }', 'dist/evaluation.js', '6 kB', { import: '{ rank }' }),
  entry('cxzy/commitment', 'dist/commitment.js', '4.5 kB'),
  entry('cxzy/commendation', 'dist/commendation.js', '10.05 kB'),
  entry('cxzy/rectification', 'dist/rectification.js', '3 kB'),
  // One word file per locale writes each message code and label key once per locale, and the entry
  // now also renders any issue in any catalogue (renderMessage, formatIssue, CATALOGUES).
  entry('cxzy/i18n (every label and message)', 'dist/i18n.js', '11.5 kB'),
  entry('cxzy/schema (zod excluded: a peer dependency)', 'dist/schema.js', '3.5 kB', { ignore: ['zod'] }),
];
