import type { TableRow } from '../../tables';
import { dataFailure } from '../failure';
import type { FileWriter, Io } from '../io';
import { ChunkedWriter, writeEach } from '../output';
import { csvLine } from './csv';
import { formatOf } from './tableFile';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx';

// Tables written to files: CSV in UTF-8 with a byte-order mark (so that Excel opens it without
// mojibake) and CRLF line ends, Excel workbooks, or JSON (an array of objects keyed by header).

/** A table to write: its headers and its rows, keyed by header, given as they are made. */
export interface OutTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: Iterable<TableRow>;
  /** Column widths for a workbook, in characters. */
  readonly widths?: readonly number[];
}

/** Opens a file to write, a failure naming the file when it cannot be. */
export async function openOut(path: string, io: Io): Promise<FileWriter> {
  try {
    return await io.writeFile(path);
  } catch (error) {
    throw dataFailure('cannotWrite', { path, reason: error instanceof Error && 'code' in error ? String(error.code) : String(error) });
  }
}

/** The cells of a row, in the order of the headers. */
const cellsOf = (headers: readonly string[], row: TableRow): XlsxCell[] => headers.map((header) => row[header] ?? null);

/**
 * Writes tables to `path` in the format its extension names; a CSV or JSON file holds the first
 * table only, a workbook one sheet per table.
 *
 * @param path - the file.
 * @param tables - the tables; the first is the main one.
 * @param io - where it is written.
 * @returns how many rows of the first table were written.
 */
export async function writeTables(path: string, tables: readonly OutTable[], io: Io): Promise<number> {
  const format = formatOf(path);
  const count = { rows: 0 };
  const file = await openOut(path, io);
  try {
    const [main] = tables;
    if (main === undefined) return 0;
    if (format === 'xlsx') {
      const sheets: XlsxSheet[] = tables.map((table, index) => ({
        name: table.name,
        widths: table.widths ?? table.headers.map((header) => Math.max(8, Math.min(40, header.length * 2 + 2))),
        rows: (async function* () {
          yield table.headers;
          for (const row of table.rows) {
            if (index === 0) count.rows += 1;
            yield cellsOf(table.headers, row);
          }
        })(),
      }));
      await writeXlsx(sheets, file);
    } else if (format === 'csv') {
      const out = new ChunkedWriter(file);
      await out.write(`\uFEFF${csvLine(main.headers)}`);
      count.rows = await writeEach(out, main.rows, (row) => csvLine(cellsOf(main.headers, row)));
      await out.flush();
    } else {
      const out = new ChunkedWriter(file);
      await out.write('[');
      count.rows = await writeEach(out, main.rows, (row, index) => `${index === 0 ? '' : ','}\n  ${JSON.stringify(row)}`);
      await out.write(count.rows === 0 ? ']' : '\n]');
      await out.write('\n');
      await out.flush();
    }
  } finally {
    await file.close();
  }
  return count.rows;
}
