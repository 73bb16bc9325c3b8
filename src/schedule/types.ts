import type { DateRange } from '../core/dateRange';
import type { InputIssueCode } from '../core/input';
import type { Issue } from '../core/issue';
import type { IsoDate } from '../core/isoDate';
import type { ScheduleIssueCode } from './messages';

/**
 * Every {@link PhaseKind}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { PHASE_KINDS } from 'cxzy/schedule';
 * PHASE_KINDS[0]; // 'mobilization'
 * ```
 */
export const PHASE_KINDS = ['mobilization', 'implementation', 'benchmarking', 'summary', 'rectificationAndCommendation', 'custom'] as const;

/**
 * What a phase of a campaign is for, as the seeds' plans name their steps: 动员部署, 全面争创,
 * 对标定位·晋档升级, 系统总结·完善机制, 总结整改·评选表彰, or `custom` for anything else.
 *
 * @example
 * ```ts
 * import type { PhaseKind } from 'cxzy/schedule';
 * const kind: PhaseKind = 'benchmarking'; // 对标定位,晋档升级
 * ```
 */
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * A piece of work due within a phase ("主要抓好三项工作": 动员部署, 制定活动方案, 组织学习).
 *
 * @example
 * ```ts
 * import { isoDate, type Task } from 'cxzy/schedule';
 * const task: Task = { id: 'plan', title: '制定活动方案', due: isoDate('2010-07-05') };
 * ```
 */
export interface Task {
  /** A stable, non-empty identifier, unique within the campaign. */
  readonly id: string;
  /** The task as the plan words it. */
  readonly title: string;
  /** The last day it may be done on, if the plan gives one. */
  readonly due?: IsoDate;
  /** The day it was done, once it is. */
  readonly done?: IsoDate;
  /** The member or organization responsible. */
  readonly ownerId?: string;
}

/**
 * A phase of a campaign: a kind, a title as the plan writes it, first and last day (both
 * included), and its tasks.
 *
 * @example
 * ```ts
 * import { isoDate, type Phase } from 'cxzy/schedule';
 * const phase: Phase = {
 *   id: 'implementation',
 *   kind: 'implementation',
 *   title: '全面争创,扎实推进',
 *   start: isoDate('2010-07-01'),
 *   end: isoDate('2011-03-31'),
 *   tasks: [],
 * };
 * ```
 */
export interface Phase {
  /** A stable, non-empty identifier, unique within the campaign. */
  readonly id: string;
  /** What the phase is for. */
  readonly kind: PhaseKind;
  /** The title as the plan writes it. */
  readonly title: string;
  /** The first day of the phase. */
  readonly start: IsoDate;
  /** The last day of the phase, included. */
  readonly end: IsoDate;
  /** The work due within the phase. */
  readonly tasks: readonly Task[];
}

/**
 * What a schedule check needs of a campaign: its period and its phases. Every `Campaign` of
 * `cxzy/campaign` is one, so `validateSchedule(campaign)` takes the campaign as it is.
 *
 * @example
 * ```ts
 * import { isoDate, type ScheduledCampaign } from 'cxzy/schedule';
 * const campaign: ScheduledCampaign = {
 *   period: { start: isoDate('2010-07-01'), end: isoDate('2012-06-30') },
 *   phases: [],
 * };
 * ```
 */
export interface ScheduledCampaign {
  /** The campaign's first and last day. */
  readonly period: DateRange;
  /** The phases, in the order the plan lists them. */
  readonly phases: readonly Phase[];
}

/**
 * A problem {@link validateSchedule} (or another schedule function) found, as data: an
 * {@link Issue} that also names the phase and, where there is one, the task it is about. An
 * argument not shaped as its type says is an `input.*` issue (see `INPUT_MESSAGES` in `cxzy/i18n`).
 *
 * @example
 * ```ts
 * import { isoDate, validateSchedule } from 'cxzy/schedule';
 * const [issue] = validateSchedule([
 *   { id: 'benchmarking', kind: 'custom', title: '对标定位,晋档升级', start: isoDate('2012-07-01'), end: isoDate('2012-06-30'), tasks: [] },
 * ]);
 * issue?.code; // 'schedule.endBeforeStart'
 * issue?.phaseId; // 'benchmarking'
 * ```
 */
export interface ScheduleIssue extends Issue<ScheduleIssueCode | InputIssueCode> {
  /** The phase the issue is about, if any. */
  readonly phaseId?: string;
  /** The task the issue is about, if any. */
  readonly taskId?: string;
}

/**
 * A span of calendar days from a date phrase. `start` is absent for a deadline ("七一前": by 30
 * June, from whenever), and equals `end` for a single day.
 *
 * @example
 * ```ts
 * import { parseDatePhrase } from 'cxzy/schedule';
 * const result = parseDatePhrase('2010年7月—2011年3月');
 * result.success && result.data; // { start: '2010-07-01', end: '2011-03-31' }
 * ```
 */
export interface DateSpan {
  /** The first day, both ends included; absent for "X前", which says only when it ends. */
  readonly start?: IsoDate;
  /** The last day, included. */
  readonly end: IsoDate;
}

/**
 * Where a date falls in a schedule: before the first phase, during one, between two, or after
 * the last. See {@link phaseAt}.
 *
 * @example
 * ```ts
 * import type { PhaseStatus } from 'cxzy/schedule';
 * const status: PhaseStatus = 'between';
 * ```
 */
export type PhaseStatus = 'before' | 'during' | 'between' | 'after';

/**
 * What {@link phaseAt} returns. `phase` is the phase under way (during), `next` the first phase
 * to start after the date, `previous` the last phase to have ended before it. `phases` lists every
 * phase the date falls in: more than one only when phases overlap, which {@link validateSchedule}
 * reports.
 *
 * @example
 * ```ts
 * import type { PhasePosition } from 'cxzy/schedule';
 * const describe = (position: PhasePosition) =>
 *   position.status === 'during' ? position.phase.title : position.status;
 * ```
 */
export type PhasePosition =
  | {
      /** No phase has begun. */
      readonly status: 'before';
      /** The first phase to begin. */
      readonly next: Phase;
    }
  | {
      /** The date falls inside a phase. */
      readonly status: 'during';
      /** The phase under way: of overlapping phases, the one that began last. */
      readonly phase: Phase;
      /** Every phase the date falls in, by start date. */
      readonly phases: readonly Phase[];
      /** The next phase to begin after the date, if any. */
      readonly next?: Phase;
    }
  | {
      /** The date falls in a gap between two phases. */
      readonly status: 'between';
      /** The last phase to have ended. */
      readonly previous: Phase;
      /** The next phase to begin. */
      readonly next: Phase;
    }
  | {
      /** Every phase has ended, or there are none. */
      readonly status: 'after';
      /** The last phase to have ended; absent when the schedule has no phases. */
      readonly previous?: Phase;
    };

/**
 * A task with a due date, seen from a given day by {@link deadlines}.
 *
 * @example
 * ```ts
 * import type { Deadline } from 'cxzy/schedule';
 * const line = (deadline: Deadline) => `${deadline.task.title}: ${deadline.days}`;
 * ```
 */
export interface Deadline {
  /** The phase the task belongs to. */
  readonly phaseId: string;
  /** The task. */
  readonly task: Task;
  /** Its due date. */
  readonly due: IsoDate;
  /**
   * Days that matter for the list it is in: days left until `due` for an upcoming task (0 when
   * due today), days past `due` for an overdue task, days between `due` and `done` for a task
   * done late.
   */
  readonly days: number;
}

/**
 * The tasks that need attention on a given day: due soon, overdue, and done after their due date.
 * Each list is ordered by due date, then by the phases' order.
 *
 * @example
 * ```ts
 * import type { DeadlineReport } from 'cxzy/schedule';
 * const count = (report: DeadlineReport) => report.overdue.length;
 * ```
 */
export interface DeadlineReport {
  /** Tasks not done, due from today up to `withinDays` days ahead. */
  readonly upcoming: readonly Deadline[];
  /** Tasks not done whose due date has passed. */
  readonly overdue: readonly Deadline[];
  /** Tasks done, but after their due date. */
  readonly doneLate: readonly Deadline[];
}

/**
 * How "前" (before) is read. `exclusive`, cxzy's default, makes "七一前" end on 30 June: things
 * done "before 七一" are done in the run-up to the anniversary, and 1 July is the celebration
 * itself. `inclusive` lets the named day count, as some administrative deadlines ("3月31日前报送")
 * mean it. Every function of `cxzy/schedule` reads "前" the same way, from one option.
 *
 * @example
 * ```ts
 * import { parseDatePhrase } from 'cxzy/schedule';
 * const exclusive = parseDatePhrase('2021年7月1日前');
 * exclusive.success && exclusive.data.end; // '2021-06-30'
 * const inclusive = parseDatePhrase('2021年7月1日前', { before: 'inclusive' });
 * inclusive.success && inclusive.data.end; // '2021-07-01'
 * ```
 */
export type BeforeReading = 'exclusive' | 'inclusive';
