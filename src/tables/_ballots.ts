import { BALLOT_GRADE_LABELS, EVALUATOR_GROUP_LABELS } from '../evaluation/labels';
import type { BallotGrade } from '../evaluation/votes/types';
import { acceptedLabels, isEmpty, labelMap, numberOfText, readText, shown } from './_cells';
import { cellIssue, failed, finish, type FoundColumn, type Layout, layout, normalizeHeader, report, type Sink, tablesIssue } from './_read';
import { warnUnknown } from './_rows';
import type { Cell, ReadOptions, Row, TableResult } from './types';

// The ballot readers' engine (private): long tables (one ballot a row) and the wide 测评表 (one
// evaluator a row, one subject a column), for scores and for grades. The long score reader is the
// hot path of a million-ballot file: one pass, no allocation per row beyond the ballot itself.

/**
 * The columns a ballot table has: the subject, the evaluator, the group, the score or grade, and a
 * name column that is allowed and not read.
 *
 * @example
 * ```ts
 * import type { BallotColumn } from 'cxzy/tables';
 * const column: BallotColumn = 'subjectId';
 * ```
 */
export type BallotColumn = 'subjectId' | 'evaluatorId' | 'group' | 'score' | 'grade' | 'name';

/**
 * Options of the ballot readers.
 *
 * @example
 * ```ts
 * import type { ReadBallotsOptions } from 'cxzy/tables';
 * const options: ReadBallotsOptions = { groups: ['leadership', 'peer', 'grade'], group: 'peer' };
 * ```
 */
export interface ReadBallotsOptions extends ReadOptions<BallotColumn> {
  /**
   * The evaluator groups a ballot may name, by code: the keys of the policy's `groups`, to accept a
   * group of your own (`grade`) written by its code, and to refuse one the policy does not have.
   * A group is read from its label in zh-CN or en (`领导点评`, `Peer review among members`) or its
   * code. Default: the six groups of `EVALUATOR_GROUP_LABELS`.
   */
  readonly groups?: readonly string[];
  /** The group of every ballot, for a table with no group column (a sheet per group). */
  readonly group?: string;
}

/** A value cell's reader: the value, or `undefined` after reporting why not (an empty cell is reported by the caller). */
type ValueReader<V> = (cell: Exclude<Cell, null | undefined>, row: number, column: FoundColumn, sink: Sink) => V | undefined;

const SCORE_DECIMALS = 2;

/** A score: a number, or a number written as text, with at most two decimals. */
export const readScoreValue: ValueReader<number> = (cell, row, column, sink) => {
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) {
      const scaled = cell * 100;
      const units = Math.round(scaled);
      if (units / 100 === cell || Math.abs(scaled - units) <= 1e-9 * Math.max(1, Math.abs(scaled))) return cell;
      cellIssue(sink, 'tables.tooPrecise', row, column, { value: cell, decimals: SCORE_DECIMALS });
      return undefined;
    }
    cellIssue(sink, 'tables.notANumber', row, column, { value: String(cell) });
    return undefined;
  }
  if (typeof cell === 'string') {
    const value = numberOfText(cell, SCORE_DECIMALS);
    if (typeof value === 'number') return value;
    cellIssue(sink, value === 'tooPrecise' ? 'tables.tooPrecise' : 'tables.notANumber', row, column, { value: cell.trim(), decimals: SCORE_DECIMALS });
    return undefined;
  }
  cellIssue(sink, 'tables.notANumber', row, column, { value: shown(cell) });
  return undefined;
};

/** A grade reader for the grades accepted (all of `BALLOT_GRADE_LABELS` by default). */
export function gradeReader(grades: readonly BallotGrade[] | undefined): ValueReader<BallotGrade> {
  // Grades that are not a list are reported by the layout; the reader is then never called.
  const allowed: readonly BallotGrade[] = Array.isArray(grades) ? (grades as readonly BallotGrade[]) : (Object.keys(BALLOT_GRADE_LABELS) as BallotGrade[]);
  const table = Object.fromEntries(allowed.filter((grade) => typeof grade === 'string' && Object.hasOwn(BALLOT_GRADE_LABELS, grade)).map((grade) => [grade, BALLOT_GRADE_LABELS[grade]]));
  const labels = labelMap(table as Record<BallotGrade, { 'zh-CN': string; en: string }>);
  const accepted = acceptedLabels(table);
  return (cell, row, column, sink) => {
    const text = typeof cell === 'string' ? cell.trim() : shown(cell);
    const grade = labels.get(text) ?? labels.get(normalizeHeader(text));
    if (grade === undefined) cellIssue(sink, 'tables.unknownLabel', row, column, { value: text, accepted });
    return grade;
  };
}

/** Reads a group cell, remembering each distinct text's reading: a sheet has few groups and many rows. */
function groupReader(options: ReadBallotsOptions | undefined): (cell: Cell, row: number, column: FoundColumn, sink: Sink) => string | undefined {
  const custom = options?.groups;
  const known = Object.keys(EVALUATOR_GROUP_LABELS);
  const allowed = custom ?? known;
  const extra: Record<string, string> = {};
  for (const code of allowed) extra[code] = code;
  const labels = labelMap(Object.fromEntries(known.filter((code) => allowed.includes(code)).map((code) => [code, EVALUATOR_GROUP_LABELS[code as keyof typeof EVALUATOR_GROUP_LABELS]])), extra);
  const accepted = allowed.map((code) => (Object.hasOwn(EVALUATOR_GROUP_LABELS, code) ? EVALUATOR_GROUP_LABELS[code as keyof typeof EVALUATOR_GROUP_LABELS]['zh-CN'] : code)).join('、') + ' / ' + allowed.join(', ');
  const seen = new Map<Cell, string | null>();
  return (cell, row, column, sink) => {
    const known = seen.get(cell);
    if (known !== undefined && known !== null) return known;
    const text = readText(cell, row, column, sink, true);
    if (text === undefined) return undefined;
    const code = labels.get(text) ?? labels.get(normalizeHeader(text));
    if (code === undefined) {
      cellIssue(sink, 'tables.unknownLabel', row, column, { value: text, accepted });
      return undefined;
    }
    // Only texts that read as a group are kept: a handful of spellings, whatever the size of the file.
    seen.set(cell, code);
    return code;
  };
}

/** The options' own fields checked: `groups` a list of codes, `group` a code among them. */
function checkBallotOptions(options: ReadBallotsOptions | undefined, sink: Sink): void {
  if (typeof options !== 'object' || options === null) return;
  if (options.groups !== undefined && !(Array.isArray(options.groups) && Array.from(options.groups as readonly unknown[]).every((group) => typeof group === 'string' && group.trim() !== ''))) {
    report(sink, tablesIssue('tables.invalidOption', ['options', 'groups'], { field: 'groups', expected: 'list' }));
  }
  const grades = (options as { readonly grades?: unknown }).grades;
  if (grades !== undefined && !(Array.isArray(grades) && Array.from(grades as readonly unknown[]).every((grade) => typeof grade === 'string' && Object.hasOwn(BALLOT_GRADE_LABELS, grade)))) {
    report(sink, tablesIssue('tables.invalidOption', ['options', 'grades'], { field: 'grades', expected: 'list' }));
  }
  if (options.group !== undefined && !(typeof options.group === 'string' && options.group.trim() !== '')) {
    report(sink, tablesIssue('tables.invalidOption', ['options', 'group'], { field: 'group', expected: 'text' }));
  }
}

/** Lays out a ballot table: the checks every ballot reader shares. */
function ballotLayout(rows: unknown, options: ReadBallotsOptions | undefined, valueField: 'score' | 'grade', wide: boolean): Layout<BallotColumn> | { readonly failed: TableResult<never> } {
  const fixedGroup = typeof options?.group === 'string' ? options.group : undefined;
  const specs = wide
    ? [{ field: 'evaluatorId', required: true }, { field: 'group', required: fixedGroup === undefined }, { field: 'name', required: false }] as const
    : [{ field: 'subjectId', required: true }, { field: 'evaluatorId', required: true }, { field: 'group', required: fixedGroup === undefined }, { field: valueField, required: true }, { field: 'name', required: false }] as const;
  const found = layout<BallotColumn>(rows, options, specs);
  if ('failed' in found) return found;
  checkBallotOptions(options, found.sink);
  if (found.sink.errors > 0) return { failed: failed(found.sink) };
  return found;
}

/** A ballot as read: the fields every ballot has, and its value under its own name. */
type Ballot<Key extends 'score' | 'grade', V> = { readonly subjectId: string; readonly evaluatorId: string; readonly group: string } & { readonly [K in Key]: V };

/**
 * Reads a long ballot table: one ballot a row, with the subject, the evaluator, the group (or
 * `options.group`) and the value. Rows whose cells are all empty are skipped.
 */
export function readLongBallots<Key extends 'score' | 'grade', V>(
  rows: readonly Row[],
  options: ReadBallotsOptions | undefined,
  key: Key,
  readValue: ValueReader<V>,
  make: (subjectId: string, evaluatorId: string, group: string, value: V) => Ballot<Key, V>,
): TableResult<readonly Ballot<Key, V>[]> {
  const found = ballotLayout(rows, options, key, false);
  if ('failed' in found) return found.failed;
  warnUnknown(found);
  const { columns, sink, firstRow } = found;
  const subjectColumn = columns.subjectId!;
  const evaluatorColumn = columns.evaluatorId!;
  const groupColumn = columns.group;
  const valueColumn = columns[key]!;
  const subjectKey = subjectColumn.key;
  const evaluatorKey = evaluatorColumn.key;
  const groupKey = groupColumn?.key;
  const valueKey = valueColumn.key;
  const fixedGroup = options?.group?.trim();
  const readGroup = groupReader(options);
  const list = found.rows;
  // Sized once: growing a million-element list copies it again and again.
  const ballots: Ballot<Key, V>[] = new Array<Ballot<Key, V>>(list.length);
  let count = 0;
  for (let index = 0; index < list.length; index += 1) {
    const row = list[index];
    const number = firstRow + index;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report(sink, tablesIssue('tables.notARow', ['rows', number], { row: number }));
      continue;
    }
    const subjectCell = row[subjectKey];
    const evaluatorCell = row[evaluatorKey];
    const groupCell = groupKey === undefined ? fixedGroup : row[groupKey];
    const valueCell = row[valueKey];
    let subjectId = typeof subjectCell === 'string' ? subjectCell.trim() : undefined;
    let evaluatorId = typeof evaluatorCell === 'string' ? evaluatorCell.trim() : undefined;
    let valueEmpty = false;
    if (subjectId === undefined || subjectId === '' || evaluatorId === undefined || evaluatorId === '' || isEmpty(valueCell)) {
      if (isEmpty(subjectCell) && isEmpty(evaluatorCell) && isEmpty(valueCell) && (groupKey === undefined || isEmpty(groupCell))) continue;
      subjectId = readText(subjectCell, number, subjectColumn, sink, true);
      evaluatorId = readText(evaluatorCell, number, evaluatorColumn, sink, true);
      valueEmpty = isEmpty(valueCell);
      if (valueEmpty) cellIssue(sink, 'tables.requiredCell', number, valueColumn);
    }
    const group = groupColumn === undefined ? fixedGroup : readGroup(groupCell, number, groupColumn, sink);
    const value = valueEmpty ? undefined : readValue(valueCell!, number, valueColumn, sink);
    if (subjectId === undefined || evaluatorId === undefined || group === undefined || value === undefined) continue;
    ballots[count] = make(subjectId, evaluatorId, group, value);
    count += 1;
  }
  ballots.length = count;
  return finish(sink, () => ballots);
}

/**
 * Options of the wide ballot readers.
 *
 * @example
 * ```ts
 * import type { ReadWideBallotsOptions } from 'cxzy/tables';
 * const options: ReadWideBallotsOptions = { group: 'peer', subjects: { 李明: 'm01', 王芳: 'm02' } };
 * ```
 */
export interface ReadWideBallotsOptions extends ReadBallotsOptions {
  /**
   * Which subject each column is, by header text (`{ 李明: 'm01' }`), for a form headed by names:
   * build it from the roster, `Object.fromEntries(members.map((m) => [m.name, m.id]))`. With it, a
   * column it does not name is ignored with a warning; without it, each header other than the
   * evaluator's, the group's and the name's is the subject's id.
   */
  readonly subjects?: Readonly<Record<string, string>>;
}

/**
 * Reads a wide ballot form (测评表): one evaluator a row, one subject a column, a value in each
 * cell; an empty cell is no ballot. Ballots come out row by row, column by column.
 */
export function readWideBallots<Key extends 'score' | 'grade', V>(
  rows: readonly Row[],
  options: ReadWideBallotsOptions | undefined,
  key: Key,
  readValue: ValueReader<V>,
  make: (subjectId: string, evaluatorId: string, group: string, value: V) => Ballot<Key, V>,
): TableResult<readonly Ballot<Key, V>[]> {
  const found = ballotLayout(rows, options, key, true);
  if ('failed' in found) return found.failed;
  const { columns, sink, firstRow } = found;
  const mapping = options?.subjects;
  if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping) || !Object.values(mapping).every((id) => typeof id === 'string' && id.trim() !== ''))) {
    report(sink, tablesIssue('tables.invalidOption', ['options', 'subjects'], { field: 'subjects', expected: 'object' }));
    return failed(sink);
  }
  const byForm = new Map<string, string>();
  if (mapping !== undefined) for (const [header, id] of Object.entries(mapping)) byForm.set(normalizeHeader(header), id.trim());
  const subjects: { readonly column: FoundColumn; readonly id: string }[] = [];
  for (const column of found.rest) {
    const id = mapping === undefined ? column.header : byForm.get(normalizeHeader(column.key));
    if (id === undefined) report(sink, tablesIssue('tables.unknownColumn', ['headers', column.header], { column: column.header }, 'warning'));
    else subjects.push({ column, id });
  }
  const evaluatorColumn = columns.evaluatorId!;
  const groupColumn = columns.group;
  const fixedGroup = options?.group?.trim();
  const readGroup = groupReader(options);
  const ballots: Ballot<Key, V>[] = [];
  const list = found.rows;
  for (let index = 0; index < list.length; index += 1) {
    const row = list[index];
    const number = firstRow + index;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report(sink, tablesIssue('tables.notARow', ['rows', number], { row: number }));
      continue;
    }
    const cells = subjects.map(({ column }) => row[column.key]);
    if (isEmpty(row[evaluatorColumn.key]) && cells.every(isEmpty) && (groupColumn === undefined || isEmpty(row[groupColumn.key]))) continue;
    const evaluatorId = readText(row[evaluatorColumn.key], number, evaluatorColumn, sink, true);
    const group = groupColumn === undefined ? fixedGroup : readGroup(row[groupColumn.key], number, groupColumn, sink);
    subjects.forEach(({ column, id }, at) => {
      const cell = cells[at];
      if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return;
      const value = readValue(cell, number, column, sink);
      if (evaluatorId !== undefined && group !== undefined && value !== undefined) ballots.push(make(id, evaluatorId, group, value));
    });
  }
  return finish(sink, () => ballots);
}
