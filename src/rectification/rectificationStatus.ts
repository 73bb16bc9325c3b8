import { expectBoolean, expectList, expectObject, expectText, inputIssue, MAX_LIST_ISSUES, type InputIssueCode, type InputIssues } from '../core/input';
import { isIsoDate } from '../core/isoDate';
import { compareText } from '../core/_compareText';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { daysBetween, type IsoDate } from '../core/isoDate';
import { rateOf, type Rate } from '../core/rate';
import { RECTIFICATION_MESSAGES, type RectificationIssueCode } from './messages';
import type { RectificationItem } from './types';

/**
 * 整改 as of `asOf`: how many items are completed (整改完成率), which are overdue, and which were
 * completed without the disclosure seed 000 requires — "整改过程向群众公示,整改结果向群众公开".
 *
 * An item is *completed* if it is marked `'completed'` with a `completedOn` on or before `asOf`
 * and did not fail its verification (a failed check means 整改不到位: the item is open again and
 * listed in `failedVerificationIds`). An item not completed is *overdue* once `asOf` is after `due`
 * (the deadline day is still in time). 整改完成率 is `completed / total`, exact.
 *
 * Reported, not guessed: an item marked completed without a date counts as completed on time
 * (`rectification.completedWithoutDate`); a date on an item not marked completed is ignored
 * (`rectification.dateWithoutCompletion`); a reused id (`rectification.duplicateId`).
 *
 * @param items - the rectification items, in any order. Not modified.
 * @param asOf - the day of the report.
 * @returns the counts, the rate, the overdue items (most days first), the undisclosed ones, the
 *   verification lists and the issues.
 *
 * @example
 * ```ts
 * import { rectificationStatus } from 'cxzy/rectification';
 * import { isoDate } from 'cxzy/schedule';
 * const base = { source: 'massOpinion', measure: '……', target: '……', ownerId: 'm02' } as const;
 * const report = rectificationStatus(
 *   [
 *     { ...base, id: 'r1', problem: '作业负担过重', due: isoDate('2011-05-31'), status: 'completed',
 *       completedOn: isoDate('2011-05-10'), processDisclosed: true, resultDisclosed: false },
 *     { ...base, id: 'r2', problem: '校门口交通秩序混乱', due: isoDate('2011-04-30'), status: 'inProgress',
 *       processDisclosed: true, resultDisclosed: false },
 *   ],
 *   isoDate('2011-06-01'),
 * );
 * report.completionRate; // { numerator: 1, denominator: 2, value: 0.5 }
 * report.overdue.map((item) => [item.itemId, item.daysOverdue]); // [['r2', 32]]
 * report.undisclosed; // [{ itemId: 'r1', ownerId: 'm02', processUndisclosed: false, resultUndisclosed: true }]
 * report.awaitingVerificationIds; // ['r1']
 * ```
 */
export function rectificationStatus(items: readonly RectificationItem[], asOf: IsoDate): RectificationReport {
  const input: InputIssues = [];
  const listed = expectList(items, [], input);
  if (!isIsoDate(asOf)) input.push(inputIssue(asOf === undefined ? 'input.missing' : 'input.expected', ['asOf'], { expected: 'date' }, asOf));
  const usable = listed && input.length === 0 ? items.map((item, index) => isRectificationItem(item, index, input)) : [];
  const issues = input as Issue<RectificationIssueCode | InputIssueCode>[];
  const counted = usable.filter(Boolean).length;
  const firstIndexById = new Map<string, number>();
  let completed = 0;
  let completedLate = 0;
  const openIds: string[] = [];
  const overdue: OverdueRectification[] = [];
  const undisclosed: UndisclosedRectification[] = [];
  const awaitingVerificationIds: string[] = [];
  const failedVerificationIds: string[] = [];

  (usable.length === 0 ? [] : items).forEach((item, index) => {
    if (usable[index] !== true) return;
    const firstIndex = firstIndexById.get(item.id);
    if (firstIndex === undefined) firstIndexById.set(item.id, index);
    else issues.push(createIssue(RECTIFICATION_MESSAGES, 'rectification.duplicateId', 'error', [index, 'id'], { id: item.id, firstIndex }));

    if (item.status === 'completed' && item.completedOn === undefined) {
      issues.push(createIssue(RECTIFICATION_MESSAGES, 'rectification.completedWithoutDate', 'warning', [index, 'completedOn'], { id: item.id }));
    }
    if (item.status !== 'completed' && item.completedOn !== undefined) {
      issues.push(
        createIssue(RECTIFICATION_MESSAGES, 'rectification.dateWithoutCompletion', 'warning', [index, 'completedOn'], {
          id: item.id,
          completedOn: item.completedOn,
        }),
      );
    }
    const markedDone = item.status === 'completed' && (item.completedOn === undefined || item.completedOn <= asOf);
    const failed = markedDone && item.verification !== undefined && item.verification.on <= asOf && !item.verification.passed;
    if (failed) failedVerificationIds.push(item.id);

    if (markedDone && !failed) {
      completed += 1;
      if (item.completedOn !== undefined && item.completedOn > item.due) completedLate += 1;
      if (item.verification === undefined || item.verification.on > asOf) awaitingVerificationIds.push(item.id);
      if (!item.processDisclosed || !item.resultDisclosed) {
        undisclosed.push({
          itemId: item.id,
          ownerId: item.ownerId,
          processUndisclosed: !item.processDisclosed,
          resultUndisclosed: !item.resultDisclosed,
        });
      }
      return;
    }
    openIds.push(item.id);
    if (asOf > item.due) {
      overdue.push({ itemId: item.id, ownerId: item.ownerId, problem: item.problem, due: item.due, daysOverdue: daysBetween(asOf, item.due) });
    }
  });

  return {
    asOf: typeof asOf === 'string' ? asOf : ('' as IsoDate),
    total: counted,
    completed,
    completedLate,
    completionRate: rateOf(completed, counted),
    openIds,
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.itemId, b.itemId)),
    undisclosed,
    awaitingVerificationIds,
    failedVerificationIds,
    issues,
  };
}

/**
 * An item past its deadline and not completed.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { OverdueRectification } from 'cxzy/rectification';
 * const overdue: OverdueRectification = { itemId: 'r2', ownerId: 'm05', problem: '校门口交通秩序混乱', due: isoDate('2011-04-30'), daysOverdue: 31 };
 * ```
 */
export interface OverdueRectification {
  /** The item's id. */
  readonly itemId: string;
  /** Who is responsible. */
  readonly ownerId: string;
  /** The problem. */
  readonly problem: string;
  /** The deadline missed. */
  readonly due: IsoDate;
  /** Days from the deadline to the date of the report. */
  readonly daysOverdue: number;
}

/**
 * A completed item whose process or result was never disclosed to the masses.
 *
 * @example
 * ```ts
 * import type { UndisclosedRectification } from 'cxzy/rectification';
 * const undisclosed: UndisclosedRectification = { itemId: 'r1', ownerId: 'm02', processUndisclosed: false, resultUndisclosed: true };
 * ```
 */
export interface UndisclosedRectification {
  /** The item's id. */
  readonly itemId: string;
  /** Who is responsible. */
  readonly ownerId: string;
  /** The process was never shown to the masses (整改过程未公示). */
  readonly processUndisclosed: boolean;
  /** The result was never made public (整改结果未公开). */
  readonly resultUndisclosed: boolean;
}

/**
 * What {@link rectificationStatus} returns: 整改 as of a date.
 *
 * @example
 * ```ts
 * import { rectificationStatus, type RectificationReport } from 'cxzy/rectification';
 * import { isoDate } from 'cxzy/schedule';
 * const report: RectificationReport = rectificationStatus([], isoDate('2011-06-30'));
 * report.completionRate.value; // null
 * ```
 */
export interface RectificationReport {
  /** The date of the report. */
  readonly asOf: IsoDate;
  /** Items counted. */
  readonly total: number;
  /** Items completed on or before `asOf`, not failed at verification. */
  readonly completed: number;
  /** Of `completed`, those completed after their deadline. */
  readonly completedLate: number;
  /** 整改完成率: `completed / total`, exact. */
  readonly completionRate: Rate;
  /** The ids of items not completed, in input order. */
  readonly openIds: readonly string[];
  /** Items past their deadline and not completed, most overdue first. */
  readonly overdue: readonly OverdueRectification[];
  /** Completed items whose process or result was never disclosed, in input order. */
  readonly undisclosed: readonly UndisclosedRectification[];
  /** Completed items not yet checked (待验收), in input order. */
  readonly awaitingVerificationIds: readonly string[];
  /** Items marked completed that failed their check (整改不到位): counted as not completed. */
  readonly failedVerificationIds: readonly string[];
  /**
   * Inconsistent items: completed without a date, a date on an item not completed, a reused id;
   * and `input.*` issues for an item not shaped as `RectificationItem` says (path `[2, 'due']`,
   * left out of every count), for `items` that is not a list (path `[]`) or `asOf` that is not a
   * `YYYY-MM-DD` date (`['asOf']`): then nothing is counted and `asOf` is `''` unless it was text.
   */
  readonly issues: readonly Issue<RectificationIssueCode | InputIssueCode>[];
}

/**
 * 整改完成率 as {@link RectificationReport} gives it: items completed out of all items, exact.
 *
 * @deprecated Use Rate: one rate type serves 践诺率, 整改完成率 and evaluation coverage.
 *
 * @example
 * ```ts
 * import type { CompletionRate, Rate } from 'cxzy/rectification';
 * const rate: CompletionRate = { numerator: 3, denominator: 4, value: 0.75 };
 * const same: Rate = rate;
 * same.denominator; // 4
 * ```
 */
export type CompletionRate = Rate;

/**
 * Whether `value` is a rectification item as `RectificationItem` says, as far as the report reads
 * it: an object with a text `id`, `problem`, `ownerId` and `status`, a `due` date, booleans
 * `processDisclosed` and `resultDisclosed`, and, when given, a `completedOn` date and a
 * `verification` with an `on` date and a boolean `passed`. Reports what is not, under `[index]`.
 */
function isRectificationItem(value: unknown, index: number, issues: InputIssues): value is RectificationItem {
  if (issues.length >= MAX_LIST_ISSUES && (typeof value !== 'object' || value === null)) return false;
  if (!expectObject(value, [index], issues)) return false;
  const before = issues.length;
  for (const field of ['id', 'problem', 'ownerId', 'status']) expectText(value[field], [index, field], issues);
  expectItemDate(value['due'], [index, 'due'], issues);
  expectBoolean(value['processDisclosed'], [index, 'processDisclosed'], issues);
  expectBoolean(value['resultDisclosed'], [index, 'resultDisclosed'], issues);
  if (value['completedOn'] !== undefined) expectItemDate(value['completedOn'], [index, 'completedOn'], issues);
  const verification = value['verification'];
  if (verification !== undefined && expectObject(verification, [index, 'verification'], issues)) {
    expectItemDate(verification['on'], [index, 'verification', 'on'], issues);
    expectBoolean(verification['passed'], [index, 'verification', 'passed'], issues);
  }
  return issues.length === before;
}

function expectItemDate(value: unknown, path: readonly (string | number)[], issues: InputIssues): void {
  if (!isIsoDate(value)) issues.push(value === undefined ? inputIssue('input.missing', path, {}) : inputIssue('input.expected', path, { expected: 'date' }, value));
}
