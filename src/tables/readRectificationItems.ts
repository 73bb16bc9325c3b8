import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '../rectification/labels';
import type { RectificationItem, RectificationItemStatus } from '../rectification/types';
import { acceptedLabels, labelMap, readBoolean, readDate, readLabel, readText } from './_cells';
import { cellIssue, failed, finish, type FoundColumn, layout } from './_read';
import { checkRows, warnUnknown } from './_rows';
import type { ReadOptions, Row, TableResult } from './types';

/**
 * The columns of a rectification table, by their stable names (see `TABLE_COLUMNS` for the headers each is read under).
 *
 * @example
 * ```ts
 * import type { RectificationColumn } from 'cxzy/tables';
 * const column: RectificationColumn = 'rectificationId';
 * ```
 */
export type RectificationColumn = 'rectificationId' | 'problem' | 'source' | 'measure' | 'target' | 'due' | 'ownerId' | 'rectificationStatus' | 'processDisclosed' | 'resultDisclosed' | 'completedOn';

/**
 * Options of {@link readRectificationItems}.
 *
 * @example
 * ```ts
 * import type { ReadRectificationItemsOptions } from 'cxzy/tables';
 * const options: ReadRectificationItemsOptions = { columns: { problem: '查摆问题' } };
 * ```
 */
export type ReadRectificationItemsOptions = ReadOptions<RectificationColumn>;

const STATUS_WORDS = { 未完成: 'open', 进行中: 'inProgress', 已完成: 'completed', 完成: 'completed' } as const satisfies Record<string, RectificationItemStatus>;

/**
 * Reads 整改 items from a table of one row per item: 整改编号, 存在问题, 问题来源 (群众意见, 民主评议,
 * 督查点评, 自查, 考核, 其他 or codes), 整改措施, 整改目标, 完成时限, 责任人编号, 整改状态 (未整改,
 * 整改中, 已整改), 整改过程已公示 and 整改结果已公开 (是/否), and optionally 完成日期. An item id
 * written twice is reported at its second row.
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - the header row and column headers.
 * @returns the items for `rectificationStatus`, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readRectificationItems } from 'cxzy/tables';
 * const result = readRectificationItems([{
 *   整改编号: 'r1', 存在问题: '学习不够深入', 问题来源: '民主评议', 整改措施: '每月集中学习', 整改目标: '形成学习制度',
 *   完成时限: '2024-06-30', 责任人编号: 'm01', 整改状态: '已整改', 整改过程已公示: '是', 整改结果已公开: '否', 完成日期: '2024/6/15',
 * }]);
 * result.data?.[0]?.source; // 'evaluation'
 * result.data?.[0]?.completedOn; // '2024-06-15'
 * result.data?.[0]?.resultDisclosed; // false
 * ```
 */
export function readRectificationItems(rows: readonly Row[], options?: ReadRectificationItemsOptions): TableResult<readonly RectificationItem[]> {
  const found = layout<RectificationColumn>(rows, options, [
    { field: 'rectificationId', required: true },
    { field: 'problem', required: true },
    { field: 'source', required: true },
    { field: 'measure', required: true },
    { field: 'target', required: true },
    { field: 'due', required: true },
    { field: 'ownerId', required: true },
    { field: 'rectificationStatus', required: true },
    { field: 'processDisclosed', required: true },
    { field: 'resultDisclosed', required: true },
    { field: 'completedOn', required: false },
  ]);
  if ('failed' in found) return found.failed;
  // A required column missing or an option of the wrong kind: reported once, the rows are not read.
  if (found.sink.errors > 0) return failed(found.sink);
  warnUnknown(found);
  const { sink } = found;
  const columns = found.columns as Readonly<Record<RectificationColumn, FoundColumn | undefined>>;
  const sources = labelMap(RECTIFICATION_SOURCE_LABELS);
  const statuses = labelMap(RECTIFICATION_STATUS_LABELS, STATUS_WORDS);
  const firstRowOf = new Map<string, number>();
  const items: RectificationItem[] = [];
  const text = (row: Row, number: number, column: RectificationColumn) => readText(row[columns[column]!.key], number, columns[column]!, sink, true);
  checkRows(found, (row, number) => {
    const id = text(row, number, 'rectificationId');
    if (id !== undefined) {
      const first = firstRowOf.get(id);
      if (first !== undefined) cellIssue(sink, 'tables.duplicateKey', number, columns.rectificationId!, { value: id, firstRow: first });
      else firstRowOf.set(id, number);
    }
    const problem = text(row, number, 'problem');
    const source = readLabel(row[columns.source!.key], number, columns.source!, sink, true, sources, acceptedLabels(RECTIFICATION_SOURCE_LABELS));
    const measure = text(row, number, 'measure');
    const target = text(row, number, 'target');
    const due = readDate(row[columns.due!.key], number, columns.due!, sink, true);
    const ownerId = text(row, number, 'ownerId');
    const status = readLabel(row[columns.rectificationStatus!.key], number, columns.rectificationStatus!, sink, true, statuses, acceptedLabels(RECTIFICATION_STATUS_LABELS));
    const processDisclosed = readBoolean(row[columns.processDisclosed!.key], number, columns.processDisclosed!, sink, true);
    const resultDisclosed = readBoolean(row[columns.resultDisclosed!.key], number, columns.resultDisclosed!, sink, true);
    const completedOn = columns.completedOn === undefined ? undefined : readDate(row[columns.completedOn.key], number, columns.completedOn, sink, false);
    if (id === undefined || problem === undefined || source === undefined || measure === undefined || target === undefined || due === undefined || ownerId === undefined || status === undefined || processDisclosed === undefined || resultDisclosed === undefined) return;
    items.push({ id, problem, source, measure, target, due, ownerId, status, processDisclosed, resultDisclosed, ...(completedOn === undefined ? {} : { completedOn }) });
  });
  return finish(sink, () => items);
}
