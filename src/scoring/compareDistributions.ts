// Moved to assessment/compareDistributions.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { compareDistributions } from './assessment/compareDistributions';
