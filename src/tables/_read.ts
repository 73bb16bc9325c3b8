import { createIssue, type LabelTables } from '../core/message';
import type { Issue } from '../core/issue';
import { VALUE_KIND_LABELS } from '../core/input';
import { TABLE_COLUMN_LABELS, TABLE_COLUMNS, type TableColumn } from './columns';
import { TABLES_MESSAGES, type TablesIssueCode } from './messages';
import type { Cell, ReadOptions, Row, TableResult } from './types';

// The shared engine of the `read*` functions (private): checks the rows and options, finds each
// column by its header, collects issues up to a limit, and numbers rows as a spreadsheet does.

const DEFAULT_MAX_ISSUES = 1000;
const LABEL_TABLES: LabelTables = { tableColumn: TABLE_COLUMN_LABELS, valueKind: VALUE_KIND_LABELS };

/** Where issues go while a table is read: kept up to `max`, the rest counted. */
export interface Sink {
  readonly issues: Issue[];
  readonly max: number;
  dropped: number;
  errors: number;
}

/** A column found in the headers: the key its cells have in the rows, and its header as shown. */
export interface FoundColumn {
  readonly key: string;
  readonly header: string;
}

/** What reading a table's headers gives: each field's column, the headers no field took, and where rows start. */
export interface Layout<Field extends TableColumn> {
  readonly rows: readonly Row[];
  readonly columns: Readonly<Partial<Record<Field, FoundColumn>>>;
  readonly rest: readonly FoundColumn[];
  /** The spreadsheet row number of `rows[0]`. */
  readonly firstRow: number;
  readonly sink: Sink;
}

/** A column a table reads, and whether the table cannot do without it. */
export interface ColumnSpec<Field extends TableColumn> {
  readonly field: Field;
  readonly required: boolean;
}

/** Builds an issue of this module. */
export function tablesIssue(code: TablesIssueCode, path: readonly (string | number)[], params: Readonly<Record<string, string | number>>, severity: 'error' | 'warning' = 'error'): Issue<TablesIssueCode> {
  return createIssue(TABLES_MESSAGES, code, severity, path, params, LABEL_TABLES);
}

/** Reports an issue into the sink, or counts it when the sink is full. */
export function report(sink: Sink, issue: Issue): void {
  if (issue.severity === 'error') sink.errors += 1;
  if (sink.issues.length < sink.max) sink.issues.push(issue);
  else sink.dropped += 1;
}

/** Reports a problem of one cell: the path and params name the row as shown and the column by its header. */
export function cellIssue(sink: Sink, code: TablesIssueCode, row: number, column: FoundColumn, params: Readonly<Record<string, string | number>> = {}): void {
  if (sink.issues.length >= sink.max) {
    sink.errors += 1;
    sink.dropped += 1;
    return;
  }
  report(sink, tablesIssue(code, ['rows', row, column.header], { row, column: column.header, ...params }));
}

/** The result of a read: the data when no error was found, with the warnings; otherwise every issue. */
export function finish<T>(sink: Sink, data: () => T): TableResult<T> {
  if (sink.errors > 0) return failed(sink);
  countDropped(sink);
  return { success: true, data: data(), issues: Object.freeze(sink.issues) as readonly Issue<TablesIssueCode>[] };
}

/** The result of a read stopped by an error (a column missing, an option of the wrong kind): every issue, no data. */
export function failed(sink: Sink): TableResult<never> {
  countDropped(sink);
  return { success: false, issues: Object.freeze(sink.issues) };
}

/** Adds one issue counting the issues past the limit, if any. */
function countDropped(sink: Sink): void {
  if (sink.dropped > 0) sink.issues.push(tablesIssue('tables.moreIssues', ['rows'], { count: sink.dropped }, sink.errors > 0 ? 'error' : 'warning'));
}

/** A header as a reader may write it, compared ignoring spaces, case, full-width forms and a `*` mark. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/[\s*＊]+/g, '').toLowerCase();
}

/**
 * Checks the rows and options, and finds each field's column among the headers (`options.headers`,
 * or the keys of the rows in order of appearance). Returns the issues of the table as a whole in
 * the sink: rows that are not a list, a required column missing (once, not per row), a header
 * written twice. `undefined` when the rows cannot be read at all.
 */
export function layout<Field extends TableColumn>(
  rows: unknown,
  options: ReadOptions<Field> | undefined,
  specs: readonly ColumnSpec<Field>[],
): Layout<Field> | { readonly failed: TableResult<never> } {
  const optionIssues = checkOptions(options);
  const max = typeof options?.maxIssues === 'number' && Number.isSafeInteger(options.maxIssues) && options.maxIssues >= 0 ? options.maxIssues : DEFAULT_MAX_ISSUES;
  const sink: Sink = { issues: [], max, dropped: 0, errors: 0 };
  for (const issue of optionIssues) report(sink, issue);
  if (!Array.isArray(rows)) report(sink, tablesIssue('tables.notRows', ['rows'], {}));
  if (sink.errors > 0) return { failed: failed(sink) };
  const list = rows as readonly Row[];
  const headerRow = options?.headerRow ?? 1;
  const headers = options?.headers === undefined ? keysOf(list) : headerTexts(options.headers, sink);

  // One normalized form per header; a second header of the same form is reported and left out.
  const byForm = new Map<string, number>();
  const usable: FoundColumn[] = [];
  headers.forEach((header, index) => {
    if (header === undefined) return;
    const form = normalizeHeader(header);
    const first = byForm.get(form);
    if (first !== undefined) {
      report(sink, tablesIssue('tables.duplicateColumn', ['headers', index + 1], { column: header.trim(), position: index + 1, firstPosition: first + 1 }));
      return;
    }
    byForm.set(form, index);
    usable.push({ key: header, header: header.trim() });
  });

  const taken = new Set<FoundColumn>();
  const columns: Partial<Record<Field, FoundColumn>> = {};
  for (const { field, required } of specs) {
    const accepted = acceptedHeaders(field, options);
    let found: FoundColumn | undefined;
    for (const text of accepted) {
      const form = normalizeHeader(text);
      found = usable.find((column) => !taken.has(column) && normalizeHeader(column.key) === form);
      if (found !== undefined) break;
    }
    if (found === undefined) {
      if (required) report(sink, tablesIssue('tables.missingColumn', ['columns', field], { field, accepted: accepted.join(' / ') }));
      continue;
    }
    taken.add(found);
    columns[field] = found;
  }
  const rest = usable.filter((column) => !taken.has(column));
  return { rows: list, columns, rest, firstRow: options?.startRow ?? headerRow + 1, sink };
}

/** The headers a field is read under: the option's, or the defaults. */
function acceptedHeaders(field: TableColumn, options: ReadOptions<TableColumn> | undefined): readonly string[] {
  const given = options?.columns?.[field];
  if (given === undefined) return TABLE_COLUMNS[field];
  return typeof given === 'string' ? [given] : given;
}

/** The header row's texts; an empty header is reported as a warning and left out. */
function headerTexts(headers: readonly Cell[], sink: Sink): (string | undefined)[] {
  return headers.map((cell, index) => {
    const text = typeof cell === 'string' ? cell : typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : '';
    if (text.trim() === '') {
      report(sink, tablesIssue('tables.emptyHeader', ['headers', index + 1], { position: index + 1 }, 'warning'));
      return undefined;
    }
    return text;
  });
}

/** The keys of the rows, in the order they first appear (a sparse reader leaves empty cells out). */
function keysOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
    for (const key in row) if (!seen.has(key)) seen.add(key);
  }
  return [...seen];
}

/** The issues of options that are not shaped as {@link ReadOptions} says. */
function checkOptions(options: unknown): Issue[] {
  if (options === undefined) return [];
  const issues: Issue[] = [];
  const bad = (field: string, expected: string) =>
    issues.push(tablesIssue('tables.invalidOption', ['options', field], { field, expected }));
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    bad('options', 'object');
    return issues;
  }
  const { headers, columns, headerRow, startRow, maxIssues } = options as ReadOptions<TableColumn>;
  if (headers !== undefined && !Array.isArray(headers)) bad('headers', 'list');
  if (headerRow !== undefined && !(typeof headerRow === 'number' && Number.isSafeInteger(headerRow) && headerRow >= 1)) bad('headerRow', 'integer');
  if (startRow !== undefined && !(typeof startRow === 'number' && Number.isSafeInteger(startRow) && startRow >= 1)) bad('startRow', 'integer');
  if (maxIssues !== undefined && !(typeof maxIssues === 'number' && Number.isSafeInteger(maxIssues) && maxIssues >= 0)) bad('maxIssues', 'integer');
  if (columns !== undefined) {
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) bad('columns', 'object');
    else {
      for (const [field, value] of Object.entries(columns)) {
        const ok = typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0 && Array.from(value as readonly unknown[]).every((text) => typeof text === 'string' && text.trim() !== ''); // Array.from: a hole is no text
        if (!ok && value !== undefined) bad(`columns.${field}`, 'text');
      }
    }
  }
  return issues;
}
