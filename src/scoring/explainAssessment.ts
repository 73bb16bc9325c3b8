// Moved to assessment/explainAssessment.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { explainAssessment, REASON_MESSAGES, type ExplainAssessmentOptions } from './assessment/explainAssessment';
