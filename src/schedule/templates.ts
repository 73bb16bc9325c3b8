import type { LocalizedText } from '../core/locale';
import { PARTY_CONGRESSES, type NamedDay, type PartyCongress } from './namedDays';
import type { PhaseKind } from './types';

/**
 * A day a template counts to: a named day (its next occurrence) or a Party congress's opening.
 *
 * @example
 * ```ts
 * import { NAMED_DAYS, type DayAnchor } from 'cxzy/schedule';
 * const julyFirst: DayAnchor = { namedDay: NAMED_DAYS.partyFounding }; // 七一
 * ```
 */
export type DayAnchor = { readonly namedDay: NamedDay } | { readonly congress: PartyCongress };

/**
 * How long a template phase lasts, the way plans write it:
 *
 * - `{ days: 10 }` — ten days, the first included ("6月上旬": 1 to 10 June).
 * - `{ months: 13 }` — to the end of the 13th calendar month, counting the month it starts in
 *   ("2010年6月中旬—2011年6月底" starts on 11 June 2010 and is `{ months: 13 }`).
 * - `{ before: anchor }` — up to the anchor, read as "前" ("2012年7月—党的十八大召开前").
 *
 * @example
 * ```ts
 * import { PARTY_CONGRESSES, type PhaseLength } from 'cxzy/schedule';
 * const nineMonths: PhaseLength = { months: 9 }; // 2010年7月—2011年3月
 * const toCongress: PhaseLength = { before: { congress: PARTY_CONGRESSES[2] } }; // 十八大召开前
 * ```
 */
export type PhaseLength = { readonly days: number } | { readonly months: number } | { readonly before: DayAnchor };

/**
 * When a template task falls due: a number of days after its phase starts, before it ends, or
 * before an anchor ("教师节前": the next 教师节 on or after the phase's start).
 *
 * @example
 * ```ts
 * import { NAMED_DAYS, type TaskDue } from 'cxzy/schedule';
 * const meeting: TaskDue = { daysAfterStart: 3 }; // 于6月4日召开动员大会
 * const teachersDay: TaskDue = { before: { namedDay: NAMED_DAYS.teachersDay } };
 * ```
 */
export type TaskDue =
  | { readonly daysAfterStart: number }
  | { readonly daysBeforeEnd: number }
  | { readonly before: DayAnchor };

/**
 * A task in a template.
 *
 * @example
 * ```ts
 * import type { TaskTemplate } from 'cxzy/schedule';
 * const task: TaskTemplate = { id: 'campaign-plan', title: '制定活动方案', due: { daysBeforeEnd: 0 } };
 * ```
 */
export interface TaskTemplate {
  /** The id the planned task gets. */
  readonly id: string;
  /** The task as the plan words it. */
  readonly title: string;
  /** When it falls due; a task without one gets no due date. */
  readonly due?: TaskDue;
}

/**
 * A phase in a template: what it is for, how long it lasts, and its tasks.
 *
 * @example
 * ```ts
 * import type { PhaseTemplate } from 'cxzy/schedule';
 * const phase: PhaseTemplate = { id: 'summary', kind: 'summary', title: '总结', length: { months: 1 }, tasks: [] };
 * ```
 */
export interface PhaseTemplate {
  /** The id the planned phase gets. */
  readonly id: string;
  /** What the phase is for. */
  readonly kind: PhaseKind;
  /** The title as the plan writes it. */
  readonly title: string;
  /** How long it lasts. */
  readonly length: PhaseLength;
  /** Its tasks. */
  readonly tasks: readonly TaskTemplate[];
}

/**
 * A campaign's phases as a plan lays them out, without dates: {@link planSchedule} dates them
 * from a start day, one phase after the other.
 *
 * @example
 * ```ts
 * import { TEMPLATE_NANJIAO_2010 } from 'cxzy/schedule';
 * TEMPLATE_NANJIAO_2010.phases.map((phase) => phase.kind); // ['mobilization', 'implementation', 'rectificationAndCommendation']
 * ```
 */
export interface ScheduleTemplate {
  /** A stable id. */
  readonly id: string;
  /** Its name, to show. */
  readonly label: LocalizedText;
  /** The plan it comes from. */
  readonly source: string;
  /** Its phases, in order. */
  readonly phases: readonly PhaseTemplate[];
}

/**
 * The three steps of the 南郊职业中学 plan of 2010 (the seeds' first plan): 广泛发动,安排部署 for a
 * month, 全面争创,扎实推进 for nine ("2010年7月—2011年3月"), 总结整改,评选表彰 for three
 * ("2011年4月—2011年6月"), with the 三项工作 of each. Started on 1 June 2010 it gives the plan's
 * dates, except that the plan lets its first step run to "7月5日前", into the second.
 *
 * @example
 * ```ts
 * import { isoDate, planSchedule, TEMPLATE_NANJIAO_2010 } from 'cxzy/schedule';
 * const { phases } = planSchedule(TEMPLATE_NANJIAO_2010, { start: isoDate('2010-06-01') });
 * phases.map((phase) => [phase.start, phase.end]); // [['2010-06-01', '2010-06-30'], ['2010-07-01', '2011-03-31'], ['2011-04-01', '2011-06-30']]
 * ```
 */
export const TEMPLATE_NANJIAO_2010 = {
  id: 'nanjiao-2010',
  label: { 'zh-CN': '三步走(南郊职业中学,2010)', en: 'Three steps (Nanjiao vocational school, 2010)' },
  source: '南郊职业中学党支部深入开展创先争优活动实施方案(2010年9月8日)',
  phases: [
    {
      id: 'mobilization',
      kind: 'mobilization',
      title: '广泛发动,安排部署',
      length: { months: 1 },
      tasks: [
        { id: 'mobilization-meeting', title: '召开专题动员大会,进行安排部署', due: { daysAfterStart: 3 } },
        { id: 'campaign-plan', title: '制定活动方案', due: { daysBeforeEnd: 0 } },
        { id: 'study', title: '组织学习', due: { daysBeforeEnd: 0 } },
      ],
    },
    {
      id: 'implementation',
      kind: 'implementation',
      title: '全面争创,扎实推进',
      length: { months: 9 },
      tasks: [
        { id: 'pledges', title: '申报承诺', due: { daysAfterStart: 30 } },
        { id: 'striving', title: '组织创争' },
        { id: 'appraisal', title: '组织评议', due: { daysBeforeEnd: 0 } },
      ],
    },
    {
      id: 'rectification-and-commendation',
      kind: 'rectificationAndCommendation',
      title: '总结整改,评选表彰',
      length: { months: 3 },
      tasks: [
        { id: 'summary', title: '用一个月的时间进行系统总结', due: { daysAfterStart: 29 } },
        { id: 'commendation', title: '评选表彰,向上推荐', due: { daysBeforeEnd: 0 } },
        { id: 'upgrading', title: '实施晋档升级', due: { daysBeforeEnd: 0 } },
      ],
    },
  ],
} as const satisfies ScheduleTemplate;

/**
 * The four steps of the 2010 plans that ran "to the eve of the 18th Party Congress" (the seeds'
 * 中学党支部 plan of 2010): 广泛发动,安排部署 ("2010年6月上旬", ten days), 全面争创,扎实推进
 * ("2010年6月中旬—2011年6月底", 13 calendar months), 对标定位,提档升级 ("2011年7月—2012年6月底",
 * 12) and 系统总结,完善机制 ("2012年7月—党的十八大召开前", anchored to the congress's opening).
 * The 2012 plan in the seeds copies it with the years miscopied; see {@link validateSchedule}.
 *
 * @example
 * ```ts
 * import { isoDate, planSchedule, TEMPLATE_FOUR_STEPS_2010 } from 'cxzy/schedule';
 * const { phases, issues } = planSchedule(TEMPLATE_FOUR_STEPS_2010, { start: isoDate('2010-06-01') });
 * phases.map((phase) => phase.end); // ['2010-06-10', '2011-06-30', '2012-06-30', '2012-11-07']
 * issues; // []
 * ```
 */
export const TEMPLATE_FOUR_STEPS_2010 = {
  id: 'four-steps-2010',
  label: { 'zh-CN': '四步走(迎接党的十八大,2010)', en: 'Four steps to the 18th Party Congress (2010)' },
  source: '中学党支部深入开展创先争优活动实施方案(2010)',
  phases: [
    {
      id: 'mobilization',
      kind: 'mobilization',
      title: '广泛发动,安排部署',
      length: { days: 10 },
      tasks: [
        { id: 'mobilization-meeting', title: '召开动员大会,进行安排部署', due: { daysBeforeEnd: 0 } },
        { id: 'campaign-plan', title: '制定方案', due: { daysBeforeEnd: 0 } },
        { id: 'study', title: '组织学习', due: { daysBeforeEnd: 0 } },
      ],
    },
    {
      id: 'implementation',
      kind: 'implementation',
      title: '全面争创,扎实推进',
      length: { months: 13 },
      tasks: [{ id: 'commendation', title: '七一前表彰奖励优秀共产党员', due: { daysBeforeEnd: 0 } }],
    },
    {
      id: 'benchmarking',
      kind: 'benchmarking',
      title: '对标定位,提档升级',
      length: { months: 12 },
      tasks: [
        { id: 'benchmarking', title: '抓好对标定位', due: { daysBeforeEnd: 0 } },
        { id: 'upgrading', title: '实施提档升级', due: { daysBeforeEnd: 0 } },
      ],
    },
    {
      id: 'summary',
      kind: 'summary',
      title: '系统总结,完善机制',
      length: { before: { congress: PARTY_CONGRESSES[2] } },
      tasks: [
        { id: 'show-results', title: '展示成果', due: { daysBeforeEnd: 0 } },
        { id: 'sum-up', title: '搞好总结', due: { daysBeforeEnd: 0 } },
        { id: 'review', title: '考核评议', due: { daysBeforeEnd: 0 } },
        { id: 'institutions', title: '完善机制', due: { daysBeforeEnd: 0 } },
      ],
    },
  ],
} as const satisfies ScheduleTemplate;

/**
 * The three stages of the education system's 功能党小组 campaign (the seeds' second plan, 2022–23):
 * 深入学习,宣传发动 ("4月—5月", two months), 组织实施 ("6月—2023年5月", twelve), and 总结
 * ("2023年6月", one), ending with the inspection by the region's education department.
 *
 * @example
 * ```ts
 * import { isoDate, planSchedule, TEMPLATE_FUNCTIONAL_GROUPS_2022 } from 'cxzy/schedule';
 * const { phases } = planSchedule(TEMPLATE_FUNCTIONAL_GROUPS_2022, { start: isoDate('2022-04-01') });
 * phases.map((phase) => phase.end); // ['2022-05-31', '2023-05-31', '2023-06-30']
 * ```
 */
export const TEMPLATE_FUNCTIONAL_GROUPS_2022 = {
  id: 'functional-groups-2022',
  label: { 'zh-CN': '功能党小组三阶段(2022)', en: 'Functional Party groups in three stages (2022)' },
  source: '教育系统建立“功能党小组”暨“创先争优”活动实施方案',
  phases: [
    {
      id: 'mobilization',
      kind: 'mobilization',
      title: '深入学习,宣传发动',
      length: { months: 2 },
      tasks: [
        { id: 'survey', title: '开展调查研究,摸透掌握情况', due: { daysAfterStart: 29 } },
        { id: 'targets', title: '制定、公布创先争优工作目标任务', due: { daysBeforeEnd: 0 } },
      ],
    },
    {
      id: 'implementation',
      kind: 'implementation',
      title: '组织实施',
      length: { months: 12 },
      tasks: [
        { id: 'form-groups', title: '组建功能党小组', due: { daysAfterStart: 29 } },
        { id: 'enrolment', title: '党员报名,支部审议决定', due: { daysAfterStart: 59 } },
        { id: 'commitments', title: '做出责任承诺', due: { daysAfterStart: 89 } },
      ],
    },
    {
      id: 'summary',
      kind: 'summary',
      title: '总结',
      length: { months: 1 },
      tasks: [{ id: 'inspection', title: '总结经验,迎接验收检查', due: { daysBeforeEnd: 0 } }],
    },
  ],
} as const satisfies ScheduleTemplate;

/**
 * Every template cxzy ships, from the seeds' plans.
 *
 * @example
 * ```ts
 * import { SCHEDULE_TEMPLATES } from 'cxzy/schedule';
 * SCHEDULE_TEMPLATES.map((template) => template.phases.length); // [3, 4, 3]
 * ```
 */
export const SCHEDULE_TEMPLATES = [
  TEMPLATE_NANJIAO_2010,
  TEMPLATE_FOUR_STEPS_2010,
  TEMPLATE_FUNCTIONAL_GROUPS_2022,
] as const satisfies readonly ScheduleTemplate[];
