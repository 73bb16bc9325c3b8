import { MEMBER_STATUS_LABELS, ROLE_LABELS } from '../organization/labels';
import type { Member } from '../organization/types';
import { BALLOT_GRADE_LABELS, EVALUATOR_GROUP_LABELS } from '../evaluation/labels';
import type { ScoreBallot } from '../evaluation/policy/types';
import type { GradeBallot } from '../evaluation/votes/types';
import type { ScoreCard, ScoreSheet } from '../scoring/sheets/types';
import { checkRecords, checkWriteOptions, expectFigure, header, labelOf, localeOf, nameOf, text } from './_write';
import { assertInput, expectOneOf, expectText, type InputIssues } from '../core/input';
import type { TableColumn } from './columns';
import type { Table, TableRow, WriteOptions } from './types';

/**
 * The kinds of input table with a fixed set of columns, for {@link tableTemplate}.
 *
 * @example
 * ```ts
 * import type { TableKind } from 'cxzy/tables';
 * const kind: TableKind = 'scoreBallots';
 * ```
 */
export type TableKind = 'members' | 'scoreBallots' | 'gradeBallots' | 'commitments' | 'rectificationItems';

const TEMPLATE_COLUMNS = {
  members: ['memberId', 'name', 'organizationId', 'status', 'roles'],
  scoreBallots: ['subjectId', 'evaluatorId', 'group', 'score'],
  gradeBallots: ['subjectId', 'evaluatorId', 'group', 'grade'],
  commitments: ['commitmentId', 'level', 'makerId', 'audiences', 'itemId', 'title', 'due', 'commitmentStatus', 'fulfilledOn', 'decomposedFrom', 'own', 'evidence'],
  rectificationItems: ['rectificationId', 'problem', 'source', 'measure', 'target', 'due', 'ownerId', 'rectificationStatus', 'processDisclosed', 'resultDisclosed', 'completedOn'],
} as const satisfies Record<TableKind, readonly TableColumn[]>;

/**
 * The empty input table of a kind: its headers in the locale asked, no rows. What `cxzy template`
 * writes for a 党务工作者 to fill in; the matching `read*` function reads it back. For ballots of a
 * policy this is the long table (one ballot a row), whatever the policy's groups.
 *
 * @param kind - which table.
 * @param options - the locale of the headers (zh-CN by default).
 * @returns the headers and no rows.
 * @throws {@link InvalidInputError} when `kind` is not a {@link TableKind} or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { tableTemplate } from 'cxzy/tables';
 * tableTemplate('scoreBallots').headers; // ['被评价人编号', '评价人编号', '评价主体', '分数']
 * tableTemplate('members', { locale: 'en' }).headers; // ['Member ID', 'Name', 'Organization ID', 'Status', 'Roles']
 * ```
 */
export function tableTemplate(kind: TableKind, options?: WriteOptions): Table {
  const issues: InputIssues = [];
  expectOneOf(kind, Object.keys(TEMPLATE_COLUMNS) as TableKind[], ['kind'], issues);
  checkWriteOptions(options, issues);
  assertInput(issues);
  const locale = localeOf(options);
  const columns: readonly TableColumn[] = TEMPLATE_COLUMNS[kind];
  return { headers: columns.map((column) => header(column, locale)), rows: [] };
}

/**
 * The header of each item's column in a score card table: the item's title, or `sheet title/item
 * title` where two items share a title. {@link readScoreCards} reads both.
 */
function itemHeaders(sheets: readonly ScoreSheet[]): { readonly sheetId: string; readonly itemId: string; readonly header: string }[] {
  const count = new Map<string, number>();
  for (const sheet of sheets) for (const item of sheet.items) count.set(item.title, (count.get(item.title) ?? 0) + 1);
  return sheets.flatMap((sheet) =>
    sheet.items.map((item) => ({
      sheetId: sheet.id,
      itemId: item.id,
      header: count.get(item.title) === 1 ? item.title : text('itemOfSheet', 'zh-CN', { sheet: sheet.title, item: item.title }),
    })),
  );
}

/**
 * The empty score card table of some score sheets: 党员编号, 姓名, then one column per item, headed
 * by its title (`sheet title/item title` where two items share a title). {@link readScoreCards}
 * reads it back once filled in.
 *
 * @param sheets - the score sheets (the seed's 目标管理责任书 and 党风廉政建设责任书, or yours).
 * @param options - the locale of the fixed headers (items keep their titles).
 * @returns the headers and no rows.
 * @throws {@link InvalidInputError} when `sheets` is not a list of sheets with an id, a title and a list of items (each with an id and a title), or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { scoreCardTemplate } from 'cxzy/tables';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [
 *   { id: 'a', title: '思想政治', kind: 'base', maxPoints: 20 },
 *   { id: 'b', title: '教育教学', kind: 'base', maxPoints: 40 },
 * ] }] as const;
 * scoreCardTemplate(sheets).headers; // ['党员编号', '姓名', '思想政治', '教育教学']
 * ```
 */
export function scoreCardTemplate(sheets: readonly ScoreSheet[], options?: WriteOptions): Table {
  checkSheets(sheets, options);
  const locale = localeOf(options);
  return { headers: [header('memberId', locale), header('name', locale), ...itemHeaders(sheets).map((item) => item.header)], rows: [] };
}

/**
 * A roster as a table: the rows {@link readMembers} reads, status and roles by their labels.
 *
 * @param members - the members. Not modified.
 * @param options - the locale of headers and labels.
 * @returns the table.
 * @throws {@link InvalidInputError} when `members` is not a list of members with texts for id, name, organization, status and roles, or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { membersToTable } from 'cxzy/tables';
 * membersToTable([{ id: 'm01', name: '李明', organizationId: 'b1', status: 'full', roles: ['secretary'] }]).rows[0];
 * // { 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员', 党内职务: '书记' }
 * ```
 */
export function membersToTable(members: readonly Member[], options?: WriteOptions): Table {
  checkRecords(members, 'members', ['id', 'name', 'organizationId', 'status'], options, [], ['roles'], (member, path, issues) => {
    const roles = member['roles'];
    if (Array.isArray(roles)) roles.forEach((role: unknown, at) => expectText(role, [...path, 'roles', at], issues));
  });
  const locale = localeOf(options);
  const [id, name, organization, status, roles] = TEMPLATE_COLUMNS.members.map((column) => header(column, locale)) as [string, string, string, string, string];
  const separator = text('listSeparator', locale);
  return {
    headers: [id, name, organization, status, roles],
    rows: members.map((member) => ({
      [id]: member.id,
      [name]: member.name,
      [organization]: member.organizationId,
      [status]: labelOf(MEMBER_STATUS_LABELS, member.status, locale),
      [roles]: member.roles.map((role) => labelOf(ROLE_LABELS, role, locale)).join(separator),
    })),
  };
}

/**
 * Score cards as a wide table: the rows {@link readScoreCards} reads, one per card, points in the
 * items' columns, empty where an item has no entry. Notes and vetoes are not written.
 *
 * @param cards - the cards. Not modified.
 * @param sheets - the sheets, for the item columns.
 * @param options - the locale of the fixed headers.
 * @returns the table.
 * @throws {@link InvalidInputError} when `cards` is not a list of cards with a member id and entries (each with a sheet id, an item id and finite points), `sheets` is not a list of sheets, or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { scoreCardsToTable } from 'cxzy/tables';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'a', title: '思想政治', kind: 'base', maxPoints: 20 }] }] as const;
 * scoreCardsToTable([{ memberId: 'm01', entries: [{ sheetId: 's', itemId: 'a', points: 18.5 }] }], sheets, { names: { m01: '李明' } }).rows[0];
 * // { 党员编号: 'm01', 姓名: '李明', 思想政治: 18.5 }
 * ```
 */
export function scoreCardsToTable(cards: readonly ScoreCard[], sheets: readonly ScoreSheet[], options?: WriteOptions & { readonly names?: Readonly<Record<string, string>> }): Table {
  checkRecords(cards, 'cards', ['memberId'], undefined, [], ['entries'], (card, path, issues) => {
    const entries = card['entries'];
    if (!Array.isArray(entries)) return;
    entries.forEach((entry: unknown, at) => {
      if (typeof entry !== 'object' || entry === null) return;
      const fields = entry as Readonly<Record<string, unknown>>;
      for (const field of ['sheetId', 'itemId']) expectText(fields[field], [...path, 'entries', at, field], issues);
      expectFigure(fields['points'], [...path, 'entries', at, 'points'], issues);
    });
  });
  checkSheets(sheets, options);
  const locale = localeOf(options);
  const items = itemHeaders(sheets);
  const id = header('memberId', locale);
  const name = header('name', locale);
  const column = new Map(items.map((item) => [`${item.sheetId}\u0000${item.itemId}`, item.header]));
  return {
    headers: [id, name, ...items.map((item) => item.header)],
    rows: cards.map((card) => {
      const row: Record<string, string | number | null> = { [id]: card.memberId, [name]: nameOf(options?.names, card.memberId) };
      for (const item of items) row[item.header] = null;
      for (const entry of card.entries) {
        if (typeof entry !== 'object' || entry === null) continue;
        const at = column.get(`${entry.sheetId}\u0000${entry.itemId}`);
        if (at !== undefined) row[at] = entry.points;
      }
      return row;
    }),
  };
}

/**
 * Score ballots as a long table: the rows {@link readScoreBallots} reads, groups by their labels
 * (a group of your own by its code).
 *
 * @param ballots - the ballots. Not modified.
 * @param options - the locale of headers and labels.
 * @returns the table.
 * @throws {@link InvalidInputError} when `ballots` is not a list of ballots with texts for subject, evaluator and group and a finite score, or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { scoreBallotsToTable } from 'cxzy/tables';
 * scoreBallotsToTable([{ subjectId: 'm01', evaluatorId: 'e01', group: 'peer', score: 90 }]).rows[0];
 * // { 被评价人编号: 'm01', 评价人编号: 'e01', 评价主体: '党内互评', 分数: 90 }
 * ```
 */
export function scoreBallotsToTable(ballots: readonly ScoreBallot[], options?: WriteOptions): Table {
  checkRecords(ballots, 'ballots', ['subjectId', 'evaluatorId', 'group'], options, [], [], (ballot, path, issues) => expectFigure(ballot['score'], [...path, 'score'], issues));
  return ballotTable(ballots, 'score', (ballot) => ballot.score, options);
}

/**
 * Grade ballots as a long table: the rows {@link readGradeBallots} reads, grades and groups by their labels.
 *
 * @param ballots - the ballots. Not modified.
 * @param options - the locale of headers and labels.
 * @returns the table.
 * @throws {@link InvalidInputError} when `ballots` is not a list of ballots with texts for subject, evaluator, group and grade, or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { gradeBallotsToTable } from 'cxzy/tables';
 * gradeBallotsToTable([{ subjectId: 'm01', evaluatorId: 'p01', group: 'masses', grade: 'satisfied' }], { locale: 'en' }).rows[0];
 * // { 'Subject ID': 'm01', 'Evaluator ID': 'p01', Group: 'Review by the public', Grade: 'Satisfied' }
 * ```
 */
export function gradeBallotsToTable(ballots: readonly GradeBallot[], options?: WriteOptions): Table {
  checkRecords(ballots, 'ballots', ['subjectId', 'evaluatorId', 'group', 'grade'], options);
  const locale = localeOf(options);
  return ballotTable(ballots, 'grade', (ballot) => labelOf(BALLOT_GRADE_LABELS, ballot.grade, locale), options);
}

function ballotTable<B extends ScoreBallot | GradeBallot>(ballots: readonly B[], valueColumn: 'score' | 'grade', value: (ballot: B) => string | number, options: WriteOptions | undefined): Table {
  const locale = localeOf(options);
  const [subject, evaluator, group, valueHeader] = [header('subjectId', locale), header('evaluatorId', locale), header('group', locale), header(valueColumn, locale)];
  return {
    headers: [subject, evaluator, group, valueHeader],
    rows: ballots.map((ballot): TableRow => ({ [subject]: ballot.subjectId, [evaluator]: ballot.evaluatorId, [group]: labelOf(EVALUATOR_GROUP_LABELS, ballot.group, locale), [valueHeader]: value(ballot) })),
  };
}

/** Checks score sheets (each with a text id and title and a list of items with a text id and title) and the options. */
function checkSheets(sheets: unknown, options: unknown): void {
  checkRecords(sheets, 'sheets', ['id', 'title'], options, [], ['items']);
  (sheets as readonly ScoreSheet[]).forEach((sheet, index) => checkRecords(sheet.items, `sheets.${index}.items`, ['id', 'title'], undefined));
}
