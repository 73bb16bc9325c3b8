import type { ParseResult } from '../../core/issue';
import { safeParseWith } from '../parse';
import {
  CommendationRuleSchema,
  CorrectionPeriodRuleSchema,
  RectifyUnqualifiedOptionsSchema,
  SummarizeCampaignOptionsSchema,
} from './accountability';
import {
  AddBallotsOptionsSchema,
  AggregationPolicySchema,
  GroupRuleSchema,
  MeetingRuleSchema,
  RankOptionsSchema,
  ScoreScaleSchema,
  VoteRuleSchema,
} from './evaluation';
import {
  CadenceRulesSchema,
  CheckCadenceOptionsSchema,
  DatePhraseOptionsSchema,
  DeadlinesOptionsSchema,
  PlanScheduleOptionsSchema,
  ScheduleTemplateSchema,
  ValidateScheduleOptionsSchema,
} from './schedule';
import {
  AssessMemberOptionsSchema,
  AssessMembersOptionsSchema,
  CarryOverRuleSchema,
  ExcellentQuotaSchema,
  ExplainAssessmentOptionsSchema,
  LedgerOptionsSchema,
  LedgerRuleSchema,
  OrganizationGradeRuleSchema,
  ParseTierRuleOptionsSchema,
  PointsCapSchema,
  TierRuleSchema,
  TierSetSchema,
  VetoRuleSchema,
} from './scoring';
import type { RuleTypes } from './registry';

// One parser per rule, policy and option object, each with its own schema only, so that an app
// importing one parser does not load the others' schemas (`parseRule` loads them all).

/**
 * Checks a tier rule written as data (the object form an app stores as JSON): its bands, overlap,
 * vetoes and quota, each field's kind and bounds. Not to be confused with `parseTierRule` of
 * `cxzy/scoring`, which reads a rule from its sentence ("100分以上为优秀;80—100分为合格……"). Whether the
 * bands cover every score is `checkTierRule`'s to report.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { parseTierRuleData } from 'cxzy/schema';
 * const stored = JSON.parse(JSON.stringify(MEMBER_TIERS_TONGMIN_2015));
 * parseTierRuleData(stored).success; // true
 * const bad = parseTierRuleData({ ...stored, overlap: 'higher' });
 * bad.success ? [] : bad.issues.map((issue) => issue.path); // [['overlap']]
 * ```
 */
export function parseTierRuleData(input: unknown): ParseResult<RuleTypes['TierRule']> {
  return safeParseWith(TierRuleSchema, input);
}

/**
 * Checks a tier set (the tiers a rule grades into, their names and their mapping onto the four
 * 民主评议 tiers) from untrusted input. Whether the mapping keeps the set's order and the zh-CN names
 * are distinct is `checkTierSet`'s to report.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { TIER_SET_FIVE_GRADES } from 'cxzy/scoring';
 * import { parseTierSet } from 'cxzy/schema';
 * parseTierSet(JSON.parse(JSON.stringify(TIER_SET_FIVE_GRADES))).success; // true
 * const bad = parseTierSet({ ...TIER_SET_FIVE_GRADES, memberTiers: { ...TIER_SET_FIVE_GRADES.memberTiers, fair: 'average' } });
 * bad.success ? [] : bad.issues.map((issue) => issue.path); // [['memberTiers', 'fair']]
 * ```
 */
export function parseTierSet(input: unknown): ParseResult<RuleTypes['TierSet']> {
  return safeParseWith(TierSetSchema, input);
}

/**
 * Checks a veto (一票否决) from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseVetoRule } from 'cxzy/schema';
 * parseVetoRule({ id: 'v', label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'qualified' }).success; // true
 * ```
 */
export function parseVetoRule(input: unknown): ParseResult<RuleTypes['VetoRule']> {
  return safeParseWith(VetoRuleSchema, input);
}

/**
 * Checks a cap on the share of 优秀 from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseExcellentQuota } from 'cxzy/schema';
 * parseExcellentQuota({ share: { numerator: 1, denominator: 0 }, of: 'allMembers', tieBreak: 'memberId' }).success; // false
 * ```
 */
export function parseExcellentQuota(input: unknown): ParseResult<RuleTypes['ExcellentQuota']> {
  return safeParseWith(ExcellentQuotaSchema, input);
}

/**
 * Checks the options of `parseTierRule` (`ParseTierRuleOptions`) from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseTierRuleOptions } from 'cxzy/schema';
 * parseTierRuleOptions({ overlap: 'lowerTier' }).success; // true
 * ```
 */
export function parseTierRuleOptions(input: unknown): ParseResult<RuleTypes['ParseTierRuleOptions']> {
  return safeParseWith(ParseTierRuleOptionsSchema, input);
}

/**
 * Checks the options of `assessMember` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseAssessMemberOptions } from 'cxzy/schema';
 * parseAssessMemberOptions({ missingEntry: 'error' }).success; // true
 * ```
 */
export function parseAssessMemberOptions(input: unknown): ParseResult<RuleTypes['AssessMemberOptions']> {
  return safeParseWith(AssessMemberOptionsSchema, input);
}

/**
 * Checks the options of `assessMembers` from untrusted input: `excellentQuota` a quota or `false`.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseAssessMembersOptions } from 'cxzy/schema';
 * parseAssessMembersOptions({ excellentQuota: 'none' }).success; // false
 * ```
 */
export function parseAssessMembersOptions(input: unknown): ParseResult<RuleTypes['AssessMembersOptions']> {
  return safeParseWith(AssessMembersOptionsSchema, input);
}

/**
 * Checks the options of `explainAssessment` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseExplainAssessmentOptions } from 'cxzy/schema';
 * parseExplainAssessmentOptions({ sheets: [] }).success; // true
 * ```
 */
export function parseExplainAssessmentOptions(input: unknown): ParseResult<RuleTypes['ExplainAssessmentOptions']> {
  return safeParseWith(ExplainAssessmentOptionsSchema, input);
}

/**
 * Checks a points-ledger rule (党员积分制) from untrusted input: numbers with at most two decimals, caps
 * not negative, category and item ids unique.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { POINTS_LEDGER_EXAMPLE } from 'cxzy/scoring';
 * import { parseLedgerRule } from 'cxzy/schema';
 * parseLedgerRule(POINTS_LEDGER_EXAMPLE).success; // true
 * const bad = parseLedgerRule({ ...POINTS_LEDGER_EXAMPLE, baseScore: '60' });
 * bad.success ? [] : bad.issues.map((issue) => issue.path); // [['baseScore']]
 * ```
 */
export function parseLedgerRule(input: unknown): ParseResult<RuleTypes['LedgerRule']> {
  return safeParseWith(LedgerRuleSchema, input);
}

/**
 * Checks a points cap from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parsePointsCap } from 'cxzy/schema';
 * parsePointsCap({ points: 4, per: 'month' }).success; // true
 * ```
 */
export function parsePointsCap(input: unknown): ParseResult<RuleTypes['PointsCap']> {
  return safeParseWith(PointsCapSchema, input);
}

/**
 * Checks a carry-over rule from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseCarryOverRule } from 'cxzy/schema';
 * parseCarryOverRule({ share: { numerator: 1, denominator: 10 } }).success; // true
 * ```
 */
export function parseCarryOverRule(input: unknown): ParseResult<RuleTypes['CarryOverRule']> {
  return safeParseWith(CarryOverRuleSchema, input);
}

/**
 * Checks the options of `computeLedger` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseLedgerOptions } from 'cxzy/schema';
 * parseLedgerOptions({ transferredIn: { on: '2015-07-01', branchAverage: 72.5 } }).success; // true
 * ```
 */
export function parseLedgerOptions(input: unknown): ParseResult<RuleTypes['LedgerOptions']> {
  return safeParseWith(LedgerOptionsSchema, input);
}

/**
 * Checks an organization grading rule (五星级, 晋档升级) from untrusted input: criterion codes unique.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_GRADES_FIVE_GOODS } from 'cxzy/scoring';
 * import { parseOrganizationGradeRule } from 'cxzy/schema';
 * parseOrganizationGradeRule(ORGANIZATION_GRADES_FIVE_GOODS).success; // true
 * ```
 */
export function parseOrganizationGradeRule(input: unknown): ParseResult<RuleTypes['OrganizationGradeRule']> {
  return safeParseWith(OrganizationGradeRuleSchema, input);
}

/**
 * Checks an aggregation policy from untrusted input: each group's weight (at most four decimals),
 * method and counts, the treatments, `excludeSelfFromPeer` a boolean (the text `"false"` is not),
 * the precision (0 to 4) and the scale. That the weights do not all come to zero is
 * `aggregateEvaluations`' to report.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * import { parseAggregationPolicy } from 'cxzy/schema';
 * parseAggregationPolicy(SCHOOL_FOUR_SIDED_EVALUATION).success; // true
 * const bad = parseAggregationPolicy({ ...SCHOOL_FOUR_SIDED_EVALUATION, precision: '2', scale: undefined });
 * bad.success ? [] : bad.issues.map((issue) => issue.path); // [['precision'], ['scale']]
 * ```
 */
export function parseAggregationPolicy(input: unknown): ParseResult<RuleTypes['AggregationPolicy']> {
  return safeParseWith(AggregationPolicySchema, input);
}

/**
 * Checks one group's rule of an aggregation policy from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseGroupRule } from 'cxzy/schema';
 * parseGroupRule({ weight: 0.25, method: 'median', minBallots: 5 }).success; // true
 * ```
 */
export function parseGroupRule(input: unknown): ParseResult<RuleTypes['GroupRule']> {
  return safeParseWith(GroupRuleSchema, input);
}

/**
 * Checks a score scale from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseScoreScale } from 'cxzy/schema';
 * parseScoreScale({ min: 0, max: 100 }).success; // true
 * ```
 */
export function parseScoreScale(input: unknown): ParseResult<RuleTypes['ScoreScale']> {
  return safeParseWith(ScoreScaleSchema, input);
}

/**
 * Checks the options of `addBallots` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseAddBallotsOptions } from 'cxzy/schema';
 * parseAddBallotsOptions({ firstIndex: 1.5 }).success; // false
 * ```
 */
export function parseAddBallotsOptions(input: unknown): ParseResult<RuleTypes['AddBallotsOptions']> {
  return safeParseWith(AddBallotsOptionsSchema, input);
}

/**
 * Checks a vote rule (满意度测评, 民主评议) from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE } from 'cxzy/evaluation';
 * import { parseVoteRule } from 'cxzy/schema';
 * parseVoteRule(SATISFACTION_SURVEY_RULE).success; // true
 * ```
 */
export function parseVoteRule(input: unknown): ParseResult<RuleTypes['VoteRule']> {
  return safeParseWith(VoteRuleSchema, input);
}

/**
 * Checks a meeting's voting rule (党员大会) from untrusted input. Whether each share lies from 0/1 to
 * 1/1 is `checkQuorum`'s to report.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * import { parseMeetingRule } from 'cxzy/schema';
 * parseMeetingRule(PARTY_MEMBERS_MEETING_RULE).success; // true
 * ```
 */
export function parseMeetingRule(input: unknown): ParseResult<RuleTypes['MeetingRule']> {
  return safeParseWith(MeetingRuleSchema, input);
}

/**
 * Checks the data of `rank`'s options from untrusted input; `tieBreak`, a function, is added in
 * code.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseRankOptions } from 'cxzy/schema';
 * parseRankOptions({ dense: 'yes' }).success; // false
 * ```
 */
export function parseRankOptions(input: unknown): ParseResult<RuleTypes['RankOptions']> {
  return safeParseWith(RankOptionsSchema, input);
}

/**
 * Checks a list of cadence rules (三会一课, 主题党日 …) from untrusted input: each rule's shape, and ids
 * unique.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { DEFAULT_CADENCE_RULES } from 'cxzy/schedule';
 * import { parseCadenceRules } from 'cxzy/schema';
 * parseCadenceRules(DEFAULT_CADENCE_RULES).success; // true
 * ```
 */
export function parseCadenceRules(input: unknown): ParseResult<RuleTypes['CadenceRules']> {
  return safeParseWith(CadenceRulesSchema, input);
}

/**
 * Checks the options of `checkCadence` from untrusted input: the semesters and what a partly
 * covered period requires.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { DEFAULT_CHECK_CADENCE_OPTIONS } from 'cxzy/schedule';
 * import { parseCheckCadenceOptions } from 'cxzy/schema';
 * parseCheckCadenceOptions(DEFAULT_CHECK_CADENCE_OPTIONS).success; // true
 * ```
 */
export function parseCheckCadenceOptions(input: unknown): ParseResult<RuleTypes['CheckCadenceOptions']> {
  return safeParseWith(CheckCadenceOptionsSchema, input);
}

/**
 * Checks the options of `parseDatePhrase` from untrusted input: a year from 0 to 9999, the named
 * days and congresses.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseDatePhraseOptions } from 'cxzy/schema';
 * parseDatePhraseOptions({ year: 2021.5 }).success; // false
 * ```
 */
export function parseDatePhraseOptions(input: unknown): ParseResult<RuleTypes['DatePhraseOptions']> {
  return safeParseWith(DatePhraseOptionsSchema, input);
}

/**
 * Checks a schedule template from untrusted input: phase lengths and task due days, phase ids and
 * each phase's task ids unique.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { TEMPLATE_FOUR_STEPS_2010 } from 'cxzy/schedule';
 * import { parseScheduleTemplate } from 'cxzy/schema';
 * parseScheduleTemplate(TEMPLATE_FOUR_STEPS_2010).success; // true
 * ```
 */
export function parseScheduleTemplate(input: unknown): ParseResult<RuleTypes['ScheduleTemplate']> {
  return safeParseWith(ScheduleTemplateSchema, input);
}

/**
 * Checks the options of `planSchedule` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parsePlanScheduleOptions } from 'cxzy/schema';
 * parsePlanScheduleOptions({ start: '2010-06-31' }).success; // false
 * ```
 */
export function parsePlanScheduleOptions(input: unknown): ParseResult<RuleTypes['PlanScheduleOptions']> {
  return safeParseWith(PlanScheduleOptionsSchema, input);
}

/**
 * Checks the options of `validateSchedule` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseValidateScheduleOptions } from 'cxzy/schema';
 * parseValidateScheduleOptions({ minPhaseDays: { implementation: 60 } }).success; // true
 * ```
 */
export function parseValidateScheduleOptions(input: unknown): ParseResult<RuleTypes['ValidateScheduleOptions']> {
  return safeParseWith(ValidateScheduleOptionsSchema, input);
}

/**
 * Checks the options of `deadlines` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseDeadlinesOptions } from 'cxzy/schema';
 * parseDeadlinesOptions({ withinDays: -1 }).success; // false
 * ```
 */
export function parseDeadlinesOptions(input: unknown): ParseResult<RuleTypes['DeadlinesOptions']> {
  return safeParseWith(DeadlinesOptionsSchema, input);
}

/**
 * Checks a 评选表彰 rule from untrusted input: each title's quota and weights (whole percentages), who
 * may stand, the tie-break.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { DEFAULT_COMMENDATION_RULE } from 'cxzy/commendation';
 * import { parseCommendationRule } from 'cxzy/schema';
 * parseCommendationRule(DEFAULT_COMMENDATION_RULE).success; // true
 * ```
 */
export function parseCommendationRule(input: unknown): ParseResult<RuleTypes['CommendationRule']> {
  return safeParseWith(CommendationRuleSchema, input);
}

/**
 * Checks a 限期改正 period rule from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { LIMITED_CORRECTION_PERIOD } from 'cxzy/rectification';
 * import { parseCorrectionPeriodRule } from 'cxzy/schema';
 * parseCorrectionPeriodRule(LIMITED_CORRECTION_PERIOD).success; // true
 * ```
 */
export function parseCorrectionPeriodRule(input: unknown): ParseResult<RuleTypes['CorrectionPeriodRule']> {
  return safeParseWith(CorrectionPeriodRuleSchema, input);
}

/**
 * Checks the options of `rectifyUnqualified` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseRectifyUnqualifiedOptions } from 'cxzy/schema';
 * parseRectifyUnqualifiedOptions({ months: 6, locale: 'en' }).success; // true
 * ```
 */
export function parseRectifyUnqualifiedOptions(input: unknown): ParseResult<RuleTypes['RectifyUnqualifiedOptions']> {
  return safeParseWith(RectifyUnqualifiedOptionsSchema, input);
}

/**
 * Checks the options of `summarizeCampaign` from untrusted input.
 *
 * @param input - anything, usually JSON an app stored.
 * @returns the data unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseSummarizeCampaignOptions } from 'cxzy/schema';
 * parseSummarizeCampaignOptions({ deadlines: { withinDays: 30 } }).success; // true
 * ```
 */
export function parseSummarizeCampaignOptions(input: unknown): ParseResult<RuleTypes['SummarizeCampaignOptions']> {
  return safeParseWith(SummarizeCampaignOptionsSchema, input);
}
