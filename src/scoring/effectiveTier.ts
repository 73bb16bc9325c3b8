// Moved to assessment/effectiveTier.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { effectiveTier } from './assessment/effectiveTier';
