// Kept at its former path for the modules that import it directly; it lives in ./policy/policies.ts.
// Import from the entry point (./index.ts) instead.
export { DEMOCRATIC_ASSESSMENT, HUNDRED_POINT_SCALE, SCHOOL_FOUR_SIDED_EVALUATION, THREE_SIDED_EVALUATION } from './policy/policies';
