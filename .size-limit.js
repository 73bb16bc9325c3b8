// Size budgets per entry point, minified and brotlied, as a bundler would ship them to a user,
// and for single imports, to show that importing one function pulls in only what it needs.
// zod is a peer dependency that only `cxzy/schema` loads; it is left out of that entry's figure.
// esbuild's notes about the empty chunks tsup's splitting leaves (bare imports that
// `sideEffects: false` lets a bundler drop) are silenced: they are what we want.
const quiet = (config) => ({ ...config, logLevel: 'error' });

const entry = (name, path, limit, extra = {}) => ({ name, path, import: '*', limit, modifyEsbuildConfig: quiet, ...extra });

// Issue 10 put an entry check on every public function: a rule, policy or option object is checked
// once at entry and its problems are worded in both locales, naming each field by its label. Every
// entry that checks anything therefore carries core's input messages and the one shared table of
// field labels of both locales (about 6 kB brotlied, most of the growth below); cxzy/schema also
// carries the schemas of every rule and option object (46) and its own wording of zod's checks.
// Splitting the label table by concept, so that a leaf import carries only its own fields, is how
// these come back down (with the tightened budgets of the SQL issue).
export default [
  entry('cxzy (everything but schema)', 'dist/index.js', '63.5 kB'),
  entry('cxzy/organization', 'dist/organization.js', '8.5 kB'),
  entry('cxzy/organization { checkOrganizationTree }', 'dist/organization.js', '7.65 kB', { import: '{ checkOrganizationTree }' }),
  entry('cxzy/campaign (summarizeCampaign uses every module)', 'dist/campaign.js', '20.1 kB'),
  entry('cxzy/campaign { FIVE_GOODS }', 'dist/campaign.js', '1.5 kB', { import: '{ FIVE_GOODS }' }),
  entry('cxzy/schedule', 'dist/schedule.js', '18.9 kB'),
  entry('cxzy/schedule { isoDate }', 'dist/schedule.js', '1 kB', { import: '{ isoDate }' }),
  entry('cxzy/scoring', 'dist/scoring.js', '26.35 kB'),
  entry('cxzy/scoring { classify }', 'dist/scoring.js', '9.75 kB', { import: '{ classify }' }),
  entry('cxzy/evaluation', 'dist/evaluation.js', '19.1 kB'),
  entry('cxzy/evaluation { rank }', 'dist/evaluation.js', '6.65 kB', { import: '{ rank }' }),
  entry('cxzy/commitment', 'dist/commitment.js', '10.65 kB'),
  entry('cxzy/commendation', 'dist/commendation.js', '11 kB'),
  entry('cxzy/rectification', 'dist/rectification.js', '9.5 kB'),
  // One word file per locale writes each message code and label key once per locale, and the entry
  // also renders any issue in any catalogue (renderMessage, formatIssue, CATALOGUES).
  entry('cxzy/i18n (every label and message)', 'dist/i18n.js', '18.2 kB'),
  entry('cxzy/schema (zod excluded: a peer dependency)', 'dist/schema.js', '15.6 kB', { ignore: ['zod'] }),
];
