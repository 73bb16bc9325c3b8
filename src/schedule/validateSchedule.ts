import type { DateRange } from '../core/dateRange';
import { expectNumber, expectObject, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { checkPhasesShape, expectOptions, expectPeriod } from './checkPhasesShape';
import { addDays, daysBetween } from '../core/isoDate';
import { maxDate, minDate, scheduleIssue } from './_internal';
import { PHASE_KIND_LABELS } from './labels';
import type { Phase, PhaseKind, ScheduledCampaign, ScheduleIssue } from './types';

/**
 * The fewest days a phase of a kind usually lasts. The seeds' 全面争创 and 对标定位 phases run
 * nine to thirteen months; one shorter than a quarter is most often a year miscopied from the
 * 2010 template, as in "(二)全面争创,扎实推进(2012年6月—2012年6月底)", whose model ran from
 * June 2010 to the end of June 2011. Mobilization and summary phases may be a few days long.
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_PHASE_DAYS } from 'cxzy/schedule';
 * DEFAULT_MIN_PHASE_DAYS.implementation; // 90
 * ```
 */
export const DEFAULT_MIN_PHASE_DAYS = {
  implementation: 90,
  benchmarking: 90,
} as const satisfies Readonly<Partial<Record<PhaseKind, number>>>;

/**
 * What {@link validateSchedule} checks against.
 *
 * @example
 * ```ts
 * import { isoDate, type ValidateScheduleOptions } from 'cxzy/schedule';
 * const options: ValidateScheduleOptions = {
 *   period: { start: isoDate('2021-05-01'), end: isoDate('2021-06-30') },
 *   minPhaseDays: {},
 * };
 * ```
 */
export interface ValidateScheduleOptions {
  /** The campaign's first and last day; a campaign's own `period` unless given. */
  readonly period?: DateRange;
  /** The fewest days a phase of each kind should last; {@link DEFAULT_MIN_PHASE_DAYS} unless given. */
  readonly minPhaseDays?: Readonly<Partial<Record<PhaseKind, number>>>;
}

/**
 * Checks a campaign's phases, in the order the plan lists them, and returns every problem found:
 *
 * - `schedule.endBeforeStart` (error): "对标定位,晋档升级(2012年7月—2012年6月底)". Such a phase has
 *   no days, so it takes no part in the checks below.
 * - `schedule.overlap` (error): two phases share days; reported on the later-listed one, with the
 *   shared days. Phases that touch (one ends on the 31st, the next starts on the 1st) are fine.
 * - `schedule.gap` (warning): days between phases that belong to none.
 * - `schedule.phaseOutOfOrder` (warning): a phase listed after one that starts later.
 * - `schedule.phaseOutsidePeriod` (error): a phase starts before or ends after the campaign period.
 * - `schedule.phaseShorterThanUsual` (warning): shorter than `minPhaseDays` for its kind.
 * - `schedule.taskDueBeforePhase`, `schedule.taskDueAfterPhase` (errors): a task or milestone due
 *   outside its phase ("2010年'七一'前" in a phase that starts in July).
 * - `schedule.taskDueAfterNextPhaseStarts` (warning): a task due inside its phase, but only after
 *   the next phase has begun, as when a mobilization meeting "在7月1日前" closes a phase of
 *   "2021年5月下旬—6月" that overlaps the 全面争创 phase of June.
 * - `schedule.duplicatePhaseId`, `schedule.duplicateTaskId` (errors).
 * - `schedule.tooManyPhases` (error): more than {@link MAX_SCHEDULE_PHASES} phases; nothing else is
 *   checked (every pair of phases may overlap, so the checks grow with the square of their number).
 *
 * Issues come in the order of the phases they concern. Each names its `phaseId` (and `taskId`)
 * and a `path` into the argument (`['phases', 2, 'end']` for a campaign, `[2, 'end']` for a list).
 *
 * @param subject - a campaign, or its phases in the plan's order. Not modified.
 * @param options - the period to check against and the usual lengths of phases.
 * @returns every issue found; empty when the schedule is sound.
 *   Every real date is checked, 0000-01-01 and 9999-12-31 included. Arguments not shaped as their
 *   types say (a phase that is not an object, a date that is not `YYYY-MM-DD`, `"7"` as a
 *   `minPhaseDays`) give only their `input.*` issues, with the paths above (`['options',
 *   'minPhaseDays', 'implementation']` for an option), and nothing is checked.
 *
 * @example
 * ```ts
 * import { isoDate, validateSchedule } from 'cxzy/schedule';
 * const issues = validateSchedule([
 *   { id: 'step-1', kind: 'mobilization', title: '广泛发动,安排部署', start: isoDate('2012-05-01'), end: isoDate('2012-05-31'), tasks: [] },
 *   { id: 'step-3', kind: 'benchmarking', title: '对标定位,晋档升级', start: isoDate('2012-07-01'), end: isoDate('2012-06-30'), tasks: [] },
 * ]);
 * issues.map((issue) => issue.code); // ['schedule.endBeforeStart']
 * issues[0]?.message['zh-CN']; // '阶段“对标定位,晋档升级”的结束日期 2012-06-30 早于开始日期 2012-07-01'
 * ```
 */
export function validateSchedule(
  subject: ScheduledCampaign | readonly Phase[],
  options: ValidateScheduleOptions = {},
): readonly ScheduleIssue[] {
  const issues: InputIssues = [];
  const isCampaign = (value: typeof subject): value is ScheduledCampaign => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isCampaign(subject)) {
    checkPhasesShape(subject.phases, ['phases'], issues);
    if (subject.period !== undefined && options.period === undefined) expectPeriod(subject.period, ['period'], issues);
  } else checkPhasesShape(subject, [], issues);
  if (expectOptions(options, ['options'], issues)) {
    if (options.period !== undefined) expectPeriod(options.period, ['options', 'period'], issues);
    const minPhaseDays = options.minPhaseDays;
    if (minPhaseDays !== undefined && expectObject(minPhaseDays, ['options', 'minPhaseDays'], issues)) {
      for (const [kind, days] of Object.entries(minPhaseDays)) expectNumber(days, ['options', 'minPhaseDays', kind], issues, { min: 0 });
    }
  }
  if (issues.length > 0) return issues as ScheduleIssue[];
  const listed = isCampaign(subject) ? subject.phases : (subject as readonly Phase[]);
  if (listed.length > MAX_SCHEDULE_PHASES) {
    return [scheduleIssue('schedule.tooManyPhases', 'error', isCampaign(subject) ? ['phases'] : [], { count: listed.length, max: MAX_SCHEDULE_PHASES })];
  }
  const campaign = isCampaign(subject) ? subject : undefined;
  const context: Context = {
    phases: campaign === undefined ? (subject as readonly Phase[]) : campaign.phases,
    base: campaign === undefined ? [] : ['phases'],
    period: options.period ?? campaign?.period,
    minPhaseDays: options.minPhaseDays ?? DEFAULT_MIN_PHASE_DAYS,
  };
  const found = [
    ...duplicateIds(context),
    ...context.phases.flatMap((phase, index) => checkPhase(context, phase, index)),
    ...gaps(context),
  ];
  // Stable: within a phase, the checks keep the order above.
  return found.sort((a, b) => a.index - b.index).map(({ issue }) => issue);
}

/**
 * The most phases {@link validateSchedule} checks: 100. A plan has three to six; every pair of
 * phases may overlap, so 2,000 copies of one phase gave two million issues and took most of a
 * minute. More are reported as `schedule.tooManyPhases`.
 *
 * @example
 * ```ts
 * import { MAX_SCHEDULE_PHASES } from 'cxzy/schedule';
 * MAX_SCHEDULE_PHASES; // 100
 * ```
 */
export const MAX_SCHEDULE_PHASES = 100;

interface Context {
  readonly phases: readonly Phase[];
  readonly base: IssuePath;
  readonly period: DateRange | undefined;
  readonly minPhaseDays: Readonly<Partial<Record<PhaseKind, number>>>;
}

/** An issue and the index of the phase it belongs with, to sort by. */
interface Found {
  readonly index: number;
  readonly issue: ScheduleIssue;
}

const hasDays = (phase: Phase): boolean => phase.start <= phase.end;

function duplicateIds({ phases, base }: Context): readonly Found[] {
  const found: Found[] = [];
  const firstPhaseIndex = new Map<string, number>();
  const firstTaskPhase = new Map<string, string>();
  phases.forEach((phase, index) => {
    const firstIndex = firstPhaseIndex.get(phase.id);
    if (firstIndex === undefined) firstPhaseIndex.set(phase.id, index);
    else {
      const params = { phaseId: phase.id, firstIndex };
      found.push({ index, issue: scheduleIssue('schedule.duplicatePhaseId', 'error', [...base, index, 'id'], params, { phaseId: phase.id }) });
    }
    phase.tasks.forEach((task, taskIndex) => {
      const firstPhaseId = firstTaskPhase.get(task.id);
      if (firstPhaseId === undefined) {
        firstTaskPhase.set(task.id, phase.id);
        return;
      }
      const path = [...base, index, 'tasks', taskIndex, 'id'];
      const about = { phaseId: phase.id, taskId: task.id };
      found.push({ index, issue: scheduleIssue('schedule.duplicateTaskId', 'error', path, { taskId: task.id, firstPhaseId }, about) });
    });
  });
  return found;
}

/** The checks of one phase: its own dates, its place among the phases listed before it, its tasks. */
function checkPhase(context: Context, phase: Phase, index: number): readonly Found[] {
  const path = [...context.base, index];
  const about = { phaseId: phase.id };
  const phaseTitle = phase.title;
  const issues: ScheduleIssue[] = [];
  if (!hasDays(phase)) {
    // A phase without days can be in no order, overlap nothing and hold no task.
    issues.push(scheduleIssue('schedule.endBeforeStart', 'error', [...path, 'end'], { phaseTitle, start: phase.start, end: phase.end }, about));
    return issues.map((issue) => ({ index, issue }));
  }

  const { period } = context;
  if (period !== undefined && (phase.start < period.start || phase.end > period.end)) {
    const edge = phase.start < period.start ? 'start' : 'end';
    const params = { phaseTitle, start: phase.start, end: phase.end, periodStart: period.start, periodEnd: period.end };
    issues.push(scheduleIssue('schedule.phaseOutsidePeriod', 'error', [...path, edge], params, about));
  }

  const days = daysBetween(phase.end, phase.start) + 1;
  const minDays = Object.hasOwn(context.minPhaseDays, phase.kind) ? context.minPhaseDays[phase.kind] : undefined;
  if (minDays !== undefined && days < minDays) {
    const params = { kind: phase.kind, phaseTitle, days, minDays };
    issues.push(scheduleIssue('schedule.phaseShorterThanUsual', 'warning', path, params, about, { phaseKind: PHASE_KIND_LABELS }));
  }

  const earlier = context.phases.slice(0, index).filter(hasDays);
  const latestStarted = earlier.reduce<Phase | undefined>((latest, other) => (latest === undefined || other.start >= latest.start ? other : latest), undefined);
  if (latestStarted !== undefined && latestStarted.start > phase.start) {
    const params = { phaseTitle, start: phase.start, previousTitle: latestStarted.title, previousStart: latestStarted.start };
    issues.push(scheduleIssue('schedule.phaseOutOfOrder', 'warning', [...path, 'start'], params, about));
  }

  for (const other of earlier) {
    const from = maxDate(phase.start, other.start);
    const to = minDate(phase.end, other.end);
    if (from > to) continue;
    const params = { phaseTitle, otherTitle: other.title, from, to, days: daysBetween(to, from) + 1 };
    issues.push(scheduleIssue('schedule.overlap', 'error', [...path, 'start'], params, about));
  }

  const next = context.phases.slice(index + 1).find(hasDays);
  phase.tasks.forEach((task, taskIndex) => {
    const due = task.due;
    if (due === undefined) return;
    const taskPath = [...path, 'tasks', taskIndex, 'due'];
    const taskAbout = { phaseId: phase.id, taskId: task.id };
    const params = { taskTitle: task.title, due, phaseTitle, start: phase.start, end: phase.end };
    if (due < phase.start) issues.push(scheduleIssue('schedule.taskDueBeforePhase', 'error', taskPath, params, taskAbout));
    else if (due > phase.end) issues.push(scheduleIssue('schedule.taskDueAfterPhase', 'error', taskPath, params, taskAbout));
    else if (next !== undefined && next.start > phase.start && due >= next.start) {
      // Inside its own phase, but only once the next one has begun: phases that overlap hide this.
      const nextParams = { taskTitle: task.title, due, nextTitle: next.title, nextStart: next.start };
      issues.push(scheduleIssue('schedule.taskDueAfterNextPhaseStarts', 'warning', taskPath, nextParams, taskAbout));
    }
  });
  return issues.map((issue) => ({ index, issue }));
}

/** Days no phase covers, found by sweeping the phases by start date, whatever order they are listed in. */
function gaps({ phases, base }: Context): readonly Found[] {
  const byStart = phases
    .map((phase, index) => ({ phase, index }))
    .filter(({ phase }) => hasDays(phase))
    .sort((a, b) => (a.phase.start < b.phase.start ? -1 : a.phase.start > b.phase.start ? 1 : a.index - b.index));
  const found: Found[] = [];
  const [first, ...rest] = byStart;
  if (first === undefined) return found;
  let covering = first.phase;
  for (const { phase, index } of rest) {
    // Compared before adding a day: the day after a phase ending on 9999-12-31 is no date.
    if (daysBetween(phase.start, covering.end) > 1) {
      const firstFree = addDays(covering.end, 1);
      const to = addDays(phase.start, -1);
      const params = { previousTitle: covering.title, phaseTitle: phase.title, from: firstFree, to, days: daysBetween(to, firstFree) + 1 };
      found.push({ index, issue: scheduleIssue('schedule.gap', 'warning', [...base, index, 'start'], params, { phaseId: phase.id }) });
    }
    if (phase.end > covering.end) covering = phase;
  }
  return found;
}
