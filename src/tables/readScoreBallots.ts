import type { ScoreBallot } from '../evaluation/policy/types';
import { readLongBallots, readScoreValue, readWideBallots, type ReadBallotsOptions, type ReadWideBallotsOptions } from './_ballots';
import type { Row, TableResult } from './types';

const scoreBallot = (subjectId: string, evaluatorId: string, group: string, score: number): ScoreBallot => ({ subjectId, evaluatorId, group, score });

/**
 * Reads score ballots from a long table: one ballot a row, with 被评价人编号, 评价人编号, 评价主体
 * and 分数. Scores are numbers, or numbers written as text (`"92"`, `"92.5"`, `"９２"`), with at
 * most two decimals; the group is read from its label (`党内互评`) or code (`peer`). One pass over
 * the rows, fit for a million ballots; pass `options.headers` when you have the header row.
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - the header row, column headers, the groups accepted, the group of a sheet without a group column.
 * @returns the ballots for `aggregateEvaluations`, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readScoreBallots } from 'cxzy/tables';
 * const result = readScoreBallots([
 *   { 被评价人编号: 'm01', 评价人编号: 'e01', 评价主体: '领导点评', 分数: '92.5' },
 *   { 被评价人编号: 'm01', 评价人编号: 'e02', 评价主体: 'peer', 分数: 88 },
 * ]);
 * result.data; // [{ subjectId: 'm01', evaluatorId: 'e01', group: 'leadership', score: 92.5 }, { subjectId: 'm01', evaluatorId: 'e02', group: 'peer', score: 88 }]
 * const wrong = readScoreBallots([{ 被评价人编号: 'm01', 评价人编号: 'e01', 评价主体: '领导点评', 分数: '九十' }]);
 * wrong.issues[0]?.message.en; // 'Row 2, column "分数": "九十" is not a number (write it as 20 or 20.5)'
 * ```
 */
export function readScoreBallots(rows: readonly Row[], options?: ReadBallotsOptions): TableResult<readonly ScoreBallot[]> {
  return readLongBallots(rows, options, 'score', readScoreValue, scoreBallot);
}

/**
 * Reads score ballots from the wide form a 测评表 uses: one evaluator a row (评价人编号, and
 * 评价主体 unless `options.group` gives it), one subject a column, a score in each cell; an empty
 * cell is no ballot. Columns are subjects by id, or by `options.subjects` (header → id).
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - as {@link readScoreBallots}, and `subjects`, which subject each column is.
 * @returns the ballots, row by row and column by column, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readScoreBallotsWide } from 'cxzy/tables';
 * const result = readScoreBallotsWide(
 *   [
 *     { 评价人编号: 'e01', 李明: 95, 王芳: '88' },
 *     { 评价人编号: 'e02', 李明: '90', 王芳: '' },
 *   ],
 *   { group: 'peer', subjects: { 李明: 'm01', 王芳: 'm02' } },
 * );
 * result.data?.length; // 3
 * result.data?.[1]; // { subjectId: 'm02', evaluatorId: 'e01', group: 'peer', score: 88 }
 * ```
 */
export function readScoreBallotsWide(rows: readonly Row[], options?: ReadWideBallotsOptions): TableResult<readonly ScoreBallot[]> {
  return readWideBallots(rows, options, 'score', readScoreValue, scoreBallot);
}
