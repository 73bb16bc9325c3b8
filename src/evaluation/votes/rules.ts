import type { MeetingRule, VoteRule } from './types';

/**
 * A satisfaction survey (群众满意度测评): ballots say 满意, 基本满意 or 不满意; 满意率 = (满意 +
 * 基本满意) ÷ valid ballots. Recommendation: 满意 from 90%, 基本满意 from 70%, otherwise 不满意
 * — a common local practice, not a national rule; write your plan's thresholds instead.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE } from 'cxzy/evaluation';
 * SATISFACTION_SURVEY_RULE.bands[0]?.threshold.share; // { numerator: 9, denominator: 10 }
 * ```
 */
export const SATISFACTION_SURVEY_RULE = {
  grades: ['satisfied', 'basicallySatisfied', 'dissatisfied'],
  satisfiedGrades: ['satisfied', 'basicallySatisfied'],
  bands: [
    {
      verdict: 'satisfied',
      label: { 'zh-CN': '满意', en: 'Satisfied' },
      grades: ['satisfied', 'basicallySatisfied'],
      threshold: { share: { numerator: 9, denominator: 10 }, inclusive: true },
    },
    {
      verdict: 'basicallySatisfied',
      label: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
      grades: ['satisfied', 'basicallySatisfied'],
      threshold: { share: { numerator: 7, denominator: 10 }, inclusive: true },
    },
  ],
  fallback: { verdict: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' } },
  precision: 4,
} as const satisfies VoteRule;

/**
 * A 民主评议党员 vote on tiers: a recommendation of 不合格 when more than a third of valid ballots
 * say 不合格, of 优秀 when more than half say 优秀, otherwise 合格. The thresholds are an example
 * of how local rules are written; the branch decides the tier (see `decideTier` in
 * `cxzy/scoring`).
 *
 * @example
 * ```ts
 * import { DEMOCRATIC_APPRAISAL_VOTE_RULE } from 'cxzy/evaluation';
 * DEMOCRATIC_APPRAISAL_VOTE_RULE.bands.map((band) => band.verdict); // ['unqualified', 'excellent']
 * ```
 */
export const DEMOCRATIC_APPRAISAL_VOTE_RULE = {
  grades: ['excellent', 'qualified', 'basicallyQualified', 'unqualified'],
  satisfiedGrades: [],
  bands: [
    {
      verdict: 'unqualified',
      label: { 'zh-CN': '不合格', en: 'Unqualified' },
      grades: ['unqualified'],
      threshold: { share: { numerator: 1, denominator: 3 }, inclusive: false },
    },
    {
      verdict: 'excellent',
      label: { 'zh-CN': '优秀', en: 'Excellent' },
      grades: ['excellent'],
      threshold: { share: { numerator: 1, denominator: 2 }, inclusive: false },
    },
  ],
  fallback: { verdict: 'qualified', label: { 'zh-CN': '合格', en: 'Qualified' } },
  precision: 4,
} as const satisfies VoteRule;

/**
 * A 支部党员大会's voting rule (《中国共产党支部工作条例(试行)》): the meeting needs more than half
 * of the members entitled to vote present, and a motion passes with more than half of those who
 * should attend (应到会) voting in favour — not merely of those present.
 *
 * @example
 * ```ts
 * import { PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * PARTY_MEMBERS_MEETING_RULE.quorum.inclusive; // false: 超过半数
 * ```
 */
export const PARTY_MEMBERS_MEETING_RULE = {
  quorum: { share: { numerator: 1, denominator: 2 }, inclusive: false },
  passing: { base: 'entitled', share: { numerator: 1, denominator: 2 }, inclusive: false },
} as const satisfies MeetingRule;
