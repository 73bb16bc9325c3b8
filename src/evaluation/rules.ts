// Kept at its former path for the modules that import it directly; it lives in ./votes/rules.ts.
// Import from the entry point (./index.ts) instead.
export { DEMOCRATIC_APPRAISAL_VOTE_RULE, PARTY_MEMBERS_MEETING_RULE, SATISFACTION_SURVEY_RULE } from './votes/rules';
