// Kept at its former path for the modules that import it directly; it lives in ./votes/summarizeVotes.ts.
// Import from the entry point (./index.ts) instead.
export { summarizeVotes } from './votes/summarizeVotes';
