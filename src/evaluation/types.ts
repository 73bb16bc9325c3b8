/**
 * The evaluation entities at their former path (`labels.ts` and the schemas import them here).
 * Each lives with its sub-concept: ballots and policies in `policy/types.ts`; the accumulator, its
 * results and its JSON form in `accumulator/types.ts`; grade ballots, vote and meeting rules in
 * `votes/types.ts`; and a function's own result type beside it. New code imports the entry point.
 */
export type {
  AccumulatorJson,
  CombinedAs,
  EvaluationAccumulator,
  EvaluationResult,
  GroupFigure,
  GroupPartialJson,
  GroupStatus,
  IssueRecordJson,
  SubjectResult,
} from './accumulator/types';
export type {
  AggregationMethod,
  AggregationPolicy,
  DuplicateBallotTreatment,
  EvaluatorGroup,
  GroupRule,
  MissingGroupTreatment,
  PlainGroupRule,
  ScoreBallot,
  ScoreScale,
  TrimmedMeanGroupRule,
} from './policy/types';
export type { QuorumCheck } from './votes/checkQuorum';
export type { MotionDecision } from './votes/decideMotion';
export type { VoteRecommendation, VoteSummary, VoteSummaryResult } from './votes/summarizeVotes';
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
