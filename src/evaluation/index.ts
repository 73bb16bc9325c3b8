/**
 * Evaluations from several sides (领导点评, 党内互评, 师生评议, 家长评议, 群众评议, 民主测评): score
 * ballots aggregated under policies that are data, as one pass or as mergeable partials for
 * workers and data engines; vote summaries with 满意率; quorum and motions of a 党员大会; ranking
 * with ties.
 *
 * @packageDocumentation
 */
// Ballots and aggregation policies.
export type {
  AggregationMethod,
  AggregationPolicy,
  DuplicateBallotTreatment,
  EvaluationMinimum,
  EvaluatorGroup,
  GroupRule,
  MissingGroupTreatment,
  PlainGroupRule,
  ScoreBallot,
  ScoreScale,
  TrimmedMeanGroupRule,
} from './policy/types';
export { DEMOCRATIC_ASSESSMENT, HUNDRED_POINT_SCALE, SCHOOL_FOUR_SIDED_EVALUATION, THREE_SIDED_EVALUATION } from './policy/policies';
export { aggregateEvaluations } from './aggregateEvaluations';

// The accumulator, its results and its JSON form.
export type {
  AccumulatorColumns,
  AccumulatorJson,
  BallotColumns,
  CombinedAs,
  EvaluationAccumulator,
  EvaluationResult,
  GroupColumns,
  GroupFigure,
  GroupPartialJson,
  GroupStatus,
  IssueRecordJson,
  SubjectResult,
} from './accumulator/types';
export { createAccumulator } from './accumulator/createAccumulator';
export { addBallots, type AddBallotsOptions } from './accumulator/addBallots';
export { mergeAccumulators } from './accumulator/mergeAccumulators';
export { finalizeAccumulator } from './accumulator/finalizeAccumulator';
export { accumulatorToJson } from './accumulator/accumulatorToJson';
export { accumulatorFromJson } from './accumulator/accumulatorFromJson';
export { accumulatorToColumns, partialTransferList } from './accumulator/accumulatorToColumns';
export { accumulatorFromColumns } from './accumulator/accumulatorFromColumns';
export { accumulatorToBytes } from './accumulator/accumulatorToBytes';
export { accumulatorFromBytes } from './accumulator/accumulatorFromBytes';

// Votes and meetings.
export type {
  Attendance,
  BallotGrade,
  GradeBallot,
  MeetingRule,
  MotionVotes,
  SatisfactionGrade,
  ShareThreshold,
  VerdictBand,
  VoteBase,
  VoteRule,
} from './votes/types';
export { DEMOCRATIC_APPRAISAL_VOTE_RULE, PARTY_MEMBERS_MEETING_RULE, SATISFACTION_SURVEY_RULE } from './votes/rules';
export { summarizeVotes, type VoteRecommendation, type VoteSummary, type VoteSummaryResult } from './votes/summarizeVotes';
export { checkQuorum, type QuorumCheck } from './votes/checkQuorum';
export { decideMotion, type MotionDecision } from './votes/decideMotion';

// Labels and messages.
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

// The error an entry check throws where a result has no place for issues.
export { InvalidInputError } from '../core/input';
export type { InputIssueCode } from '../core/input';

// Ranking, from the ground floor.
export { rank, type RankedItem, type RankOptions } from '../core/rank';
export type { Fraction } from '../core/fraction';
export { SATISFACTION_GRADES } from './votes/types';
export { AGGREGATION_METHODS, DUPLICATE_BALLOT_TREATMENTS, MISSING_GROUP_TREATMENTS } from './policy/types';
