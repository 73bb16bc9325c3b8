import type { Table, TableRow } from './types';
import { assertInput, expectNumber, expectText, type InputIssues } from '../core/input';

/**
 * The table a CSV text holds: the first record is the header row, each later record a row keyed
 * by the header texts, every cell as text. CSV as Excel and most programs write it (RFC 4180):
 * fields split by commas, records by CRLF, LF or CR; a field in double quotes may hold commas,
 * line breaks and doubled quotes (`""` for one `"`). A byte-order mark at the start is dropped;
 * headers are trimmed; a cell under an empty header is left out, and a row shorter than the header
 * row has only the cells it has. Decode the file first (UTF-8, or GB18030 for a file Excel saved as
 * “CSV” on a Chinese Windows: `new TextDecoder('gb18030')`).
 *
 * Pass the result to a `read*` function with its headers, so that a header written twice is
 * reported: `readScoreBallots(table.rows, { headers: table.headers })`. For a large file (a
 * province's ballots), read it in batches with {@link csvBatches} instead of holding every row.
 *
 * @param text - the CSV text.
 * @returns the headers and the rows.
 * @throws {@link InvalidInputError} when `text` is not text.
 *
 * @example
 * ```ts
 * import { csvTable, readMembers } from 'cxzy/tables';
 * const table = csvTable('党员编号,姓名,所在党组织,党员类别\r\nm01,李明,b1,正式党员\r\nm02,"王,芳",b1,预备党员\r\n');
 * table.headers; // ['党员编号', '姓名', '所在党组织', '党员类别']
 * table.rows[1]; // { 党员编号: 'm02', 姓名: '王,芳', 所在党组织: 'b1', 党员类别: '预备党员' }
 * readMembers(table.rows, { headers: table.headers }).data?.length; // 2
 * ```
 */
export function csvTable(text: string): Table {
  const issues: InputIssues = [];
  expectText(text, ['text'], issues);
  assertInput(issues);
  const state = csvState();
  const { headers, at } = headerRow(state, text);
  return { headers, rows: recordsFrom(state, text, at).records.map((record) => keyedRow(headers, record)) };
}

/**
 * One batch of rows of a CSV text, as {@link csvBatches} hands them on.
 *
 * @example
 * ```ts
 * import type { CsvBatch } from 'cxzy/tables';
 * const batch: CsvBatch = { headers: ['党员编号'], rows: [{ 党员编号: 'm01' }], startRow: 2 };
 * ```
 */
export interface CsvBatch {
  /** The header texts, trimmed: the same for every batch of a text. */
  readonly headers: readonly string[];
  /** The batch's rows, keyed by the header texts, every cell as text. */
  readonly rows: readonly TableRow[];
  /**
   * The row number of `rows[0]` as a spreadsheet shows it (the header row is 1): pass it as
   * `startRow` to a `read*` function, so that its problems name the right rows.
   */
  readonly startRow: number;
}

/**
 * The rows of a CSV text in batches, read as {@link csvTable} reads them: for a large file (a
 * province's million ballots), read each batch and hand its ballots on before the next — through a
 * generator given to `aggregateEvaluations` or `addBallots`, which take any iterable — so that no
 * list of a million rows is ever held. Short-lived rows cost the garbage collector almost nothing;
 * rows held until the end are copied by it again and again. On a million ballots, reading them
 * this way adds about 1.5 times the aggregation's own time (`npm run bench:sql -- --library`).
 *
 * @param text - the CSV text; its first record is the header row.
 * @param size - the most rows a batch holds; 4,096 unless given. A whole number from 1 up.
 * @returns a generator of the batches, in order; none for a text with no data row.
 * @throws {@link InvalidInputError} when `text` is not text or `size` is not a whole number from 1 up
 *   (at the call, before any batch is read).
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, THREE_SIDED_EVALUATION, type ScoreBallot } from 'cxzy/evaluation';
 * import { csvBatches, readScoreBallots } from 'cxzy/tables';
 * const text = '被评价人编号,评价人编号,评价主体,分数\nm01,e01,领导点评,92\nm01,e02,党内互评,88\nm01,e03,群众评议,90\n';
 * function* ballots(): Generator<ScoreBallot> {
 *   for (const batch of csvBatches(text, 2)) {
 *     const read = readScoreBallots(batch.rows, { headers: batch.headers, startRow: batch.startRow });
 *     if (read.success) yield* read.data;
 *   }
 * }
 * aggregateEvaluations(ballots(), THREE_SIDED_EVALUATION).subjects[0]?.combined; // 90: 92 × 0.3 + 88 × 0.3 + 90 × 0.4
 * ```
 */
export function csvBatches(text: string, size = DEFAULT_BATCH): Generator<CsvBatch, void, undefined> {
  const issues: InputIssues = [];
  expectText(text, ['text'], issues);
  expectNumber(size, ['size'], issues, { integer: true, min: 1 });
  assertInput(issues);
  return batchesOf(text, size);
}

const DEFAULT_BATCH = 4096;

function* batchesOf(text: string, size: number): Generator<CsvBatch, void, undefined> {
  const state = csvState();
  const head = headerRow(state, text);
  const { headers } = head;
  let at = head.at;
  let startRow = 2;
  while (at < text.length) {
    const { records, end } = recordsFrom(state, text, at, size);
    at = end;
    if (records.length === 0) break;
    yield { headers, rows: records.map((record) => keyedRow(headers, record)), startRow };
    startRow += records.length;
  }
}

/** The header row of a whole text, trimmed, after a byte-order mark; and where the rows start. */
function headerRow(state: CsvState, text: string): { readonly headers: readonly string[]; readonly at: number } {
  const head = recordsFrom(state, text, text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0, 1);
  return { headers: (head.records[0] ?? []).map((header) => header.trim()), at: head.end };
}

/**
 * Up to `limit` records of a whole text from `from` on: at the end of the text, the last record
 * too when no line break ends it.
 */
function recordsFrom(state: CsvState, text: string, from: number, limit = Infinity): CsvRecords {
  const read = csvRecordsIn(state, text, from, limit);
  const last = read.end === text.length ? csvLastRecord(state) : undefined;
  if (last !== undefined) read.records.push(last);
  return read;
}

/**
 * A record keyed by the headers; a cell under an empty header is left out. Internal: the command
 * line keys the rows of its files with it.
 */
export function keyedRow<Cell>(headers: readonly string[], cells: readonly Cell[]): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  const count = Math.min(headers.length, cells.length);
  for (let column = 0; column < count; column += 1) {
    const header = headers[column]!;
    if (header === '') continue;
    // A header `__proto__` is a column like any other, not the row's prototype.
    if (header === '__proto__') Object.defineProperty(row, header, { value: cells[column], enumerable: true, writable: true, configurable: true });
    else row[header] = cells[column]!;
  }
  return row;
}

const BYTE_ORDER_MARK = 0xfeff;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Where a CSV reader is between pieces of text: the record and field it is in the middle of.
 * Internal: the command line reads a file in pieces with one state.
 */
export interface CsvState {
  field: string;
  record: string[];
  quoted: boolean;
  afterQuote: boolean;
  skipLineFeed: boolean;
}

/** A reader's state before any text. Internal. */
export function csvState(): CsvState {
  return { field: '', record: [], quoted: false, afterQuote: false, skipLineFeed: false };
}

/** The records a piece of CSV text completes, and where reading stopped. */
export interface CsvRecords {
  readonly records: string[][];
  /** Where reading stopped: `text.length`, or just after the `limit`-th record. */
  readonly end: number;
}

/**
 * The records that end in `text` from `from` on, at most `limit` of them, each a list of fields as
 * text; an unfinished record is carried over in `state` to the next piece (a piece may end
 * anywhere, even inside a quoted field or between the CR and LF of a line break). Internal:
 * `csvTable` and `csvBatches` read a whole text with it, the command line a file in pieces; at the
 * end of the text, {@link csvLastRecord} gives the last record if it had no line break.
 *
 * One pass, a character at a time: a field is a slice of the text, joined with its other parts
 * only where quotes or a piece's end split it.
 */
export function csvRecordsIn(state: CsvState, text: string, from = 0, limit = Infinity): CsvRecords {
  const records: string[][] = [];
  let { field, record, quoted, afterQuote, skipLineFeed } = state;
  let start = from;
  let at = from;
  for (; at < text.length && records.length < limit; at += 1) {
    const code = text.charCodeAt(at);
    if (skipLineFeed) {
      skipLineFeed = false;
      if (code === LF) {
        start = at + 1;
        continue;
      }
    }
    if (quoted) {
      if (code === QUOTE) {
        field += text.slice(start, at);
        start = at + 1;
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (code === QUOTE) {
      // A quote right after a closing quote is a doubled quote: one quote in the field.
      if (afterQuote) field += '"';
      field += text.slice(start, at);
      start = at + 1;
      quoted = true;
      afterQuote = false;
      continue;
    }
    afterQuote = false;
    if (code === COMMA) {
      record.push(field + text.slice(start, at));
      field = '';
      start = at + 1;
    } else if (code === LF || code === CR) {
      record.push(field + text.slice(start, at));
      field = '';
      start = at + 1;
      skipLineFeed = code === CR;
      records.push(record);
      record = [];
    }
  }
  // After the limit-th record, a CRLF's LF is passed over here, so that the next call starts on
  // the next record.
  if (skipLineFeed && at < text.length && text.charCodeAt(at) === LF) {
    skipLineFeed = false;
    at += 1;
    start = at;
  }
  state.field = field + text.slice(start, at);
  state.record = record;
  state.quoted = quoted;
  state.afterQuote = afterQuote;
  state.skipLineFeed = skipLineFeed;
  return { records, end: at };
}

/** The last record of a text that does not end in a line break, once the whole text is read. Internal. */
export function csvLastRecord(state: CsvState): string[] | undefined {
  if (state.field === '' && state.record.length === 0) return undefined;
  const record = [...state.record, state.field];
  state.field = '';
  state.record = [];
  return record;
}
