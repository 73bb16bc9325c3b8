import type { IsoDate } from './iso-date';

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
export type PhaseKind =
  | 'mobilization'
  | 'implementation'
  | 'benchmarking'
  | 'summary'
  | 'rectificationAndCommendation'
  | 'custom';

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
