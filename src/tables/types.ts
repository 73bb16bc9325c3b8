import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import type { TableColumn } from './columns';
import type { TablesIssueCode } from './messages';

/**
 * One cell as a CSV or XLSX reader yields it: text (CSV gives only text), a number, a boolean, a
 * date, or nothing (`null`, `undefined`, or the key left out) for an empty cell.
 *
 * @example
 * ```ts
 * import type { Cell } from 'cxzy/tables';
 * const cells: Cell[] = ['20', 20.5, true, null, undefined, new Date(Date.UTC(2024, 5, 30))];
 * ```
 */
export type Cell = string | number | boolean | null | undefined | Date;

/**
 * One data row as a reader yields it: a record keyed by header text (`{ 党员编号: 'm01', 姓名: '李明' }`).
 *
 * @example
 * ```ts
 * import type { Row } from 'cxzy/tables';
 * const row: Row = { 党员编号: 'm01', 姓名: '李明', 党员类别: '正式党员' };
 * ```
 */
export type Row = Readonly<Record<string, Cell>>;

/**
 * What every `read*` function returns: the typed data and the warnings found (an ignored column),
 * or every problem found. Each issue's `path` is `['rows', row, column]` with the row numbered as
 * a spreadsheet shows it (the header row is 1, the first data row 2) and the column named by its
 * header text; `params.row` and `params.column` say the same for apps that word their own message.
 * Problems of a whole column (a required column missing, a header written twice) are reported once,
 * at `['columns', field]` or `['headers', position]`. A success is also a {@link ParseResult}.
 *
 * @typeParam T - the data read.
 *
 * @example
 * ```ts
 * import { readMembers } from 'cxzy/tables';
 * const result = readMembers([{ 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '党员' }]);
 * if (!result.success) result.issues[0]?.message['zh-CN']; // '第 2 行“党员类别”列的“党员”不是可用的取值(可用:正式党员、预备党员)'
 * ```
 */
export type TableResult<T> =
  | { readonly success: true; readonly data: T; readonly issues: readonly Issue<TablesIssueCode>[] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly Issue[] };

/**
 * Options every `read*` function takes.
 *
 * @typeParam Field - the columns the table has.
 *
 * @example
 * ```ts
 * import type { ReadOptions } from 'cxzy/tables';
 * const options: ReadOptions<'memberId' | 'name'> = { columns: { memberId: '工号' }, headers: ['工号', '姓名'] };
 * ```
 */
export interface ReadOptions<Field extends TableColumn = TableColumn> {
  /**
   * The header row as the reader found it, in order. Give it when you have it: a header written
   * twice is then reported (a record cannot hold two keys of one name, so readers rename or drop
   * the second), and the columns are found without looking at every row. Without it the headers
   * are the keys of the rows, in the order they first appear.
   */
  readonly headers?: readonly Cell[];
  /**
   * Which header text names a column, by field: a text or a list of texts, replacing the default
   * headers of that field (see {@link TABLE_COLUMNS}). Headers are matched ignoring spaces, case
   * and full-width forms.
   */
  readonly columns?: Readonly<Partial<Record<Field, string | readonly string[]>>>;
  /**
   * The row number of the header row as the spreadsheet shows it, when the sheet has a title above
   * it (`2` when row 1 holds a title): data rows are numbered from the next one. Default `1`.
   */
  readonly headerRow?: number;
  /**
   * The row number, as the spreadsheet shows it, of `rows[0]`: for a large file read in chunks,
   * the number of each chunk's first row, so that problems still name the right row. Default the
   * row after `headerRow`.
   */
  readonly startRow?: number;
  /**
   * How many cell problems are reported at most before one `tables.moreIssues` issue counts the
   * rest, so that a wrong million-row file does not make a million messages. Default 1000.
   */
  readonly maxIssues?: number;
}

/**
 * A table to write: header texts in order and rows keyed by them. Cells are text, numbers, or
 * `null` for an empty cell. What a CSV or XLSX writer takes, and what the `read*` functions read back.
 *
 * @example
 * ```ts
 * import type { Table } from 'cxzy/tables';
 * const table: Table = { headers: ['党员编号', '姓名'], rows: [{ 党员编号: 'm01', 姓名: '李明' }] };
 * ```
 */
export interface Table {
  /** The header texts, in column order. */
  readonly headers: readonly string[];
  /** The rows, keyed by header text, each with every header. */
  readonly rows: readonly TableRow[];
}

/**
 * A row of a {@link Table}: every header's cell, text, a number or `null` when empty.
 *
 * @example
 * ```ts
 * import type { TableRow } from 'cxzy/tables';
 * const row: TableRow = { 党员编号: 'm01', 总分: 92.5, 排名: null };
 * ```
 */
export type TableRow = Readonly<Record<string, string | number | null>>;

/**
 * The locale a written table's headers and labels are in.
 *
 * @example
 * ```ts
 * import type { WriteOptions } from 'cxzy/tables';
 * const options: WriteOptions = { locale: 'en' };
 * ```
 */
export interface WriteOptions {
  /** The language of headers, labels and reasons. Default `'zh-CN'`. */
  readonly locale?: Locale;
}
