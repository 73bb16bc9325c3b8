import { finish, report, tablesIssue, type Layout } from './_read';
import type { TableColumn } from './columns';
import type { Row, TableResult } from './types';

// Walking the data rows of a laid-out table (private).

/** What {@link checkRows} walks: a laid-out table. */
export type RowsOf<Field extends TableColumn> = Layout<Field>;

/**
 * Calls `read` with every data row and its number as a spreadsheet shows it; a row that is not a
 * record is reported instead. Empty rows (every cell empty, as readers yield for blank lines) are skipped.
 */
export function checkRows<Field extends TableColumn>(table: Layout<Field>, read: (row: Row, number: number) => void): void {
  const { rows, firstRow, sink } = table;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    const number = firstRow + index;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report(sink, tablesIssue('tables.notARow', ['rows', number], { row: number }));
      continue;
    }
    if (isBlank(row)) continue;
    read(row, number);
  }
}

/** Whether every cell of a row is empty. */
function isBlank(row: Row): boolean {
  for (const key in row) {
    const cell = row[key];
    if (cell !== undefined && cell !== null && !(typeof cell === 'string' && cell.trim() === '')) return false;
  }
  return true;
}

/** Warns once for each header no column of the table took: its cells are ignored. */
export function warnUnknown<Field extends TableColumn>(table: Layout<Field>): void {
  for (const column of table.rest) report(table.sink, tablesIssue('tables.unknownColumn', ['headers', column.header], { column: column.header }, 'warning'));
}

/** The result of a table read row by row. */
export function finishRows<Field extends TableColumn, T>(table: Layout<Field>, data: T): TableResult<T> {
  return finish(table.sink, () => data);
}
