import * as z from 'zod';
import type { SummarizeCampaignOptions } from '../../campaign/summarizeCampaign';
import type { CommendationRule, TitleRule } from '../../commendation/types';
import type { ParseResult } from '../../core/issue';
import type { RankOptions } from '../../core/rank';
import type { AddBallotsOptions } from '../../evaluation/accumulator/addBallots';
import type { AggregationPolicy, GroupRule, ScoreScale } from '../../evaluation/policy/types';
import type { MeetingRule, ShareThreshold, VerdictBand, VoteRule } from '../../evaluation/votes/types';
import type { RectifyUnqualifiedOptions } from '../../rectification/rectifyUnqualified';
import type { CorrectionPeriodRule } from '../../rectification/types';
import type { CadenceRule, MonthDay, Semester } from '../../schedule/cadence';
import type { CheckCadenceOptions } from '../../schedule/checkCadence';
import type { DeadlinesOptions } from '../../schedule/deadlines';
import type { NamedDay, PartyCongress } from '../../schedule/namedDays';
import type { DatePhraseOptions } from '../../schedule/parseDatePhrase';
import type { PlanScheduleOptions } from '../../schedule/planSchedule';
import type { PhaseTemplate, ScheduleTemplate, TaskTemplate } from '../../schedule/templates';
import type { ValidateScheduleOptions } from '../../schedule/validateSchedule';
import type { AssessMemberOptions } from '../../scoring/assessment/assessMember';
import type { AssessMembersOptions } from '../../scoring/assessment/assessMembers';
import type { ExplainAssessmentOptions } from '../../scoring/assessment/explainAssessment';
import type { OrganizationGradeRule } from '../../scoring/grading/types';
import type { LedgerOptions } from '../../scoring/ledgers/computeLedger';
import type { CarryOverRule, LedgerCategory, LedgerItem, LedgerRule, PointsCap } from '../../scoring/ledgers/types';
import type { ParseTierRuleOptions } from '../../scoring/tierRules/parseTierRule';
import type { ExcellentQuota, TierBand, TierBound, TierRule, VetoRule, VetoTrigger } from '../../scoring/tierRules/types';
import type { TierSet } from '../../scoring/tierSets/types';
import { safeParseWith } from '../parse';
import {
  CommendationRuleSchema,
  CorrectionPeriodRuleSchema,
  RectifyUnqualifiedOptionsSchema,
  SummarizeCampaignOptionsSchema,
  TitleRuleSchema,
} from './accountability';
import {
  AddBallotsOptionsSchema,
  AggregationPolicySchema,
  GroupRuleSchema,
  MeetingRuleSchema,
  RankOptionsSchema,
  ScoreScaleSchema,
  ShareThresholdSchema,
  VerdictBandSchema,
  VoteRuleSchema,
} from './evaluation';
import {
  CadenceRuleSchema,
  CadenceRulesSchema,
  CheckCadenceOptionsSchema,
  DatePhraseOptionsSchema,
  DeadlinesOptionsSchema,
  MinPhaseDaysSchema,
  MonthDaySchema,
  NamedDaySchema,
  PartyCongressSchema,
  PhaseTemplateSchema,
  PlanScheduleOptionsSchema,
  ScheduleTemplateSchema,
  SemesterSchema,
  TaskTemplateSchema,
  ValidateScheduleOptionsSchema,
} from './schedule';
import {
  AssessMemberOptionsSchema,
  AssessMembersOptionsSchema,
  CarryOverRuleSchema,
  ExcellentQuotaSchema,
  ExplainAssessmentOptionsSchema,
  LedgerCategorySchema,
  LedgerItemSchema,
  LedgerOptionsSchema,
  LedgerRuleSchema,
  OrganizationGradeRuleSchema,
  ParseTierRuleOptionsSchema,
  PointsCapSchema,
  TierBandSchema,
  TierBoundSchema,
  TierRuleSchema,
  TierSetSchema,
  VetoRuleSchema,
  VetoTriggerSchema,
} from './scoring';

/**
 * Each rule, policy and option object cxzy has a schema for, by name, with the type its parser
 * returns: the names of {@link parseRule}, of `jsonSchemas()` and of `cxzy schema <Name>`.
 * `RankOptions` is its data (`tieBreak` is a function an app passes in code); `MinPhaseDays` is
 * `ValidateScheduleOptions['minPhaseDays']`; `CadenceRules` is the list `checkCadence` takes.
 *
 * @example
 * ```ts
 * import type { RuleTypes } from 'cxzy/schema';
 * type Policy = RuleTypes['AggregationPolicy'];
 * const precision: Policy['precision'] = 2;
 * ```
 */
export interface RuleTypes {
  /** What `parseRule('TierRule', …)` returns: a rule of any tier set, so its codes are text. */
  TierRule: TierRule<string>;
  /** What `parseRule('TierSet', …)` returns. */
  TierSet: TierSet<string>;
  /** What `parseRule('TierBand', …)` returns. */
  TierBand: TierBand;
  /** What `parseRule('TierBound', …)` returns. */
  TierBound: TierBound;
  /** What `parseRule('VetoRule', …)` returns. */
  VetoRule: VetoRule;
  /** What `parseRule('VetoTrigger', …)` returns. */
  VetoTrigger: VetoTrigger;
  /** What `parseRule('ExcellentQuota', …)` returns. */
  ExcellentQuota: ExcellentQuota;
  /** What `parseRule('ParseTierRuleOptions', …)` returns. */
  ParseTierRuleOptions: ParseTierRuleOptions<string>;
  /** What `parseRule('AssessMemberOptions', …)` returns. */
  AssessMemberOptions: AssessMemberOptions;
  /** What `parseRule('AssessMembersOptions', …)` returns. */
  AssessMembersOptions: AssessMembersOptions;
  /** What `parseRule('ExplainAssessmentOptions', …)` returns. */
  ExplainAssessmentOptions: ExplainAssessmentOptions;
  /** What `parseRule('LedgerRule', …)` returns. */
  LedgerRule: LedgerRule;
  /** What `parseRule('LedgerCategory', …)` returns. */
  LedgerCategory: LedgerCategory;
  /** What `parseRule('LedgerItem', …)` returns. */
  LedgerItem: LedgerItem;
  /** What `parseRule('PointsCap', …)` returns. */
  PointsCap: PointsCap;
  /** What `parseRule('CarryOverRule', …)` returns. */
  CarryOverRule: CarryOverRule;
  /** What `parseRule('LedgerOptions', …)` returns. */
  LedgerOptions: LedgerOptions;
  /** What `parseRule('OrganizationGradeRule', …)` returns. */
  OrganizationGradeRule: OrganizationGradeRule;
  /** What `parseRule('AggregationPolicy', …)` returns. */
  AggregationPolicy: AggregationPolicy<string>;
  /** What `parseRule('GroupRule', …)` returns. */
  GroupRule: GroupRule;
  /** What `parseRule('ScoreScale', …)` returns. */
  ScoreScale: ScoreScale;
  /** What `parseRule('AddBallotsOptions', …)` returns. */
  AddBallotsOptions: AddBallotsOptions;
  /** What `parseRule('ShareThreshold', …)` returns. */
  ShareThreshold: ShareThreshold;
  /** What `parseRule('VerdictBand', …)` returns. */
  VerdictBand: VerdictBand;
  /** What `parseRule('VoteRule', …)` returns. */
  VoteRule: VoteRule;
  /** What `parseRule('MeetingRule', …)` returns. */
  MeetingRule: MeetingRule;
  /** What `parseRule('RankOptions', …)` returns. */
  RankOptions: Omit<RankOptions<unknown>, 'tieBreak'>;
  /** What `parseRule('CadenceRule', …)` returns. */
  CadenceRule: CadenceRule;
  /** What `parseRule('CadenceRules', …)` returns. */
  CadenceRules: readonly CadenceRule[];
  /** What `parseRule('MonthDay', …)` returns. */
  MonthDay: MonthDay;
  /** What `parseRule('Semester', …)` returns. */
  Semester: Semester;
  /** What `parseRule('CheckCadenceOptions', …)` returns. */
  CheckCadenceOptions: CheckCadenceOptions;
  /** What `parseRule('NamedDay', …)` returns. */
  NamedDay: NamedDay;
  /** What `parseRule('PartyCongress', …)` returns. */
  PartyCongress: PartyCongress;
  /** What `parseRule('DatePhraseOptions', …)` returns. */
  DatePhraseOptions: DatePhraseOptions;
  /** What `parseRule('TaskTemplate', …)` returns. */
  TaskTemplate: TaskTemplate;
  /** What `parseRule('PhaseTemplate', …)` returns. */
  PhaseTemplate: PhaseTemplate;
  /** What `parseRule('ScheduleTemplate', …)` returns. */
  ScheduleTemplate: ScheduleTemplate;
  /** What `parseRule('PlanScheduleOptions', …)` returns. */
  PlanScheduleOptions: PlanScheduleOptions;
  /** What `parseRule('MinPhaseDays', …)` returns. */
  MinPhaseDays: NonNullable<ValidateScheduleOptions['minPhaseDays']>;
  /** What `parseRule('ValidateScheduleOptions', …)` returns. */
  ValidateScheduleOptions: ValidateScheduleOptions;
  /** What `parseRule('DeadlinesOptions', …)` returns. */
  DeadlinesOptions: DeadlinesOptions;
  /** What `parseRule('TitleRule', …)` returns. */
  TitleRule: TitleRule;
  /** What `parseRule('CommendationRule', …)` returns. */
  CommendationRule: CommendationRule;
  /** What `parseRule('CorrectionPeriodRule', …)` returns. */
  CorrectionPeriodRule: CorrectionPeriodRule;
  /** What `parseRule('RectifyUnqualifiedOptions', …)` returns. */
  RectifyUnqualifiedOptions: RectifyUnqualifiedOptions;
  /** What `parseRule('SummarizeCampaignOptions', …)` returns. */
  SummarizeCampaignOptions: SummarizeCampaignOptions;
}

/**
 * The name of a rule, policy or option object: a key of {@link RuleTypes}.
 *
 * @example
 * ```ts
 * import type { RuleName } from 'cxzy/schema';
 * const name: RuleName = 'VoteRule';
 * ```
 */
export type RuleName = keyof RuleTypes;

/** The schema of each rule by name. Each schema's output is pinned to its type by test/schema/rules.test-d.ts. */
export const RULE_SCHEMAS = {
  TierRule: TierRuleSchema,
  TierSet: TierSetSchema,
  TierBand: TierBandSchema,
  TierBound: TierBoundSchema,
  VetoRule: VetoRuleSchema,
  VetoTrigger: VetoTriggerSchema,
  ExcellentQuota: ExcellentQuotaSchema,
  ParseTierRuleOptions: ParseTierRuleOptionsSchema,
  AssessMemberOptions: AssessMemberOptionsSchema,
  AssessMembersOptions: AssessMembersOptionsSchema,
  ExplainAssessmentOptions: ExplainAssessmentOptionsSchema,
  LedgerRule: LedgerRuleSchema,
  LedgerCategory: LedgerCategorySchema,
  LedgerItem: LedgerItemSchema,
  PointsCap: PointsCapSchema,
  CarryOverRule: CarryOverRuleSchema,
  LedgerOptions: LedgerOptionsSchema,
  OrganizationGradeRule: OrganizationGradeRuleSchema,
  AggregationPolicy: AggregationPolicySchema,
  GroupRule: GroupRuleSchema,
  ScoreScale: ScoreScaleSchema,
  AddBallotsOptions: AddBallotsOptionsSchema,
  ShareThreshold: ShareThresholdSchema,
  VerdictBand: VerdictBandSchema,
  VoteRule: VoteRuleSchema,
  MeetingRule: MeetingRuleSchema,
  RankOptions: RankOptionsSchema,
  CadenceRule: CadenceRuleSchema,
  CadenceRules: CadenceRulesSchema,
  MonthDay: MonthDaySchema,
  Semester: SemesterSchema,
  CheckCadenceOptions: CheckCadenceOptionsSchema,
  NamedDay: NamedDaySchema,
  PartyCongress: PartyCongressSchema,
  DatePhraseOptions: DatePhraseOptionsSchema,
  TaskTemplate: TaskTemplateSchema,
  PhaseTemplate: PhaseTemplateSchema,
  ScheduleTemplate: ScheduleTemplateSchema,
  PlanScheduleOptions: PlanScheduleOptionsSchema,
  MinPhaseDays: MinPhaseDaysSchema,
  ValidateScheduleOptions: ValidateScheduleOptionsSchema,
  DeadlinesOptions: DeadlinesOptionsSchema,
  TitleRule: TitleRuleSchema,
  CommendationRule: CommendationRuleSchema,
  CorrectionPeriodRule: CorrectionPeriodRuleSchema,
  RectifyUnqualifiedOptions: RectifyUnqualifiedOptionsSchema,
  SummarizeCampaignOptions: SummarizeCampaignOptionsSchema,
} as const satisfies { readonly [Name in RuleName]: z.ZodType<RuleTypes[Name]> };

const RULE_NAME_SCHEMA = z.enum(Object.keys(RULE_SCHEMAS) as [RuleName, ...RuleName[]]);

/**
 * Checks any rule, policy or option object by its name: what `parseAggregationPolicy` and the other
 * `parse*` of `cxzy/schema` do, for an app that keeps several kinds of rule in one table and knows
 * each row's kind by name. Never throws; an unknown name is reported as an issue.
 *
 * @param name - the rule's name, as {@link RuleTypes} lists them (`'VoteRule'`).
 * @param input - anything, usually JSON an app stored.
 * @returns the rule, unchanged, or every issue with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseRule } from 'cxzy/schema';
 * const stored = JSON.parse('{"quota":2,"title":"excellentMember","probationary":"ineligible","openRectification":"ineligible","weights":{"performance":50,"recognition":"50"}}');
 * const result = parseRule('TitleRule', stored);
 * result.success ? [] : result.issues.map((issue) => issue.path); // [['weights', 'recognition']]
 * ```
 */
export function parseRule<Name extends RuleName>(name: Name, input: unknown): ParseResult<RuleTypes[Name]> {
  const known = safeParseWith(RULE_NAME_SCHEMA, name);
  if (!known.success) return { success: false, issues: known.issues.map((issue) => ({ ...issue, path: ['name', ...issue.path] })) };
  const schema: z.ZodType = RULE_SCHEMAS[known.data];
  return safeParseWith(schema, input) as ParseResult<RuleTypes[Name]>;
}
