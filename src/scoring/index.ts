/**
 * Member tiers, tier rules, score sheets, member assessment, vetoes (一票否决), points ledgers
 * (党员积分制), tier decisions and their consequences, and organization grading (五星级, 晋档升级).
 *
 * @packageDocumentation
 */
export type {
  AppliedVeto,
  AssessMemberOptions,
  AssessMembersOptions,
  AssessmentReason,
  BranchAssessment,
  CarryOverRule,
  Classification,
  ExcellentQuota,
  GradeComparison,
  LedgerCategory,
  LedgerEvent,
  LedgerItem,
  LedgerLimit,
  LedgerLine,
  LedgerOptions,
  LedgerPeriod,
  LedgerResult,
  LedgerRule,
  LedgerTransfer,
  MemberAssessment,
  MemberTier,
  NotGradedCause,
  OrganizationBand,
  OrganizationGrade,
  OrganizationGradeRule,
  OverlapResolution,
  PointsCap,
  QuotaOutcome,
  QuotaTieBreak,
  ScoreCard,
  ScoreEntry,
  ScoreItem,
  ScoreItemKind,
  ScoreSheet,
  SheetSubtotal,
  StandardSubtotal,
  TierBand,
  TierBound,
  TierDecision,
  TierDistribution,
  TierRule,
  TierShareChange,
  VetoRecord,
  VetoRule,
  VetoTrigger,
} from './types';
export {
  MEMBER_TIER_LABELS,
  MEMBER_TIERS,
  ORGANIZATION_BAND_LABELS,
  ORGANIZATION_BANDS,
  SCORE_ITEM_KIND_LABELS,
} from './labels';
export { SCORING_MESSAGES, type ScoringIssueCode } from './messages';
// One Fraction for the whole library: the quota's share is the same kind of ratio as a vote's.
export type { Fraction } from '../core/fraction';
export { MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015 } from './rules';
export { classify } from './classify';
export { checkTierRule } from './checkTierRule';
export { parseTierRule, type ParseTierRuleOptions } from './parseTierRule';
export { formatTierRule } from './formatTierRule';
export { assessMember } from './assessMember';
export { assessMembers } from './assessMembers';
export { decideTier } from './decideTier';
export { effectiveTier } from './effectiveTier';
export { tierDistribution } from './tierDistribution';
export { explainAssessment, REASON_MESSAGES, type ExplainAssessmentOptions } from './explainAssessment';
export { TIER_CONSEQUENCES, type TierConsequence } from './consequences';
export { SCORE_SHEETS_EXAMPLE } from './sheets';
export { POINTS_LEDGER_EXAMPLE } from './ledgers';
export { computeLedger } from './computeLedger';
export { branchAverage } from './branchAverage';
export { ORGANIZATION_GRADES_FIVE_GOODS } from './grades';
export { gradeOrganization } from './gradeOrganization';
export { compareGrades } from './compareGrades';
export { compareDistributions } from './compareDistributions';
