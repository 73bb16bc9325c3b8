import { assertInput, expectNumber, type InputIssues } from '../core/input';
import { daysBetween, type IsoDate } from '../core/isoDate';
import { checkPhasesShape, expectDate, expectOptions } from './checkPhasesShape';
import type { Deadline, DeadlineReport, Phase } from './types';

/**
 * How far ahead {@link deadlines} looks.
 *
 * @example
 * ```ts
 * import type { DeadlinesOptions } from 'cxzy/schedule';
 * const options: DeadlinesOptions = { withinDays: 7 };
 * ```
 */
export interface DeadlinesOptions {
  /**
   * A task not done is upcoming when due within this many days from `asOf` (0: due today only): a
   * whole number of 0 or more.
   *
   * @defaultValue 14 ({@link DEFAULT_DEADLINES_OPTIONS})
   */
  readonly withinDays?: number;
}

/**
 * The defaults of {@link DeadlinesOptions}: look two weeks ahead, the time a branch needs to call
 * a meeting and give notice of it.
 *
 * @example
 * ```ts
 * import { DEFAULT_DEADLINES_OPTIONS } from 'cxzy/schedule';
 * DEFAULT_DEADLINES_OPTIONS.withinDays; // 14
 * ```
 */
export const DEFAULT_DEADLINES_OPTIONS = { withinDays: 14 } as const satisfies Required<DeadlinesOptions>;

/**
 * The tasks that need attention on `asOf`: not done and due within `withinDays` days (upcoming),
 * not done and past due (overdue), and done after their due date (done late). A task counts as
 * done only if its `done` date is on or before `asOf`, so asking about a past day gives the answer
 * that day would have given. Tasks without a due date have no deadline and are not listed.
 *
 * @param phases - the phases and their tasks. Not modified.
 * @param asOf - the day to look from (the clock is never read).
 * @param options - how far ahead to look; two weeks unless given.
 * @returns the three lists, each by due date, then by the phases' order.
 * @throws {@link InvalidInputError} (a `TypeError`) when `phases` is not a list of phases as `Phase`
 *   says, `asOf` is not a `YYYY-MM-DD` calendar date, or `options.withinDays` is not a whole number
 *   of 0 or more (the text `"14"` is not); its `issues` name each field, e.g. `['options', 'withinDays']`.
 *
 * @example
 * ```ts
 * import { deadlines, isoDate } from 'cxzy/schedule';
 * const report = deadlines(
 *   [{
 *     id: 'step-2', kind: 'implementation', title: '全面争创,扎实推进',
 *     start: isoDate('2010-07-01'), end: isoDate('2011-03-31'),
 *     tasks: [
 *       { id: 'teachers-day', title: '教师节前宣传先进事迹', due: isoDate('2010-09-09') },
 *       { id: 'pledges', title: '申报承诺', due: isoDate('2010-07-31'), done: isoDate('2010-08-05') },
 *     ],
 *   }],
 *   isoDate('2010-09-01'),
 * );
 * report.upcoming.map((deadline) => [deadline.task.id, deadline.days]); // [['teachers-day', 8]]
 * report.doneLate.map((deadline) => [deadline.task.id, deadline.days]); // [['pledges', 5]]
 * ```
 */
export function deadlines(phases: readonly Phase[], asOf: IsoDate, options: DeadlinesOptions = {}): DeadlineReport {
  const issues: InputIssues = [];
  checkPhasesShape(phases, ['phases'], issues);
  expectDate(asOf, ['asOf'], issues);
  if (expectOptions(options, ['options'], issues) && options.withinDays !== undefined) {
    expectNumber(options.withinDays, ['options', 'withinDays'], issues, { integer: true, min: 0 });
  }
  assertInput(issues);
  const withinDays = options.withinDays ?? DEFAULT_DEADLINES_OPTIONS.withinDays;
  const upcoming: Deadline[] = [];
  const overdue: Deadline[] = [];
  const doneLate: Deadline[] = [];
  for (const phase of phases) {
    for (const task of phase.tasks) {
      const due = task.due;
      if (due === undefined) continue;
      const entry = (days: number): Deadline => ({ phaseId: phase.id, task, due, days });
      if (task.done !== undefined && task.done <= asOf) {
        if (task.done > due) doneLate.push(entry(daysBetween(task.done, due)));
        continue;
      }
      const left = daysBetween(due, asOf);
      if (left < 0) overdue.push(entry(-left));
      else if (left <= withinDays) upcoming.push(entry(left));
    }
  }
  const byDue = (a: Deadline, b: Deadline) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  return { upcoming: upcoming.sort(byDue), overdue: overdue.sort(byDue), doneLate: doneLate.sort(byDue) };
}
