import { compareText } from '../core/compareText';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { daysBetween, type IsoDate } from '../core/isoDate';
import { RECTIFICATION_MESSAGES, type RectificationIssueCode } from './messages';
import type { OverdueRectification, RectificationItem, RectificationReport, UndisclosedRectification } from './types';

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
  const issues: Issue<RectificationIssueCode>[] = [];
  const firstIndexById = new Map<string, number>();
  let completed = 0;
  let completedLate = 0;
  const openIds: string[] = [];
  const overdue: OverdueRectification[] = [];
  const undisclosed: UndisclosedRectification[] = [];
  const awaitingVerificationIds: string[] = [];
  const failedVerificationIds: string[] = [];

  items.forEach((item, index) => {
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
    asOf,
    total: items.length,
    completed,
    completedLate,
    completionRate: { numerator: completed, denominator: items.length, value: items.length === 0 ? null : completed / items.length },
    openIds,
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.itemId, b.itemId)),
    undisclosed,
    awaitingVerificationIds,
    failedVerificationIds,
    issues,
  };
}
