import { extname } from 'node:path';
import type { Row } from '../../tables';
import { dataFailure, usageFailure } from '../failure';
import { readAll, type Io } from '../io';
import { keyedRow } from '../../tables/csv';
import { csvRecords } from './csv';
import { decodeText, type TextEncoding } from './decode';
import { openXlsx, type XlsxCell } from './xlsx';

// A table file, whatever its format: the header row's texts and the data rows keyed by them, in
// batches, so that a million rows pass through without being held as one list.

/** The formats the program reads and writes, by file extension. */
export type FileFormat = 'json' | 'csv' | 'xlsx';

/** How a file's format is told: by its extension; anything else is a usage failure naming those known. */
export function formatOf(path: string): FileFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw usageFailure('unknownFormat', { path, known: '.json, .csv, .xlsx' });
}

/** How to read a table file. */
export interface TableReadOptions {
  /** The encoding of a CSV file; detected when absent. */
  readonly encoding?: TextEncoding;
  /** The sheet of a workbook; the first when absent. */
  readonly sheet?: string;
  /** How many rows a batch holds. */
  readonly batchSize?: number;
}

/** A table file opened: its headers, and its data rows in batches with the row number each batch starts at. */
export interface TableSource {
  readonly headers: readonly string[];
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
  /** The other sheets of a workbook, by name, each read whole (small sheets: rules, score sheets). */
  readonly otherSheets: Readonly<Record<string, () => readonly Row[]>>;
  readonly batches: AsyncIterable<TableBatch>;
}

/** Data rows and the spreadsheet row number of the first (the header row is 1). */
export interface TableBatch {
  readonly rows: readonly Row[];
  readonly firstRow: number;
}

const DEFAULT_BATCH = 10_000;

/** A header cell as text. */
const headerText = (cell: XlsxCell | string | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Groups keyed rows into batches, starting at row 2; the records come a group at a time. */
async function* batchesOf(groups: AsyncIterable<readonly (readonly (XlsxCell | string)[])[]> | Iterable<readonly (readonly (XlsxCell | string)[])[]>, headers: readonly string[], size: number): AsyncGenerator<TableBatch, void, undefined> {
  let rows: Row[] = [];
  let firstRow = 2;
  for await (const records of groups) {
    for (const cells of records) {
      rows.push(keyedRow(headers, cells));
      if (rows.length >= size) {
        yield { rows, firstRow };
        firstRow += rows.length;
        rows = [];
      }
    }
  }
  if (rows.length > 0) yield { rows, firstRow };
}

/** Records one at a time, given in groups: the first record, and the groups of the rest. */
async function firstAndRest<T>(groups: AsyncIterator<T[]> | Iterator<T[]>): Promise<{ readonly first: T | undefined; readonly rest: AsyncIterable<T[]> }> {
  let head = await groups.next();
  while (head.done !== true && head.value.length === 0) head = await groups.next();
  const first = head.done === true ? undefined : head.value[0];
  const remaining = head.done === true ? [] : head.value.slice(1);
  return {
    first,
    rest: (async function* () {
      if (remaining.length > 0) yield remaining;
      for (let next = await groups.next(); next.done !== true; next = await groups.next()) yield next.value;
    })(),
  };
}

/** Groups of `size` items from a generator. */
function* grouped<T>(items: Iterator<T>, size: number): Generator<T[], void, undefined> {
  let group: T[] = [];
  for (let next = items.next(); next.done !== true; next = items.next()) {
    group.push(next.value);
    if (group.length >= size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}

/**
 * Opens a CSV or XLSX file as a table: the first row is the header row.
 *
 * @param path - the file.
 * @param io - where it is read from.
 * @param options - the encoding of a CSV file, the sheet of a workbook.
 * @returns the headers and the data rows in batches.
 */
export async function openTable(path: string, io: Io, options: TableReadOptions = {}): Promise<TableSource> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  if (formatOf(path) === 'xlsx') {
    const book = openXlsx(await readAll(io.readFile(path)), path);
    const sheet = options.sheet ?? book.sheetNames[0];
    if (sheet === undefined || !book.sheetNames.includes(sheet)) {
      throw (options.sheet === undefined ? dataFailure : usageFailure)('noSuchSheet', { path, sheet: sheet ?? '', known: book.sheetNames.join(', ') });
    }
    const { first, rest } = await firstAndRest(grouped(book.rows(sheet), size));
    const headers = (first ?? []).map(headerText);
    const otherSheets = Object.fromEntries(
      book.sheetNames
        .filter((name) => name !== sheet)
        .map((name) => [name, () => {
          const [head, ...rest] = [...book.rows(name)];
          const names = (head ?? []).map(headerText);
          return rest.map((cells) => keyedRow(names, cells));
        }]),
    );
    return { headers, sheet, otherSheets, batches: batchesOf(rest, headers, size) };
  }
  const { first, rest } = await firstAndRest(csvRecords(decodeText(io.readFile(path), path, options.encoding)));
  const headers = (first ?? []).map(headerText);
  return { headers, otherSheets: {}, batches: batchesOf(rest, headers, size) };
}

/**
 * Reads a JSON file: a byte-order mark is allowed, and a file that is not JSON is a failure naming
 * the reason.
 *
 * @param path - the file.
 * @param io - where it is read from.
 * @returns the parsed value.
 */
export async function readJsonFile(path: string, io: Io): Promise<unknown> {
  let text = '';
  for await (const piece of decodeText(io.readFile(path), path, 'utf-8')) text += piece;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw dataFailure('notValidJson', { path, reason: (error as SyntaxError).message });
  }
}

/** Reads a file with `read`, turning a file system failure (missing, a folder, no permission) into one that names the file. */
export async function reading<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') throw dataFailure('cannotRead', { path, reason: error.code });
    throw error;
  }
}
