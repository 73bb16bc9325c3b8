/**
 * Evaluations from several sides (领导点评, 党内互评, 师生评议, 家长评议, 群众评议, 民主测评): score
 * ballots aggregated under policies that are data, as one pass or as mergeable partials for
 * workers and data engines; vote summaries with 满意率; quorum and motions of a 党员大会; ranking
 * with ties.
 *
 * @packageDocumentation
 */
export type {
  AccumulatorJson,
  AggregationMethod,
  AggregationPolicy,
  Attendance,
  BallotGrade,
  CombinedAs,
  DuplicateBallotTreatment,
  EvaluationAccumulator,
  EvaluationResult,
  EvaluatorGroup,
  GradeBallot,
  GroupFigure,
  GroupPartialJson,
  GroupRule,
  GroupStatus,
  IssueRecordJson,
  MeetingRule,
  MissingGroupTreatment,
  MotionDecision,
  MotionVotes,
  PlainGroupRule,
  QuorumCheck,
  SatisfactionGrade,
  ScoreBallot,
  ScoreScale,
  ShareThreshold,
  SubjectResult,
  TrimmedMeanGroupRule,
  VerdictBand,
  VoteBase,
  VoteRecommendation,
  VoteRule,
  VoteSummary,
  VoteSummaryResult,
} from './types';
export {
  AGGREGATION_METHOD_LABELS,
  BALLOT_GRADE_LABELS,
  DUPLICATE_BALLOT_TREATMENT_LABELS,
  EVALUATOR_GROUP_LABELS,
  EVALUATOR_GROUPS,
  MISSING_GROUP_TREATMENT_LABELS,
  SATISFACTION_GRADE_LABELS,
} from './labels';
export { EVALUATION_MESSAGES, type EvaluationIssueCode } from './messages';
export { DEMOCRATIC_ASSESSMENT, HUNDRED_POINT_SCALE, SCHOOL_FOUR_SIDED_EVALUATION, THREE_SIDED_EVALUATION } from './policies';
export { DEMOCRATIC_APPRAISAL_VOTE_RULE, PARTY_MEMBERS_MEETING_RULE, SATISFACTION_SURVEY_RULE } from './rules';
export { aggregateEvaluations } from './aggregateEvaluations';
export { createAccumulator } from './createAccumulator';
export { addBallots, type AddBallotsOptions } from './addBallots';
export { mergeAccumulators } from './mergeAccumulators';
export { finalizeAccumulator } from './finalizeAccumulator';
export { accumulatorToJson } from './accumulatorToJson';
export { accumulatorFromJson } from './accumulatorFromJson';
export { summarizeVotes } from './summarizeVotes';
export { checkQuorum } from './checkQuorum';
export { decideMotion } from './decideMotion';
export { rank, type RankedItem, type RankOptions } from '../core/rank';
export type { Fraction } from '../core/fraction';
