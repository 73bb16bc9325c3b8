// The types of `cxzy/scoring`, each re-exported from the sub-concept that defines it. A few files
// outside src/scoring (schema, commendation/types.ts) and labels.ts still import them from here;
// new code imports from the sub-concept itself, and this file goes once nothing uses it.
export type { MemberTier } from '../core/tiers';
export type { ExcellentQuota, OverlapResolution, QuotaTieBreak, TierBand, TierBound, TierRule, VetoRule, VetoTrigger } from './tierRules/types';
export type { Classification } from './tierRules/classify';
export type { ScoreCard, ScoreEntry, ScoreItem, ScoreItemKind, ScoreSheet, VetoRecord } from './sheets/types';
export type { AppliedVeto, AssessmentReason, MemberAssessment, NotGradedCause, SheetSubtotal, StandardSubtotal, TierDecision } from './assessment/types';
export type { AssessMemberOptions } from './assessment/assessMember';
export type { AssessMembersOptions, BranchAssessment, QuotaOutcome } from './assessment/assessMembers';
export type { TierDistribution } from './assessment/tierDistribution';
export type { TierShareChange } from './assessment/compareDistributions';
export type { CarryOverRule, LedgerCategory, LedgerEvent, LedgerItem, LedgerPeriod, LedgerRule, PointsCap } from './ledgers/types';
export type { LedgerLimit, LedgerLine, LedgerOptions, LedgerResult, LedgerTransfer } from './ledgers/computeLedger';
export type { OrganizationBand, OrganizationGrade, OrganizationGradeRule } from './grading/types';
export type { GradeComparison } from './grading/compareGrades';
