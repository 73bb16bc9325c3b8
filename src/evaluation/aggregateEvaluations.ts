import type { InputIssues } from '../core/input';
import { addBallots, expectBallots } from './accumulator/addBallots';
import { createAccumulator } from './accumulator/createAccumulator';
import { finalizeAccumulator } from './accumulator/finalizeAccumulator';
import type { EvaluationResult } from './accumulator/types';
import type { AggregationPolicy, ScoreBallot } from './policy/types';

/**
 * Turns score ballots into each subject's figures under a policy: per group its figure and count,
 * the weighted combined score, and every issue — for the run (a problem in the policy, a ballot
 * naming an unknown group, a score that is not a number, out of the scale or with more than two
 * decimals) and for each subject (a missing or under-filled group, a duplicate ballot, an excluded
 * self-ballot). It is one pass of the accumulator: `createAccumulator`, `addBallots`,
 * `finalizeAccumulator`, so spreading the same ballots over partials gives the same result.
 * See {@link finalizeAccumulator} for how each figure is computed and rounded.
 *
 * The policy is checked once, before any ballot is read: a policy that is not shaped as its type
 * says (from JSON or a cast: `groups: null`, a group rule that is not an object, the text
 * `"false"` for `excludeSelfFromPeer`, the text `"2"` for `precision`) gives no subjects and
 * `input.*` issues with paths from `['policy']`; a policy of the right shape whose values it does
 * not allow (an unknown method, a negative weight) gives no subjects and `evaluation.*` issues. A
 * policy without `scale` uses the 100-point scale ({@link HUNDRED_POINT_SCALE}); one without
 * `minimum` gives a combined score to every subject with a counted group, and one with it only to
 * subjects whose counted groups meet it (see {@link EvaluationMinimum}). `ballots` that is
 * not a list gives no subjects and an `input.expected` issue at `['ballots']`; a ballot that is not
 * an object is reported (`evaluation.ballotNotObject`) and skipped.
 *
 * @param ballots - the score ballots: a list, or any iterable read once in order (a generator
 *   that reads a large file in batches, so that its rows are never all held; see `csvBatches` in
 *   `cxzy/tables`). Not modified.
 * @param policy - the aggregation policy. Not modified.
 * @returns the subjects (in order of first ballot) and the run's issues.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const ballot = (evaluatorId: string, group: string, score: number) => ({ subjectId: 'm06', evaluatorId, group, score });
 * const result = aggregateEvaluations(
 *   [
 *     ballot('l1', 'leadership', 90),
 *     ...[95, 85, 80, 75].map((score, index) => ballot(`p${index}`, 'peer', score)),
 *     ...[90, 88, 86].map((score, index) => ballot(`t${index}`, 'teachersStudents', score)),
 *   ],
 *   SCHOOL_FOUR_SIDED_EVALUATION,
 * );
 * const [m06] = result.subjects;
 * m06?.groups.peer.value; // 82.5: 95 and 75 dropped
 * m06?.groups.parents.status; // 'missing'
 * m06?.combined; // 86.69: (0.3 × 90 + 0.3 × 82.5 + 0.2 × 88) ÷ 0.8 = 86.6875
 * m06?.issues[0]?.code; // 'evaluation.missingGroup'
 * ```
 *
 * @example
 * A `minimum` keeps a subject one group evaluated from ranking above subjects every group
 * evaluated: here m01 has a single 领导点评 ballot of 100, m02 three groups' figures.
 * ```ts
 * import { aggregateEvaluations, rank, SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const policy = { ...SCHOOL_FOUR_SIDED_EVALUATION, minimum: { countedGroups: 3 } };
 * const ballot = (subjectId: string, evaluatorId: string, group: string, score: number) => ({ subjectId, evaluatorId, group, score });
 * const result = aggregateEvaluations(
 *   [
 *     ballot('m01', 'l1', 'leadership', 100),
 *     ballot('m02', 'l1', 'leadership', 90),
 *     ...[95, 85, 75].map((score, index) => ballot('m02', `p${index}`, 'peer', score)),
 *     ...[90, 88, 86].map((score, index) => ballot('m02', `t${index}`, 'teachersStudents', score)),
 *   ],
 *   policy,
 * );
 * const [m01, m02] = result.subjects;
 * m01?.combined; // null
 * m01?.issues[3]?.message['zh-CN']; // '“m01”只有 1 个评价组计入(占权重 30%),少于最低要求的 3 个,没有综合得分,不参加排名'
 * // m02: (0.3 × 90 + 0.3 × 85 + 0.2 × 88) ÷ 0.8 = 87.625, 家长评议 missing and renormalized.
 * m02?.combined; // 87.63
 * rank(result.subjects, (subject) => subject.combined).map((entry) => [entry.item.subjectId, entry.rank]); // [['m02', 1], ['m01', null]]
 * ```
 */
export function aggregateEvaluations<G extends string>(
  ballots: Iterable<ScoreBallot<string>>,
  policy: AggregationPolicy<G>,
): EvaluationResult<G> {
  const accumulator = createAccumulator(policy);
  const issues: InputIssues = [];
  if (!expectBallots(ballots, issues)) return { subjects: [], issues: [...issues, ...finalizeAccumulator(accumulator).issues] as EvaluationResult<G>['issues'] };
  return finalizeAccumulator(addBallots(accumulator, ballots));
}
