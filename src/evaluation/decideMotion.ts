// Kept at its former path for the modules that import it directly; it lives in ./votes/decideMotion.ts.
// Import from the entry point (./index.ts) instead.
export { decideMotion } from './votes/decideMotion';
