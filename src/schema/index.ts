/**
 * zod schemas for every entity and for every rule, policy and option object, `parse*` functions
 * that never throw, and JSON Schemas for non-TypeScript consumers. This is the only entry point
 * that loads zod (a peer dependency).
 *
 * @packageDocumentation
 */
export { SCHEMA_MESSAGES, type SchemaIssueCode } from './messages';
export { ID_MAX_LENGTH, IdSchema, IsoDateSchema, LocalizedTextSchema, TEXT_MAX_LENGTH } from './primitives';
export {
  FunctionalGroupSchema,
  LeadingGroupSchema,
  MassOrganizationSchema,
  MemberSchema,
  PartyOrganizationSchema,
} from './organization';
export {
  ActivitySchema,
  CampaignSchema,
  CriterionSchema,
  DateRangeSchema,
  PhaseSchema,
  StandardSetSchema,
  TaskSchema,
} from './campaign';
export { CandidateSchema, CommitmentSchema, RectificationItemSchema } from './accountability';
export { GradeBallotSchema, ScoreBallotSchema, ScoreCardSchema, ScoreItemSchema, ScoreSheetSchema } from './scoring';
export { safeParseWith, type SchemaCheckCode } from './parse';
export {
  parseCampaign,
  parseCandidates,
  parseCommitments,
  parseFunctionalGroups,
  parseGradeBallots,
  parseIsoDate,
  parseLeadingGroup,
  parseMassOrganizations,
  parseMember,
  parseMembers,
  parseOrganization,
  parseOrganizations,
  parseRectificationItems,
  parseScoreBallots,
  parseScoreCards,
  parseScoreSheets,
  parseStandardSet,
} from './parsers';
export { jsonSchemas, type EntityName, type JsonSchemaName } from './jsonSchemas';

// Rules, policies and option objects: a schema and a parser for each, as an app stores them as JSON.
export {
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
} from './rules/scoring';
export {
  AddBallotsOptionsSchema,
  AggregationPolicySchema,
  EvaluationMinimumSchema,
  GroupRuleSchema,
  MeetingRuleSchema,
  RankOptionsSchema,
  ScoreScaleSchema,
  ShareThresholdSchema,
  VerdictBandSchema,
  VoteRuleSchema,
} from './rules/evaluation';
export {
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
} from './rules/schedule';
export {
  CommendationRuleSchema,
  CorrectionPeriodRuleSchema,
  RectifyUnqualifiedOptionsSchema,
  SummarizeCampaignOptionsSchema,
  TitleRuleSchema,
} from './rules/accountability';
export { FractionSchema } from './rules/_fields';
export { parseRule, type RuleName, type RuleTypes } from './rules/registry';
export {
  parseAddBallotsOptions,
  parseAggregationPolicy,
  parseAssessMemberOptions,
  parseAssessMembersOptions,
  parseCadenceRules,
  parseCarryOverRule,
  parseCheckCadenceOptions,
  parseCommendationRule,
  parseCorrectionPeriodRule,
  parseDatePhraseOptions,
  parseDeadlinesOptions,
  parseExcellentQuota,
  parseExplainAssessmentOptions,
  parseGroupRule,
  parseLedgerOptions,
  parseLedgerRule,
  parseMeetingRule,
  parseOrganizationGradeRule,
  parsePlanScheduleOptions,
  parsePointsCap,
  parseRankOptions,
  parseRectifyUnqualifiedOptions,
  parseScheduleTemplate,
  parseScoreScale,
  parseSummarizeCampaignOptions,
  parseTierRuleData,
  parseTierSet,
  parseTierRuleOptions,
  parseValidateScheduleOptions,
  parseVetoRule,
  parseVoteRule,
} from './rules/parsers';
