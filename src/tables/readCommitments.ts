import { COMMITMENT_AUDIENCE_LABELS, COMMITMENT_ITEM_STATUS_LABELS, COMMITMENT_LEVEL_LABELS } from '../commitment/labels';
import type { Commitment, CommitmentAudience, CommitmentItem, CommitmentItemStatus, CommitmentLevel } from '../commitment/types';
import { acceptedLabels, labelMap, readBoolean, readDate, readLabel, readLabelList, readText, readTextList } from './_cells';
import { cellIssue, failed, finish, type FoundColumn, layout } from './_read';
import { checkRows, warnUnknown } from './_rows';
import type { ReadOptions, Row, TableResult } from './types';

/**
 * The columns of a commitments table, by their stable names (see `TABLE_COLUMNS` for the headers each is read under).
 *
 * @example
 * ```ts
 * import type { CommitmentColumn } from 'cxzy/tables';
 * const column: CommitmentColumn = 'commitmentId';
 * ```
 */
export type CommitmentColumn = 'commitmentId' | 'level' | 'makerId' | 'audiences' | 'itemId' | 'title' | 'due' | 'commitmentStatus' | 'fulfilledOn' | 'decomposedFrom' | 'own' | 'evidence';

/**
 * Options of {@link readCommitments}.
 *
 * @example
 * ```ts
 * import type { ReadCommitmentsOptions } from 'cxzy/tables';
 * const options: ReadCommitmentsOptions = { columns: { title: '承诺内容' } };
 * ```
 */
export type ReadCommitmentsOptions = ReadOptions<CommitmentColumn>;

const LEVEL_WORDS = { 支部: 'branch', 党小组: 'group', 小组: 'group', 党员: 'member', 个人: 'member' } as const satisfies Record<string, CommitmentLevel>;
const STATUS_WORDS = { 未完成: 'pending', 进行中: 'inProgress', 已完成: 'fulfilled', 已兑现: 'fulfilled' } as const satisfies Record<string, CommitmentItemStatus>;

/**
 * Reads 三级双向承诺 from a table of one row per commitment item: 承诺编号, 承诺层级 (党支部,
 * 功能党小组, 党员个人 or codes), 承诺主体编号, 承诺对象 (labels separated by `、`), 事项编号,
 * 承诺事项, 完成时限, 践诺状态 (未开始, 推进中, 已践诺), and optionally 践诺日期, 分解自, 自定事项
 * (是/否) and 佐证材料. Rows of one 承诺编号 make one commitment, in the order first seen; its
 * level, maker and audiences are written on each row and must agree. Dates are `2024-06-30`,
 * `2024/6/30`, `2024年6月30日`, a date cell (read by its UTC day) or an Excel day number.
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - the header row and column headers.
 * @returns the commitments, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readCommitments } from 'cxzy/tables';
 * const result = readCommitments([
 *   { 承诺编号: 'c1', 承诺层级: '党支部', 承诺主体编号: 'b1', 承诺对象: '党员、群众', 事项编号: 'i1', 承诺事项: '开展结对帮扶', 完成时限: '2024/6/30', 践诺状态: '推进中' },
 *   { 承诺编号: 'c1', 承诺层级: '党支部', 承诺主体编号: 'b1', 承诺对象: '党员、群众', 事项编号: 'i2', 承诺事项: '建立党员示范岗', 完成时限: '2024年12月31日', 践诺状态: '已践诺', 践诺日期: '2024-11-20' },
 * ]);
 * result.data?.[0]?.audiences; // ['members', 'masses']
 * result.data?.[0]?.items[1]; // { id: 'i2', title: '建立党员示范岗', due: '2024-12-31', status: 'fulfilled', fulfilledOn: '2024-11-20' }
 * ```
 */
export function readCommitments(rows: readonly Row[], options?: ReadCommitmentsOptions): TableResult<readonly Commitment[]> {
  const found = layout<CommitmentColumn>(rows, options, [
    { field: 'commitmentId', required: true },
    { field: 'level', required: true },
    { field: 'makerId', required: true },
    { field: 'audiences', required: false },
    { field: 'itemId', required: true },
    { field: 'title', required: true },
    { field: 'due', required: true },
    { field: 'commitmentStatus', required: true },
    { field: 'fulfilledOn', required: false },
    { field: 'decomposedFrom', required: false },
    { field: 'own', required: false },
    { field: 'evidence', required: false },
  ]);
  if ('failed' in found) return found.failed;
  // A required column missing or an option of the wrong kind: reported once, the rows are not read.
  if (found.sink.errors > 0) return failed(found.sink);
  warnUnknown(found);
  const { sink } = found;
  const columns = found.columns as Readonly<Record<CommitmentColumn, FoundColumn | undefined>>;
  const levels = labelMap(COMMITMENT_LEVEL_LABELS, LEVEL_WORDS);
  const statuses = labelMap(COMMITMENT_ITEM_STATUS_LABELS, STATUS_WORDS);
  const audiences = labelMap(COMMITMENT_AUDIENCE_LABELS);
  const commitments = new Map<string, { id: string; level: CommitmentLevel; makerId: string; audiences: readonly CommitmentAudience[]; items: CommitmentItem[]; row: number }>();
  const cell = (row: Row, column: CommitmentColumn) => row[columns[column]!.key];
  checkRows(found, (row, number) => {
    const id = readText(cell(row, 'commitmentId'), number, columns.commitmentId!, sink, true);
    const level = readLabel(cell(row, 'level'), number, columns.level!, sink, true, levels, acceptedLabels(COMMITMENT_LEVEL_LABELS));
    const makerId = readText(cell(row, 'makerId'), number, columns.makerId!, sink, true);
    const audienceList = columns.audiences === undefined ? [] : readLabelList(cell(row, 'audiences'), number, columns.audiences, sink, audiences, acceptedLabels(COMMITMENT_AUDIENCE_LABELS));
    const itemId = readText(cell(row, 'itemId'), number, columns.itemId!, sink, true);
    const title = readText(cell(row, 'title'), number, columns.title!, sink, true);
    const due = readDate(cell(row, 'due'), number, columns.due!, sink, true);
    const status = readLabel(cell(row, 'commitmentStatus'), number, columns.commitmentStatus!, sink, true, statuses, acceptedLabels(COMMITMENT_ITEM_STATUS_LABELS));
    const fulfilledOn = columns.fulfilledOn === undefined ? undefined : readDate(cell(row, 'fulfilledOn'), number, columns.fulfilledOn, sink, false);
    const decomposedFrom = columns.decomposedFrom === undefined ? undefined : readText(cell(row, 'decomposedFrom'), number, columns.decomposedFrom, sink, false);
    const own = columns.own === undefined ? undefined : readBoolean(cell(row, 'own'), number, columns.own, sink, false);
    const evidence = columns.evidence === undefined ? undefined : readTextList(cell(row, 'evidence'), number, columns.evidence, sink);
    if (id === undefined || level === undefined || makerId === undefined || audienceList === undefined || itemId === undefined || title === undefined || due === undefined || status === undefined) return;
    const item: CommitmentItem = {
      id: itemId,
      title,
      due,
      status,
      ...(fulfilledOn === undefined ? {} : { fulfilledOn }),
      ...(evidence === undefined ? {} : { evidence }),
      ...(decomposedFrom === undefined ? {} : { decomposedFrom }),
      ...(own === undefined ? {} : { own }),
    };
    const known = commitments.get(id);
    if (known === undefined) {
      commitments.set(id, { id, level, makerId, audiences: audienceList, items: [item], row: number });
      return;
    }
    const differs = (column: CommitmentColumn, value: string, first: string) => {
      if (value !== first) cellIssue(sink, 'tables.conflictingValue', number, columns[column]!, { value, firstRow: known.row, firstValue: first });
    };
    differs('level', COMMITMENT_LEVEL_LABELS[level]['zh-CN'], COMMITMENT_LEVEL_LABELS[known.level]['zh-CN']);
    differs('makerId', makerId, known.makerId);
    if (columns.audiences !== undefined) differs('audiences', [...audienceList].sort().join('、'), [...known.audiences].sort().join('、'));
    known.items.push(item);
  });
  return finish(sink, () => [...commitments.values()].map(({ row: _row, ...commitment }): Commitment => commitment));
}
