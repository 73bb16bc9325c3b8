import { daysInMonth, formatCalendarDate } from '../core/calendar';
import { addDays, type IsoDate } from '../core/isoDate';
import { lastDayBefore, partsOf, scheduleIssue } from './internal';
import { namedDayIn } from './namedDays';
import type { DayAnchor, PhaseLength, ScheduleTemplate, TaskDue } from './templates';
import type { BeforeReading, Phase, ScheduleIssue, Task } from './types';

/**
 * Where {@link planSchedule} starts, and how it reads "前".
 *
 * @example
 * ```ts
 * import { isoDate, type PlanScheduleOptions } from 'cxzy/schedule';
 * const options: PlanScheduleOptions = { start: isoDate('2010-06-01') };
 * ```
 */
export interface PlanScheduleOptions {
  /** The first day of the first phase. */
  readonly start: IsoDate;
  /** How "前" is read in anchors; `'exclusive'` unless said otherwise, as everywhere in cxzy. */
  readonly before?: BeforeReading;
}

/**
 * The phases {@link planSchedule} made, and what it could not make fit.
 *
 * @example
 * ```ts
 * import type { PlannedSchedule } from 'cxzy/schedule';
 * const usable = (plan: PlannedSchedule) => plan.issues.length === 0;
 * ```
 */
export interface PlannedSchedule {
  /** The dated phases, in the template's order, each starting the day after the previous ends. */
  readonly phases: readonly Phase[];
  /** What did not fit (`template.*`); empty when the template planned cleanly. */
  readonly issues: readonly ScheduleIssue[];
}

/**
 * Dates a template: the first phase starts on `options.start`, each next phase the day after the
 * previous one ends, so the phases touch without gaps or overlaps. A phase of `{ months: n }` ends
 * on the last day of the n-th calendar month counting its first (plans think in months: started in
 * mid-June, `{ months: 13 }` ends on 30 June a year later, and a start late in a month gives a short
 * first month). An anchor is the next occurrence of its named day whose "前" still leaves the phase
 * a day, or the congress's opening; a task `{ before: anchor }` takes the first occurrence on or
 * after its phase's start.
 *
 * Nothing is clamped to fit. A length that is not a positive whole number, or an anchor already
 * passed, gives a phase that ends the day before it starts (`template.invalidLength`,
 * `template.anchorNotAfterStart`); a task falling outside its phase keeps its date
 * (`template.taskOutsidePhase`). When `issues` is empty, {@link validateSchedule} finds nothing
 * wrong with the phases but the usual lengths of {@link DEFAULT_MIN_PHASE_DAYS}, which a template
 * of one's own may undercut.
 *
 * @param template - the template, such as {@link TEMPLATE_NANJIAO_2010}. Not modified.
 * @param options - the start day and the reading of "前".
 * @returns the phases and every issue.
 * @throws RangeError if `options.start` is not a real `IsoDate` (a brand forged with `as`).
 *
 * @example
 * ```ts
 * import { isoDate, NAMED_DAYS, planSchedule } from 'cxzy/schedule';
 * const plan = planSchedule(
 *   {
 *     id: 'centenary',
 *     label: { 'zh-CN': '迎接建党100周年', en: 'Towards the centenary' },
 *     source: '学校党支部开展创先争优活动实施方案(2021)',
 *     phases: [
 *       { id: 'mobilization', kind: 'mobilization', title: '动员部署', length: { days: 11 }, tasks: [] },
 *       {
 *         id: 'implementation', kind: 'custom', title: '全面争创', length: { before: { namedDay: NAMED_DAYS.partyFounding } },
 *         tasks: [{ id: 'pledges', title: '公开承诺', due: { daysAfterStart: 6 } }],
 *       },
 *     ],
 *   },
 *   { start: isoDate('2021-05-21') },
 * );
 * plan.phases.map((phase) => [phase.start, phase.end]); // [['2021-05-21', '2021-05-31'], ['2021-06-01', '2021-06-30']]
 * plan.phases[1]?.tasks[0]?.due; // '2021-06-07'
 * plan.issues; // []
 * ```
 */
export function planSchedule(template: ScheduleTemplate, options: PlanScheduleOptions): PlannedSchedule {
  const reading = options.before ?? 'exclusive';
  const phases: Phase[] = [];
  const issues: ScheduleIssue[] = [];
  let start = options.start;
  template.phases.forEach((phaseTemplate, index) => {
    const about = { phaseId: phaseTemplate.id };
    const phaseTitle = phaseTemplate.title;
    const planned = endOf(phaseTemplate.length, start, reading);
    if ('invalid' in planned) {
      issues.push(scheduleIssue('template.invalidLength', 'error', ['phases', index, 'length'], { phaseTitle, length: planned.invalid }, about));
    } else if ('passed' in planned) {
      issues.push(scheduleIssue('template.anchorNotAfterStart', 'error', ['phases', index, 'length'], { phaseTitle, anchor: planned.passed, start }, about));
    }
    const end = 'end' in planned ? planned.end : addDays(start, -1);
    const tasks = phaseTemplate.tasks.map((taskTemplate, taskIndex): Task => {
      const task = { id: taskTemplate.id, title: taskTemplate.title };
      if (taskTemplate.due === undefined) return task;
      const due = dueOf(taskTemplate.due, start, end, reading);
      // A phase that could not be dated is reported already; its tasks cannot fit it either.
      if ('end' in planned && (due === undefined || due < start || due > end)) {
        issues.push(
          scheduleIssue(
            'template.taskOutsidePhase',
            'error',
            ['phases', index, 'tasks', taskIndex, 'due'],
            { taskTitle: taskTemplate.title, due: due ?? String(Object.values(taskTemplate.due)[0]), phaseTitle, start, end },
            { phaseId: phaseTemplate.id, taskId: taskTemplate.id },
          ),
        );
      }
      return due === undefined ? task : { ...task, due };
    });
    phases.push({ id: phaseTemplate.id, kind: phaseTemplate.kind, title: phaseTitle, start, end, tasks });
    start = addDays(end, 1);
  });
  return { phases, issues };
}

type PlannedEnd = { readonly end: IsoDate } | { readonly invalid: number } | { readonly passed: IsoDate };

function endOf(length: PhaseLength, start: IsoDate, reading: BeforeReading): PlannedEnd {
  if ('days' in length) {
    return isCount(length.days) ? { end: addDays(start, length.days - 1) } : { invalid: length.days };
  }
  if ('months' in length) {
    if (!isCount(length.months)) return { invalid: length.months };
    const { year, month } = partsOf(start);
    const monthIndex = year * MONTHS_A_YEAR + (month - 1) + (length.months - 1);
    const endYear = Math.floor(monthIndex / MONTHS_A_YEAR);
    const endMonth = (monthIndex % MONTHS_A_YEAR) + 1;
    return { end: formatCalendarDate(endYear, endMonth, daysInMonth(endYear, endMonth)) as IsoDate };
  }
  const anchor = nextAnchor(length.before, start, reading);
  const end = lastDayBefore(anchor, reading);
  return end < start ? { passed: anchor } : { end };
}

function dueOf(due: TaskDue, start: IsoDate, end: IsoDate, reading: BeforeReading): IsoDate | undefined {
  if ('daysAfterStart' in due) return Number.isInteger(due.daysAfterStart) ? addDays(start, due.daysAfterStart) : undefined;
  if ('daysBeforeEnd' in due) return Number.isInteger(due.daysBeforeEnd) ? addDays(end, -due.daysBeforeEnd) : undefined;
  return lastDayBefore(nextAnchor(due.before, start, reading), reading);
}

/** The first day of the anchor whose "前" falls on or after `from`; a congress has only one. */
function nextAnchor(anchor: DayAnchor, from: IsoDate, reading: BeforeReading): IsoDate {
  if ('congress' in anchor) return anchor.congress.opening;
  const { year } = partsOf(from);
  const thisYear = namedDayIn(anchor.namedDay, year);
  return lastDayBefore(thisYear, reading) >= from ? thisYear : namedDayIn(anchor.namedDay, year + 1);
}

const MONTHS_A_YEAR = 12;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}
