import { fc, test } from '@fast-check/vitest';
import { csvBatches, csvLastRecord, csvRecordsIn, csvState, csvTable } from '../../src/tables/csv';
import { csvLine } from '../../src/cli/files/csv';

/** Fields that need quoting and fields that do not, with the characters CSV treats specially. */
const field = fc.string({ unit: fc.constantFrom('a', '李', ' ', ',', '"', '\r', '\n', '1'), maxLength: 6 });
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
const lineBreak = fc.constantFrom('\r\n', '\n', '\r');

/** The reference: CSV written record by record with every field quoted. */
const quotedAll = (rows: readonly (readonly string[])[], eol: string): string => rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join(eol) + eol;

/** Reads a text cut into pieces the way the command line does: the unfinished record carried over. */
function inPieces(text: string, cuts: readonly number[]): string[][] {
  const out: string[][] = [];
  const state = csvState();
  let from = 0;
  for (const cut of [...[...cuts.map((at) => at % (text.length + 1))].sort((a, b) => a - b), text.length]) {
    out.push(...csvRecordsIn(state, text.slice(from, cut)).records);
    from = cut;
  }
  const last = csvLastRecord(state);
  return last === undefined ? out : [...out, last];
}

/** The records csvTable reads: its headers and rows back as lists (for texts without a header problem). */
function csvTableRecords(text: string): string[][] {
  const state = csvState();
  const { records } = csvRecordsIn(state, text);
  const last = csvLastRecord(state);
  return last === undefined ? records : [...records, last];
}

/** Reads a whole text. */
function whole(text: string): string[][] {
  return inPieces(text, []);
}

test.prop([records])('reads back every record written as Excel writes it (quoted only where needed, CRLF)', (rows) => {
  const text = rows.map((row) => csvLine(row)).join('');
  return JSON.stringify(whole(text)) === JSON.stringify(rows);
});

test.prop([records, lineBreak])('reads back every record written with every field quoted, whatever the line break', (rows, eol) => {
  return JSON.stringify(whole(quotedAll(rows, eol))) === JSON.stringify(rows);
});

test.prop([records, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean()])('reads a text cut anywhere into pieces as it reads it whole', (rows, cuts, excel) => {
  const text = excel ? rows.map((row) => csvLine(row)).join('') : quotedAll(rows, '\n');
  return JSON.stringify(inPieces(text, cuts)) === JSON.stringify(csvTableRecords(text));
});

test.prop([fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n'), maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 })])('reads any text, even a broken one, the same in pieces as whole', (text, cuts) => {
  return JSON.stringify(inPieces(text, cuts)) === JSON.stringify(csvTableRecords(text));
});

test.prop([records, fc.integer({ min: 1, max: 5 })])('csvBatches gives the rows of csvTable, in order, numbered from row 2', (rows, size) => {
  const text = rows.map((row) => csvLine(row)).join('');
  const batches = [...csvBatches(text, size)];
  const starts = batches.map((batch) => batch.startRow);
  const expectedStarts = batches.map((_, index) => 2 + index * size);
  return JSON.stringify(batches.flatMap((batch) => batch.rows)) === JSON.stringify(csvTable(text).rows) && JSON.stringify(starts) === JSON.stringify(expectedStarts);
});
