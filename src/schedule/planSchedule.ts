import type { InputIssues } from '../core/input';
import { checkTemplateShape } from './checkTemplateShape';
import { daysInMonth, describeDayNumber, FIRST_DAY_NUMBER, fromDayNumber, LAST_DAY_NUMBER, toDayNumber } from '../core/_calendar';
import { dayNumberOf, MAX_ISO_DATE, MIN_ISO_DATE, type IsoDate } from '../core/isoDate';
import { isoDateOfDayNumber, lastDayNumberBefore, namedDayNumber, scheduleIssue } from './_internal';
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
 * Dates end at {@link MAX_ISO_DATE}, 9999-12-31. A phase that would end after it is reported as
 * running outside that period (`schedule.phaseOutsidePeriod`, an error whose period is
 * {@link MIN_ISO_DATE} to {@link MAX_ISO_DATE} and whose `end` names the day it would have ended,
 * such as `10000-03-31`) and, like the phases above, ends the day before it starts; so does a phase
 * that would start after 9999-12-31 (it is written as starting on 9999-12-31). A task due outside
 * the calendar has no due date and is reported as `template.taskOutsidePhase`. Planning never
 * throws for a date beyond the calendar.
 *
 * @param template - the template, such as {@link TEMPLATE_NANJIAO_2010}. Not modified.
 * @param options - the start day and the reading of "前".
 * @returns the phases and every issue.
 *   A template or options not shaped as their types say (a forged `options.start`, a named day in
 *   month 13, `{ days: "30" }`) give no phases and their `input.*` issues, with paths that start
 *   with the parameter's name: `['template', 'phases', 1, 'length', 'days']`, `['options', 'start']`.
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
 *
 * @example
 * ```ts
 * import { isoDate, planSchedule, TEMPLATE_NANJIAO_2010 } from 'cxzy/schedule';
 * // Nine months from July 9999 would end in March 10000, which YYYY-MM-DD cannot write.
 * const plan = planSchedule(TEMPLATE_NANJIAO_2010, { start: isoDate('9999-06-01') });
 * plan.phases.map((phase) => [phase.start, phase.end]); // [['9999-06-01', '9999-06-30'], ['9999-07-01', '9999-06-30'], ['9999-07-01', '9999-09-30']]
 * plan.issues.map((issue) => [issue.code, issue.params['end']]); // [['schedule.phaseOutsidePeriod', '10000-03-31']]
 * ```
 */
export function planSchedule(template: ScheduleTemplate, options: PlanScheduleOptions): PlannedSchedule {
  const shape: InputIssues = [];
  checkTemplateShape(template, options, shape);
  if (shape.length > 0) return { phases: [], issues: shape as ScheduleIssue[] };
  const reading = options.before ?? 'exclusive';
  const phases: Phase[] = [];
  const issues: ScheduleIssue[] = [];
  // Day numbers, so that a plan running past 9999-12-31 can be measured, then reported.
  let start = dayNumberOf(options.start);
  template.phases.forEach((phaseTemplate, index) => {
    const about = { phaseId: phaseTemplate.id };
    const phaseTitle = phaseTemplate.title;
    const planned = endOf(phaseTemplate.length, start, reading);
    const path = ['phases', index, 'length'];
    if ('invalid' in planned) {
      issues.push(scheduleIssue('template.invalidLength', 'error', path, { phaseTitle, length: planned.invalid }, about));
    } else if ('passed' in planned) {
      issues.push(scheduleIssue('template.anchorNotAfterStart', 'error', path, { phaseTitle, anchor: planned.passed, start: describeDayNumber(start) }, about));
    } else if ('beyond' in planned) {
      const params = { phaseTitle, start: describeDayNumber(start), end: describeDayNumber(planned.beyond), periodStart: MIN_ISO_DATE, periodEnd: MAX_ISO_DATE };
      issues.push(scheduleIssue('schedule.phaseOutsidePeriod', 'error', path, params, about));
    }
    const dated = 'end' in planned ? { start: isoDateOfDayNumber(start)!, end: isoDateOfDayNumber(planned.end)! } : withoutDays(start);
    const tasks = phaseTemplate.tasks.map((taskTemplate, taskIndex): Task => {
      const task = { id: taskTemplate.id, title: taskTemplate.title };
      if (taskTemplate.due === undefined) return task;
      // A phase that could not be dated ends the day before it starts, and its tasks are dated from
      // that as ever; it is reported already, so they are not reported again.
      const phaseEnd = 'end' in planned ? planned.end : 'beyond' in planned ? planned.beyond : start - 1;
      const due = dueOf(taskTemplate.due, start, phaseEnd, reading);
      if ('end' in planned && (due === undefined || due < dated.start || due > dated.end)) {
        issues.push(
          scheduleIssue(
            'template.taskOutsidePhase',
            'error',
            ['phases', index, 'tasks', taskIndex, 'due'],
            { taskTitle: taskTemplate.title, due: due ?? String(Object.values(taskTemplate.due)[0]), phaseTitle, start: dated.start, end: dated.end },
            { phaseId: phaseTemplate.id, taskId: taskTemplate.id },
          ),
        );
      }
      return due === undefined ? task : { ...task, due };
    });
    phases.push({ id: phaseTemplate.id, kind: phaseTemplate.kind, title: phaseTitle, ...dated, tasks });
    start = ('end' in planned ? planned.end : start - 1) + 1;
  });
  return { phases, issues };
}

/**
 * How a phase ends: on a day of the calendar, or not at all — its length is not a count, its
 * anchor comes too soon, or its end (a day number) lies beyond 9999-12-31.
 */
type PlannedEnd =
  | { readonly end: number }
  | { readonly invalid: number }
  | { readonly passed: IsoDate }
  | { readonly beyond: number };

function endOf(length: PhaseLength, start: number, reading: BeforeReading): PlannedEnd {
  if ('days' in length) {
    return isCount(length.days) ? within(start + length.days - 1) : { invalid: length.days };
  }
  if ('months' in length) {
    if (!isCount(length.months)) return { invalid: length.months };
    const { year, month } = fromDayNumber(start);
    const monthIndex = year * MONTHS_A_YEAR + (month - 1) + (length.months - 1);
    const endYear = Math.floor(monthIndex / MONTHS_A_YEAR);
    const endMonth = (monthIndex % MONTHS_A_YEAR) + 1;
    return within(toDayNumber(endYear, endMonth, daysInMonth(endYear, endMonth)));
  }
  const anchor = nextAnchor(length.before, start, reading);
  const end = lastDayNumberBefore(anchor, reading);
  if (end < start) return { passed: isoDateOfDayNumber(anchor) ?? (describeDayNumber(anchor) as IsoDate) };
  return within(end);
}

/** An end inside the calendar, or the day number it would have been. */
function within(end: number): PlannedEnd {
  return end > LAST_DAY_NUMBER ? { beyond: end } : { end };
}

/**
 * The dates of a phase that could not be dated: it ends the day before it starts, so it has no
 * days and the next phase starts where it would have. Its start is kept inside the calendar
 * (9999-12-31 for a phase that would start after it; at 0000-01-01, which has no day before it,
 * the phase is written 0000-01-02 to 0000-01-01).
 */
function withoutDays(start: number): { readonly start: IsoDate; readonly end: IsoDate } {
  const kept = Math.min(Math.max(start, FIRST_DAY_NUMBER + 1), LAST_DAY_NUMBER);
  return { start: isoDateOfDayNumber(kept)!, end: isoDateOfDayNumber(kept - 1)! };
}

function dueOf(due: TaskDue, start: number, end: number, reading: BeforeReading): IsoDate | undefined {
  if ('daysAfterStart' in due) return Number.isSafeInteger(due.daysAfterStart) ? isoDateOfDayNumber(start + due.daysAfterStart) : undefined;
  if ('daysBeforeEnd' in due) return Number.isSafeInteger(due.daysBeforeEnd) ? isoDateOfDayNumber(end - due.daysBeforeEnd) : undefined;
  return isoDateOfDayNumber(lastDayNumberBefore(nextAnchor(due.before, start, reading), reading));
}

/**
 * The first day (a day number) of the anchor whose "前" falls on or after `from`; a congress has
 * only one. Next year's named day may lie beyond 9999-12-31: its day number says by how much.
 */
function nextAnchor(anchor: DayAnchor, from: number, reading: BeforeReading): number {
  if ('congress' in anchor) return dayNumberOf(anchor.congress.opening);
  const { year } = fromDayNumber(from);
  const thisYear = namedDayNumber(anchor.namedDay, year);
  return lastDayNumberBefore(thisYear, reading) >= from ? thisYear : namedDayNumber(anchor.namedDay, year + 1);
}

const MONTHS_A_YEAR = 12;

/** A whole number above zero, exact as a double (so that day numbers stay exact too). */
function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}
