import type { LocalizedText } from '../core/locale';
import type { IsoDate } from '../core/isoDate';

/**
 * The span a recurring duty is counted over: a calendar month, quarter, half year (January–June,
 * July–December) or year, or a school semester as the {@link Semester} list defines it.
 *
 * @example
 * ```ts
 * import type { CadenceUnit } from 'cxzy/schedule';
 * const unit: CadenceUnit = 'semester';
 * ```
 */
export type CadenceUnit = 'month' | 'quarter' | 'halfYear' | 'semester' | 'year';

/**
 * A recurring duty: events of `kind` at least `atLeast` times `every` unit.
 *
 * @example
 * ```ts
 * import type { CadenceRule } from 'cxzy/schedule';
 * const rule: CadenceRule = {
 *   id: 'jointMeeting',
 *   kind: 'jointMeeting',
 *   label: { 'zh-CN': '联席会议', en: 'Joint meeting' },
 *   every: 'month',
 *   atLeast: 2,
 *   source: '党群共建创先争优联席会议制度:联席会议每月不少于2次',
 * };
 * ```
 */
export interface CadenceRule {
  /** A stable id, unique among the rules. */
  readonly id: string;
  /** The kind of event it counts (see {@link CadenceEvent}). */
  readonly kind: string;
  /** The duty's name, to show. */
  readonly label: LocalizedText;
  /** The span counted over. */
  readonly every: CadenceUnit;
  /** The fewest events each span needs: a positive whole number, at most 10,000. */
  readonly atLeast: number;
  /** Where the rule comes from. */
  readonly source: string;
}

/**
 * Something that happened on a day and counts towards a duty: a meeting, a lecture, a review.
 *
 * @example
 * ```ts
 * import { isoDate, type CadenceEvent } from 'cxzy/schedule';
 * const event: CadenceEvent = { kind: 'branchCommitteeMeeting', date: isoDate('2021-03-05') };
 * ```
 */
export interface CadenceEvent {
  /** The kind of event; rules count events of their `kind`. */
  readonly kind: string;
  /** The day it took place. */
  readonly date: IsoDate;
  /** An id from the application's records, if any. */
  readonly id?: string;
}

/**
 * A month and day that recur every year.
 *
 * @example
 * ```ts
 * import type { MonthDay } from 'cxzy/schedule';
 * const autumnStart: MonthDay = { month: 9, day: 1 };
 * ```
 */
export interface MonthDay {
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
}

/**
 * A school semester, by the month and day it starts and ends each year; `end` before `start` means
 * it ends in the next calendar year (autumn: 1 September to 31 January).
 *
 * @example
 * ```ts
 * import type { Semester } from 'cxzy/schedule';
 * const spring: Semester = {
 *   id: 'spring',
 *   label: { 'zh-CN': '春季学期', en: 'Spring semester' },
 *   start: { month: 2, day: 15 },
 *   end: { month: 7, day: 15 },
 * };
 * ```
 */
export interface Semester {
  /** A stable id, unique among the semesters. */
  readonly id: string;
  /** Its name, to show. */
  readonly label: LocalizedText;
  /** Its first day each year. */
  readonly start: MonthDay;
  /** Its last day, in the same year or the next. */
  readonly end: MonthDay;
}

/**
 * The school year as a Chinese school keeps it: 第一学期 (autumn) from 1 September to 31 January,
 * 第二学期 (spring) from 1 February to 31 August. The two cover the whole year, holidays included,
 * so every event falls in a semester; a school with other dates passes its own list.
 *
 * @example
 * ```ts
 * import { DEFAULT_SEMESTERS } from 'cxzy/schedule';
 * DEFAULT_SEMESTERS.map((semester) => semester.id); // ['spring', 'autumn']
 * ```
 */
export const DEFAULT_SEMESTERS = [
  {
    id: 'spring',
    label: { 'zh-CN': '春季学期', en: 'Spring semester' },
    start: { month: 2, day: 1 },
    end: { month: 8, day: 31 },
  },
  {
    id: 'autumn',
    label: { 'zh-CN': '秋季学期', en: 'Autumn semester' },
    start: { month: 9, day: 1 },
    end: { month: 1, day: 31 },
  },
] as const satisfies readonly Semester[];

const CHARTER_2018 = '《中国共产党支部工作条例(试行)》(2018)第十九条';

/**
 * The recurring duties of a school Party branch, as data:
 *
 * - 三会一课 (《中国共产党支部工作条例(试行)》第十九条): 支部党员大会 at least once a quarter,
 *   支部委员会会议 and 党小组会 once a month, 党课 at least once a year;
 * - 主题党日 once a month; 组织生活会 and 民主评议党员 once a year (same article);
 * - 联席会议 at least twice a month (the seeds' 党群共建创先争优联席会议制度: "每月不少于2次");
 * - 党员互评 and 领导点评 every half year (the seeds' 为民服务创先争优 plan: "每半年组织党员之间
 *   互评一次,每半年领导干部对基层党组织、党员点评一次");
 * - 家长会 at least once a semester (the seeds' 镇中心学校 plan: "每学期至少要召开一次家长会").
 *
 * @example
 * ```ts
 * import { DEFAULT_CADENCE_RULES } from 'cxzy/schedule';
 * DEFAULT_CADENCE_RULES.find((rule) => rule.id === 'jointMeeting')?.atLeast; // 2
 * ```
 */
export const DEFAULT_CADENCE_RULES = [
  {
    id: 'branchGeneralMeeting',
    kind: 'branchGeneralMeeting',
    label: { 'zh-CN': '支部党员大会', en: 'General meeting of the branch' },
    every: 'quarter',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'branchCommitteeMeeting',
    kind: 'branchCommitteeMeeting',
    label: { 'zh-CN': '支部委员会会议', en: 'Branch committee meeting' },
    every: 'month',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'partyGroupMeeting',
    kind: 'partyGroupMeeting',
    label: { 'zh-CN': '党小组会', en: 'Party group meeting' },
    every: 'month',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'partyLecture',
    kind: 'partyLecture',
    label: { 'zh-CN': '党课', en: 'Party lecture' },
    every: 'year',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'themedPartyDay',
    kind: 'themedPartyDay',
    label: { 'zh-CN': '主题党日', en: 'Themed Party day' },
    every: 'month',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'organizationalLifeMeeting',
    kind: 'organizationalLifeMeeting',
    label: { 'zh-CN': '组织生活会', en: 'Organizational life meeting' },
    every: 'year',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'democraticAppraisal',
    kind: 'democraticAppraisal',
    label: { 'zh-CN': '民主评议党员', en: 'Democratic appraisal of members' },
    every: 'year',
    atLeast: 1,
    source: CHARTER_2018,
  },
  {
    id: 'jointMeeting',
    kind: 'jointMeeting',
    label: { 'zh-CN': '联席会议', en: 'Joint meeting' },
    every: 'month',
    atLeast: 2,
    source: '党群共建创先争优联席会议制度:联席会议每月不少于2次',
  },
  {
    id: 'peerReview',
    kind: 'peerReview',
    label: { 'zh-CN': '党员互评', en: 'Peer review among members' },
    every: 'halfYear',
    atLeast: 1,
    source: '“为民服务创先争优”活动实施方案:每半年组织党员之间互评一次',
  },
  {
    id: 'leadershipReview',
    kind: 'leadershipReview',
    label: { 'zh-CN': '领导点评', en: 'Review by the leadership' },
    every: 'halfYear',
    atLeast: 1,
    source: '“为民服务创先争优”活动实施方案:每半年领导干部对基层党组织、党员点评一次',
  },
  {
    id: 'parentMeeting',
    kind: 'parentMeeting',
    label: { 'zh-CN': '家长会', en: 'Parents’ meeting' },
    every: 'semester',
    atLeast: 1,
    source: '镇中心学校创先争优活动实施方案:每学期至少要召开一次家长会',
  },
] as const satisfies readonly CadenceRule[];

/**
 * What a period the check period covers only in part requires, when the check starts or ends
 * inside a month, quarter, semester or year:
 *
 * - `'prorate'` (the default): the share of the period's days covered times `atLeast`, rounded
 *   half up. A campaign starting on 1 June owes its yearly 党课 for 214 of 365 days (0.59 → 1),
 *   but no 支部党员大会 for the 30 days of the second quarter it sees (0.33 → 0).
 * - `'full'`: the whole `atLeast`, however few days are covered.
 * - `'exempt'`: nothing; a partial period is counted but never short.
 *
 * @example
 * ```ts
 * import type { PartialPeriodPolicy } from 'cxzy/schedule';
 * const policy: PartialPeriodPolicy = 'prorate';
 * ```
 */
export type PartialPeriodPolicy = 'prorate' | 'full' | 'exempt';

/**
 * One period of one rule in {@link checkCadence}'s report: its days, what it required, and what
 * happened.
 *
 * @example
 * ```ts
 * import type { CadencePeriod } from 'cxzy/schedule';
 * const short = (period: CadencePeriod) => period.shortfall > 0;
 * ```
 */
export interface CadencePeriod {
  /** A stable id: `2010-07`, `2010-Q3`, `2010-H2`, `2010-autumn`, `2010`. */
  readonly id: string;
  /** Its name, to show ("2010年第三季度"). */
  readonly label: LocalizedText;
  /** The first day counted: the period's, or the check's when it starts later. */
  readonly start: IsoDate;
  /** The last day counted. */
  readonly end: IsoDate;
  /** Whether the check covers only part of the period. */
  readonly partial: boolean;
  /** The days counted. */
  readonly days: number;
  /** The days of the whole period. */
  readonly periodDays: number;
  /** How many events the period required, after {@link PartialPeriodPolicy}. */
  readonly required: number;
  /** How many took place. */
  readonly count: number;
  /** How many were missing: `required − count`, or 0. */
  readonly shortfall: number;
  /** The indices, in `events`, of the events counted here. */
  readonly eventIndices: readonly number[];
}

/**
 * How one rule was kept over the checked period.
 *
 * @example
 * ```ts
 * import type { RuleCompliance } from 'cxzy/schedule';
 * const summary = (compliance: RuleCompliance) => `${compliance.rule.label['zh-CN']}: ${compliance.met}`;
 * ```
 */
export interface RuleCompliance {
  /** The rule. */
  readonly rule: CadenceRule;
  /** Each period the check covers, in order. */
  readonly periods: readonly CadencePeriod[];
  /** The events of the rule's kind inside the checked period. */
  readonly count: number;
  /** Events of the rule's kind inside the checked period but in no period (a gap between semesters). */
  readonly uncounted: readonly number[];
  /** Whether no period fell short. */
  readonly met: boolean;
}
