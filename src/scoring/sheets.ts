// Moved to sheets/scoreSheetsExample.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { SCORE_SHEETS_EXAMPLE } from './sheets/scoreSheetsExample';
