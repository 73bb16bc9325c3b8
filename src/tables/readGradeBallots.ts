import type { BallotGrade, GradeBallot } from '../evaluation/votes/types';
import { gradeReader, readLongBallots, readWideBallots, type ReadBallotsOptions, type ReadWideBallotsOptions } from './_ballots';
import type { Row, TableResult } from './types';

/**
 * Options of the grade ballot readers.
 *
 * @example
 * ```ts
 * import type { ReadGradeBallotsOptions } from 'cxzy/tables';
 * const options: ReadGradeBallotsOptions = { grades: ['satisfied', 'basicallySatisfied', 'dissatisfied'], group: 'masses' };
 * ```
 */
export interface ReadGradeBallotsOptions extends ReadWideBallotsOptions {
  /** The grades a ballot may give (a vote rule's `grades`); default every grade of `BALLOT_GRADE_LABELS`. */
  readonly grades?: readonly BallotGrade[];
}

const gradeBallot = (subjectId: string, evaluatorId: string, group: string, grade: BallotGrade): GradeBallot => ({ subjectId, evaluatorId, group, grade });

/**
 * Reads grade ballots from a long table: one ballot a row, with 被评价人编号, 评价人编号, 评价主体 and
 * 评价等次. A grade is read from its label in zh-CN or en (`满意`, `基本满意`, `不满意`, `优秀` …,
 * `Basically satisfied`) or its code (`basicallySatisfied`).
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - the header row, column headers, the groups and grades accepted, the group of a sheet without a group column.
 * @returns the ballots for `summarizeVotes`, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readGradeBallots } from 'cxzy/tables';
 * const result = readGradeBallots(
 *   [
 *     { 被评价人编号: 'm01', 评价人编号: 'p01', 评价等次: '满意' },
 *     { 被评价人编号: 'm01', 评价人编号: 'p02', 评价等次: '基本满意' },
 *   ],
 *   { group: 'masses' },
 * );
 * result.data?.map((ballot) => ballot.grade); // ['satisfied', 'basicallySatisfied']
 * ```
 */
export function readGradeBallots(rows: readonly Row[], options?: ReadGradeBallotsOptions): TableResult<readonly GradeBallot[]> {
  return readLongBallots(rows, options, 'grade', gradeReader(options?.grades), gradeBallot);
}

/**
 * Reads grade ballots from the wide form of a 民主测评表: one evaluator a row, one subject a
 * column, a grade in each cell (`满意`, `优秀` …); an empty cell is no ballot.
 *
 * @param rows - the data rows, keyed by header text.
 * @param options - as {@link readGradeBallots}, and `subjects`, which subject each column is.
 * @returns the ballots, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readGradeBallotsWide } from 'cxzy/tables';
 * const result = readGradeBallotsWide([{ 评价人编号: 'p01', m01: '满意', m02: '不满意' }], { group: 'masses' });
 * result.data?.map((ballot) => `${ballot.subjectId}:${ballot.grade}`); // ['m01:satisfied', 'm02:dissatisfied']
 * ```
 */
export function readGradeBallotsWide(rows: readonly Row[], options?: ReadGradeBallotsOptions): TableResult<readonly GradeBallot[]> {
  return readWideBallots(rows, options, 'grade', gradeReader(options?.grades), gradeBallot);
}
