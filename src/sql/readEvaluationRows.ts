import { assertInput, expectList, expectObject, expectOneOf, expectText, inputIssue, MAX_LIST_ISSUES, type InputIssues } from '../core/input';
import type { Issue, Severity } from '../core/issue';
import { createIssue } from '../core/message';
import { evaluationTables } from '../evaluation/_labelTables';
import type { GroupStatus } from '../evaluation/accumulator/types';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../evaluation/messages';
import type { EvaluationQuery } from './compileEvaluationQuery';

/**
 * Reads the rows of an {@link EvaluationQuery}, as a driver returns them, into the shape of
 * `aggregateEvaluations`' subjects: per subject each group's `value`, `count` and `status`, the
 * `combined` score, and the issues with their messages in every locale. Decimals may come as texts
 * (as `pg` and PGlite give `numeric`) or numbers, counts as numbers, texts or big integers, and the
 * issues as parsed JSON or JSON text.
 *
 * @param rows - the rows, in the query's order. Not modified.
 * @param query - the query they came from (its group columns).
 * @returns one result per row.
 * @throws {@link InvalidInputError} when `rows` is not a list of objects, `query` has no group
 *   columns, or a row is not as the query gives it (a subject id that is no text, a figure or count
 *   that is no finite decimal, an unknown group status, issues that are not a JSON list of issues
 *   with a known code, a severity, a path and params); its `issues` say which.
 *
 * @example
 * ```ts
 * import { THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * import { compileEvaluationQuery, readEvaluationRows } from 'cxzy/sql';
 * const query = compileEvaluationQuery(THREE_SIDED_EVALUATION, { table: 'ballots', columns: { position: 'position' } });
 * // A row as PostgreSQL returns it for a subject only 领导点评 evaluated:
 * const row = {
 *   subject_id: 'm01',
 *   group1_value: '90.00', group1_count: 1, group1_status: 'counted',
 *   group2_value: null, group2_count: 0, group2_status: 'missing',
 *   group3_value: null, group3_count: 0, group3_status: 'missing',
 *   combined: '90.00',
 *   issues: [{ code: 'evaluation.missingGroup', severity: 'warning', path: ['policy', 'groups', 'masses'], params: { subjectId: 'm01', group: 'masses', count: 0, required: 1 } }],
 * };
 * const [m01] = readEvaluationRows([row], query);
 * m01?.groups.leadership.value; // 90
 * m01?.combined; // 90
 * m01?.issues[0]?.message['zh-CN']; // '“m01”没有群众评议的有效选票'
 * ```
 */
export function readEvaluationRows<G extends string>(rows: readonly Readonly<Record<string, unknown>>[], query: EvaluationQuery<G>): SqlSubjectResult<G>[] {
  const issues: InputIssues = [];
  const groupsOk = expectObject(query, ['query'], issues) && expectList(query.groups, ['query', 'groups'], issues) && checkGroups(query.groups, issues);
  if (expectList(rows, ['rows'], issues)) {
    for (let index = 0; index < rows.length && issues.length < MAX_LIST_ISSUES; index += 1) {
      const row: unknown = rows[index];
      if (expectObject(row, ['rows', index], issues) && groupsOk) checkRow(row, query.groups, ['rows', index], issues);
    }
  }
  assertInput(issues);
  return rows.map((row) => {
    const groups: Record<string, SqlGroupFigure> = {};
    for (const columns of query.groups) {
      groups[columns.group] = {
        value: decimal(row[columns.value]),
        count: decimal(row[columns.count]) ?? 0,
        status: row[columns.status] as GroupStatus,
      };
    }
    return {
      subjectId: row['subject_id'] as string,
      groups: groups as Record<G, SqlGroupFigure>,
      combined: decimal(row['combined']),
      issues: issueList(row['issues']).map(toIssue),
    };
  });
}

const GROUP_STATUSES = ['counted', 'missing', 'underfilled'] as const satisfies readonly GroupStatus[];
const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** Whether the query's group columns are objects naming the group and its three columns. */
function checkGroups(groups: readonly unknown[], issues: InputIssues): boolean {
  const before = issues.length;
  Array.from(groups).forEach((columns, index) => {
    if (expectObject(columns, ['query', 'groups', index], issues)) {
      for (const field of ['group', 'value', 'count', 'status']) expectText(columns[field], ['query', 'groups', index, field], issues);
    }
  });
  return issues.length === before;
}

/** Checks one row as the query gives it: the subject's id, each group's figure, count and status, the issues. */
function checkRow(row: Readonly<Record<string, unknown>>, groups: EvaluationQuery<string>['groups'], path: readonly (string | number)[], issues: InputIssues): void {
  expectText(row['subject_id'], [...path, 'subject_id'], issues);
  for (const columns of groups) {
    expectDecimal(row[columns.value], [...path, columns.value], issues);
    expectDecimal(row[columns.count], [...path, columns.count], issues);
    expectOneOf(row[columns.status], GROUP_STATUSES, [...path, columns.status], issues);
  }
  expectDecimal(row['combined'], [...path, 'combined'], issues);
  let list: unknown = row['issues'];
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list) as unknown;
    } catch {
      issues.push(inputIssue('input.expected', [...path, 'issues'], { expected: 'list' }, list));
      return;
    }
  }
  if (list === null || list === undefined) return;
  if (!expectList(list, [...path, 'issues'], issues)) return;
  Array.from(list).forEach((issue, index) => {
    const at = [...path, 'issues', index];
    if (!expectObject(issue, at, issues)) return;
    if (expectText(issue['code'], [...at, 'code'], issues) && !Object.hasOwn(EVALUATION_MESSAGES, issue['code'])) {
      issues.push(inputIssue('input.expected', [...at, 'code'], { expected: 'text' }, issue['code']));
    }
    expectOneOf(issue['severity'], SEVERITIES, [...at, 'severity'], issues);
    if (expectList(issue['path'], [...at, 'path'], issues)) {
      Array.from(issue['path']).forEach((step, stepIndex) => {
        if (typeof step !== 'number' || !Number.isFinite(step)) expectText(step, [...at, 'path', stepIndex], issues);
      });
    }
    if (expectObject(issue['params'], [...at, 'params'], issues)) {
      for (const [name, value] of Object.entries(issue['params'])) {
        if (typeof value !== 'number' || !Number.isFinite(value)) expectText(value, [...at, 'params', name], issues);
      }
    }
  });
}

/** Checks a decimal as a driver gives it: null, a finite number, or the text of one. */
function expectDecimal(value: unknown, path: readonly (string | number)[], issues: InputIssues): void {
  if (value === null || value === undefined) return;
  const number =
    typeof value === 'number' || typeof value === 'bigint' ? Number(value) : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) issues.push(inputIssue('input.expected', path, { expected: 'number' }, value));
}

/** A decimal as a driver gives it (text or number), or null. */
function decimal(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

interface IssueRow {
  readonly code: EvaluationIssueCode;
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, string | number>>;
}

function issueList(value: unknown): readonly IssueRow[] {
  // Checked by `checkRow`: the text is a JSON list.
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? (list as IssueRow[]) : [];
}

function toIssue(row: IssueRow): Issue<EvaluationIssueCode> {
  return createIssue(EVALUATION_MESSAGES, row.code, row.severity, row.path, row.params, evaluationTables(row.params['group']));
}

/**
 * One group's figure for one subject, as read from the rows.
 *
 * @example
 * ```ts
 * import type { SqlGroupFigure } from 'cxzy/sql';
 * const peer: SqlGroupFigure = { value: 88, count: 5, status: 'counted' };
 * ```
 */
export interface SqlGroupFigure {
  /** The group's figure at the policy's precision; `null` when there is none. */
  readonly value: number | null;
  /** How many ballots counted (after duplicates and self-ballots, before trimming). */
  readonly count: number;
  /** Whether the figure was counted. */
  readonly status: GroupStatus;
}

/**
 * One subject's figures, as read from the rows: `aggregateEvaluations`' `SubjectResult` without
 * the dropped scores and how each group entered the combined score.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import type { SqlSubjectResult } from 'cxzy/sql';
 * const result: SqlSubjectResult<'peer'> = { subjectId: 'm01', groups: { peer: { value: 88, count: 5, status: 'counted' } }, combined: 88, issues: [] };
 * ```
 */
export interface SqlSubjectResult<G extends string = string> {
  /** The subject's id. */
  readonly subjectId: string;
  /** Each of the policy's groups. */
  readonly groups: Readonly<Record<G, SqlGroupFigure>>;
  /** The combined score, or `null` (see `SubjectResult.combined`). */
  readonly combined: number | null;
  /** The subject's issues, with messages in every locale. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}
