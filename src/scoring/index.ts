/**
 * Member tiers, tier rules, score sheets, member assessment, vetoes (一票否决), points ledgers
 * (党员积分制), tier decisions and their consequences, and organization grading (五星级, 晋档升级).
 *
 * @packageDocumentation
 */

// Tier rules: bands, overlaps, vetoes and the 优秀 quota, as data; reading, checking and writing them.
export type { MemberTier } from '../core/tiers';
export type {
  ExcellentQuota,
  OverlapResolution,
  QuotaTieBreak,
  TierBand,
  TierBound,
  TierRule,
  VetoRule,
  VetoTrigger,
} from './tierRules/types';
export { MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015 } from './tierRules/memberTierRules';
export { classify, type Classification } from './tierRules/classify';
export { checkTierRule } from './tierRules/checkTierRule';
export { MAX_RULE_TEXT_LENGTH, parseTierRule, type ParseTierRuleOptions } from './tierRules/parseTierRule';
export { formatTierRule } from './tierRules/formatTierRule';

// Tier sets: the tiers a rule grades into, as data (the four 民主评议 tiers by default), their names,
// and how each maps onto the four.
export type { TierSet } from './tierSets/types';
export {
  MEMBER_TIER_SET,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
} from './tierSets/tierSets';
export { checkTierSet } from './tierSets/checkTierSet';
export { memberTierOf } from './tierSets/memberTierOf';

// Score sheets and the cards that score members on them.
export type { ScoreCard, ScoreEntry, ScoreItem, ScoreItemKind, ScoreSheet, VetoRecord } from './sheets/types';
export { SCORE_SHEETS_EXAMPLE } from './sheets/scoreSheetsExample';

// Assessment: one member, a branch with its quota, decisions, distributions, explanations.
export type {
  AppliedVeto,
  AssessmentReason,
  MemberAssessment,
  NotGradedCause,
  RejectedItem,
  SheetSubtotal,
  StandardSubtotal,
  TierDecision,
} from './assessment/types';
export { assessMember, type AssessMemberOptions } from './assessment/assessMember';
export { assessMembers, type AssessMembersOptions, type BranchAssessment, type QuotaOutcome } from './assessment/assessMembers';
export { decideTier } from './assessment/decideTier';
export { effectiveTier } from './assessment/effectiveTier';
export { tierDistribution, type TierDistribution } from './assessment/tierDistribution';
export { compareDistributions, type TierShareChange } from './assessment/compareDistributions';
export { explainAssessment, REASON_MESSAGES, type ExplainAssessmentOptions } from './assessment/explainAssessment';
export { TIER_CONSEQUENCES, type TierConsequence } from './assessment/tierConsequences';
export { consequencesOfTier, type TierConsequences } from './assessment/consequencesOfTier';

// Points ledgers (党员积分制).
export type { CarryOverRule, LedgerCategory, LedgerEvent, LedgerItem, LedgerPeriod, LedgerRule, PointsCap } from './ledgers/types';
export {
  computeLedger,
  type LedgerLimit,
  type LedgerLine,
  type LedgerOptions,
  type LedgerResult,
  type LedgerTransfer,
} from './ledgers/computeLedger';
export { branchAverage } from './ledgers/branchAverage';
export { POINTS_LEDGER_EXAMPLE } from './ledgers/pointsLedgerExample';

// Organization grading (五星级, 晋档升级).
export type { OrganizationBand, OrganizationGrade, OrganizationGradeRule } from './grading/types';
export { gradeOrganization } from './grading/gradeOrganization';
export { compareGrades, type GradeComparison } from './grading/compareGrades';
export { ORGANIZATION_GRADES_FIVE_GOODS } from './grading/organizationGradesFiveGoods';

// Labels, messages, and the one Fraction of the library (the quota's share is the same kind of
// ratio as a vote's).
export {
  MEMBER_TIER_LABELS,
  MEMBER_TIERS,
  ORGANIZATION_BAND_LABELS,
  ORGANIZATION_BANDS,
  SCORE_ITEM_KIND_LABELS,
} from './labels';
export { SCORING_MESSAGES, type ScoringIssueCode } from './messages';
export type { Fraction } from '../core/fraction';
// Thrown by the functions without an issues list when an input is not shaped as its type says.
export { InvalidInputError } from '../core/input';
export { SCORE_ITEM_KINDS } from './sheets/types';
