import { MEMBER_STATUS_LABELS } from '../organization/labels';
import type { MemberStatus } from '../organization/types';
import type { ScoreCard, ScoreEntry, ScoreSheet } from '../scoring/sheets/types';
import { acceptedLabels, isEmpty, labelMap, readLabel, readNumber, readText, readTextList } from './_cells';
import { cellIssue, failed, finish, type FoundColumn, layout, normalizeHeader, report, tablesIssue } from './_read';
import { checkRows } from './_rows';
import type { ReadOptions, Row, TableResult } from './types';

/**
 * Which score item a column holds: the sheet's id and the item's id.
 *
 * @example
 * ```ts
 * import type { ItemColumn } from 'cxzy/tables';
 * const column: ItemColumn = { sheetId: 'goals', itemId: 'teaching' };
 * ```
 */
export interface ItemColumn {
  /** The id of the score sheet. */
  readonly sheetId: string;
  /** The id of the item on that sheet. */
  readonly itemId: string;
}

/**
 * Options of {@link readScoreCards}.
 *
 * @example
 * ```ts
 * import type { ReadScoreCardsOptions } from 'cxzy/tables';
 * const options: ReadScoreCardsOptions = { items: { 教学: { sheetId: 'goals', itemId: 'teaching' } } };
 * ```
 */
export interface ReadScoreCardsOptions extends ReadOptions<'memberId' | 'name' | 'status' | 'vetoes'> {
  /**
   * Which item each column holds, by header text: for headers that are neither an item's title nor
   * its id (`教学` for `教育教学工作`), or that two sheets share. A column named here is read as
   * that item; the others are matched as {@link readScoreCards} says.
   */
  readonly items?: Readonly<Record<string, ItemColumn>>;
}

/** The decimals a score item's points may have. */
const POINTS_DECIMALS = 2;

/**
 * Reads score cards from a wide table: one row per member (党员编号; 姓名 is allowed and ignored;
 * 党员类别 and 一票否决 are read when present), one column per score item, points in the cells.
 * A column is an item when its header is the item's title, its id, `sheet title/item title` or
 * `sheetId/itemId` (ignoring spaces, case and full-width forms), or when `options.items` maps it.
 * A column that is no item, or that could be items of two sheets, is an error: its points would
 * otherwise be lost. An empty cell is an item not scored; points are numbers or numbers written as
 * text, with at most two decimals; whether they fit the item is for `assessMember` to say.
 *
 * @param rows - the data rows, keyed by header text.
 * @param sheets - the score sheets the columns are items of.
 * @param options - the header row, column headers, and the item of each column not matched by title or id.
 * @returns one card per member, in row order, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readScoreCards } from 'cxzy/tables';
 * const sheets = [
 *   { id: 'goals', title: '目标管理责任书', items: [
 *     { id: 'teaching', title: '教育教学', kind: 'base', maxPoints: 60 },
 *     { id: 'service', title: '服务群众', kind: 'base', maxPoints: 40 },
 *   ] },
 * ] as const;
 * const result = readScoreCards([{ 党员编号: 'm01', 姓名: '李明', 教育教学: '55', service: ' 35.5 ' }], sheets);
 * result.data?.[0]?.entries; // [{ sheetId: 'goals', itemId: 'teaching', points: 55 }, { sheetId: 'goals', itemId: 'service', points: 35.5 }]
 * const wrong = readScoreCards([{ 党员编号: 'm01', 教育教学: '55分' }], sheets);
 * wrong.issues[0]?.message['zh-CN']; // '第 2 行“教育教学”列的“55分”不是数字(应写作 20 或 20.5 这样的数)'
 * ```
 */
export function readScoreCards(rows: readonly Row[], sheets: readonly ScoreSheet[], options?: ReadScoreCardsOptions): TableResult<readonly ScoreCard[]> {
  const found = layout(rows, options, [
    { field: 'memberId', required: true },
    { field: 'name', required: false },
    { field: 'status', required: false },
    { field: 'vetoes', required: false },
  ]);
  if ('failed' in found) return found.failed;
  // A required column missing or an option of the wrong kind: reported once, the rows are not read.
  if (found.sink.errors > 0) return failed(found.sink);
  const { columns, sink } = found;
  if (!isSheetList(sheets)) {
    report(sink, tablesIssue('tables.invalidOption', ['sheets'], { field: 'sheets', expected: 'list' }));
    return failed(sink);
  }
  const mapping = options?.items;
  if (mapping !== undefined && !isItemMapping(mapping)) {
    report(sink, tablesIssue('tables.invalidOption', ['options', 'items'], { field: 'items', expected: 'object' }));
    return failed(sink);
  }

  const items = itemColumns(found.rest, sheets, mapping, (issue) => report(sink, issue));
  const statuses = labelMap(MEMBER_STATUS_LABELS, { 正式: 'full', 预备: 'probationary' } satisfies Record<string, MemberStatus>);
  const statusAccepted = acceptedLabels(MEMBER_STATUS_LABELS);
  const firstRowOf = new Map<string, number>();
  const cards: ScoreCard[] = [];
  checkRows(found, (row, number) => {
    const memberId = readText(row[columns.memberId!.key], number, columns.memberId!, sink, true);
    if (memberId !== undefined) {
      const first = firstRowOf.get(memberId);
      if (first !== undefined) cellIssue(sink, 'tables.duplicateKey', number, columns.memberId!, { value: memberId, firstRow: first });
      else firstRowOf.set(memberId, number);
    }
    const status = columns.status === undefined ? undefined : readLabel(row[columns.status.key], number, columns.status, sink, false, statuses, statusAccepted);
    const vetoes = columns.vetoes === undefined ? undefined : readTextList(row[columns.vetoes.key], number, columns.vetoes, sink);
    const entries: ScoreEntry[] = [];
    for (const { column, item } of items) {
      const cell = row[column.key];
      if (cell === undefined || cell === null || isEmpty(cell)) continue;
      const points = readNumber(cell, number, column, sink, POINTS_DECIMALS);
      if (points !== undefined) entries.push({ sheetId: item.sheetId, itemId: item.itemId, points });
    }
    if (memberId === undefined) return;
    cards.push({
      memberId,
      ...(status === undefined ? {} : { status }),
      entries,
      ...(vetoes === undefined || vetoes.length === 0 ? {} : { vetoes: vetoes.map((vetoId) => ({ vetoId })) }),
    });
  });
  return finish(sink, () => cards);
}

/** The item of each column: by the mapping, else by title or id; a column that is none or several is reported. */
function itemColumns(
  rest: readonly FoundColumn[],
  sheets: readonly ScoreSheet[],
  mapping: Readonly<Record<string, ItemColumn>> | undefined,
  reportIssue: (issue: ReturnType<typeof tablesIssue>) => void,
): { readonly column: FoundColumn; readonly item: ItemColumn }[] {
  const byForm = new Map<string, ItemColumn[]>();
  const add = (text: string, item: ItemColumn) => {
    const form = normalizeHeader(text);
    const list = byForm.get(form) ?? [];
    if (!list.some((known) => known.sheetId === item.sheetId && known.itemId === item.itemId)) list.push(item);
    byForm.set(form, list);
  };
  for (const sheet of sheets) {
    for (const item of sheet.items) {
      const ref = { sheetId: sheet.id, itemId: item.id };
      for (const text of [item.title, item.id, `${sheet.title}/${item.title}`, `${sheet.id}/${item.id}`, `${sheet.id}.${item.id}`]) add(text, ref);
    }
  }
  const mapped = new Map<string, ItemColumn>();
  if (mapping !== undefined) for (const [header, item] of Object.entries(mapping)) mapped.set(normalizeHeader(header), item);
  const accepted = sheets.flatMap((sheet) => sheet.items.map((item) => item.title)).join('、');
  const found: { column: FoundColumn; item: ItemColumn }[] = [];
  for (const column of rest) {
    const form = normalizeHeader(column.key);
    const item = mapped.get(form);
    const candidates = item !== undefined ? (known(sheets, item) ? [item] : []) : (byForm.get(form) ?? []);
    if (candidates.length === 1) found.push({ column, item: candidates[0]! });
    else if (candidates.length === 0) reportIssue(tablesIssue('tables.unknownItemColumn', ['headers', column.header], { column: column.header, accepted }));
    else reportIssue(tablesIssue('tables.ambiguousColumn', ['headers', column.header], { column: column.header, candidates: candidates.map((ref) => `${ref.sheetId}/${ref.itemId}`).join('、') }));
  }
  return found;
}

/** Whether the sheets have the item. */
function known(sheets: readonly ScoreSheet[], item: ItemColumn): boolean {
  return sheets.some((sheet) => sheet.id === item.sheetId && sheet.items.some((candidate) => candidate.id === item.itemId));
}

function isSheetList(sheets: unknown): sheets is readonly ScoreSheet[] {
  return (
    Array.isArray(sheets) &&
    // Array.from: a hole in a sparse list is a missing sheet, which `every` would skip.
    Array.from<Partial<ScoreSheet> | null | undefined>(sheets).every(
      (sheet) =>
        typeof sheet === 'object' && sheet !== null && typeof sheet.id === 'string' && typeof sheet.title === 'string' && Array.isArray(sheet.items) &&
        Array.from(sheet.items as readonly unknown[]).every((item) => typeof item === 'object' && item !== null && typeof (item as ItemColumn & { title: unknown }).title === 'string' && typeof (item as { id: unknown }).id === 'string'),
    )
  );
}

function isItemMapping(mapping: unknown): mapping is Readonly<Record<string, ItemColumn>> {
  return (
    typeof mapping === 'object' && mapping !== null && !Array.isArray(mapping) &&
    Object.values(mapping).every((item) => typeof item === 'object' && item !== null && typeof item.sheetId === 'string' && typeof item.itemId === 'string')
  );
}
