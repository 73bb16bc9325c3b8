/**
 * Ballots and aggregation policies: who evaluates whom, and how their scores become figures.
 */

/**
 * The sides a campaign hears from, as the seeds name them: 领导点评 (`leadership`), 党内互评 /
 * 党员互评 (`peer`), 自评 (`self`), 师生评议 (`teachersStudents`), 家长评议 (`parents`) and 群众评议
 * (`masses`). A policy may add its own group codes (any string); these six ship with labels.
 *
 * @example
 * ```ts
 * import type { EvaluatorGroup } from 'cxzy/evaluation';
 * const group: EvaluatorGroup = 'teachersStudents'; // 师生评议
 * ```
 */
export type EvaluatorGroup = 'leadership' | 'peer' | 'self' | 'teachersStudents' | 'parents' | 'masses';

/**
 * One evaluator's score for one subject (a member or an organization), given as one of a group.
 *
 * @typeParam G - the group codes the ballot may name.
 *
 * @example
 * ```ts
 * import type { ScoreBallot } from 'cxzy/evaluation';
 * const ballot: ScoreBallot = { subjectId: 'm01', evaluatorId: 'm02', group: 'peer', score: 92.5 };
 * ```
 */
export interface ScoreBallot<G extends string = string> {
  /** Who is evaluated: a member's or an organization's id. */
  readonly subjectId: string;
  /** Who evaluated: a member's id, or a ballot number for anonymous ballots. */
  readonly evaluatorId: string;
  /** The side the evaluator speaks for. */
  readonly group: G;
  /** The score, with at most two decimals, on the policy's scale. */
  readonly score: number;
}

/**
 * Every {@link AggregationMethod}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { AGGREGATION_METHODS } from 'cxzy/evaluation';
 * AGGREGATION_METHODS[0]; // 'mean'
 * ```
 */
export const AGGREGATION_METHODS = ['mean', 'trimmedMean', 'median'] as const;

/**
 * How a group's scores become its figure: the arithmetic `mean`, the `trimmedMean` (去掉最高分和
 * 最低分后的平均分), or the `median`.
 *
 * @example
 * ```ts
 * import type { AggregationMethod } from 'cxzy/evaluation';
 * const method: AggregationMethod = 'trimmedMean';
 * ```
 */
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/**
 * A group rule with the arithmetic mean or the median, which drop nothing.
 *
 * @example
 * ```ts
 * import type { PlainGroupRule } from 'cxzy/evaluation';
 * const leadership: PlainGroupRule = { weight: 0.3, method: 'mean' };
 * ```
 */
export interface PlainGroupRule {
  /** The group's weight in the combined score: a decimal with at most four places, not negative. */
  readonly weight: number;
  /** `mean` or `median`. */
  readonly method: 'mean' | 'median';
  /** How many ballots the group needs to count (default 1); fewer makes it under-filled. */
  readonly minBallots?: number;
}

/**
 * A group rule with the trimmed mean: 去掉 `dropHighest` 个最高分、`dropLowest` 个最低分, then the
 * mean of the rest. Both default to one, the common 去掉一个最高分、一个最低分.
 *
 * @example
 * ```ts
 * import type { TrimmedMeanGroupRule } from 'cxzy/evaluation';
 * const peer: TrimmedMeanGroupRule = { weight: 0.3, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 };
 * ```
 */
export interface TrimmedMeanGroupRule {
  /** The group's weight in the combined score: a decimal with at most four places, not negative. */
  readonly weight: number;
  /** `trimmedMean`. */
  readonly method: 'trimmedMean';
  /** How many of the highest scores to drop (default 1). */
  readonly dropHighest?: number;
  /** How many of the lowest scores to drop (default 1). */
  readonly dropLowest?: number;
  /**
   * How many ballots the group needs to count (default 1). A trimmed mean needs at least one more
   * than it drops whatever this says.
   */
  readonly minBallots?: number;
}

/**
 * How one evaluator group is weighed and averaged.
 *
 * @example
 * ```ts
 * import type { GroupRule } from 'cxzy/evaluation';
 * const rule: GroupRule = { weight: 0.2, method: 'median', minBallots: 5 };
 * ```
 */
export type GroupRule = PlainGroupRule | TrimmedMeanGroupRule;

/**
 * Every {@link MissingGroupTreatment}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { MISSING_GROUP_TREATMENTS } from 'cxzy/evaluation';
 * MISSING_GROUP_TREATMENTS[0]; // 'renormalize'
 * ```
 */
export const MISSING_GROUP_TREATMENTS = ['renormalize', 'zero', 'error'] as const;

/**
 * What a group without enough ballots (none, or fewer than `minBallots`) does to the combined
 * score: `renormalize` weighs the other groups by their own weights only; `zero` counts the group
 * as a score of 0 at its full weight; `error` gives no combined score and an error issue.
 *
 * @example
 * ```ts
 * import type { MissingGroupTreatment } from 'cxzy/evaluation';
 * const treatment: MissingGroupTreatment = 'renormalize';
 * ```
 */
export type MissingGroupTreatment = (typeof MISSING_GROUP_TREATMENTS)[number];

/**
 * Every {@link DuplicateBallotTreatment}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { DUPLICATE_BALLOT_TREATMENTS } from 'cxzy/evaluation';
 * DUPLICATE_BALLOT_TREATMENTS[0]; // 'error'
 * ```
 */
export const DUPLICATE_BALLOT_TREATMENTS = ['error', 'lastWins', 'unchecked'] as const;

/**
 * What a second ballot from the same evaluator for the same subject and group means.
 * `error`: the first ballot (in ballot order) counts and each later one is an error issue and does
 * not count; `lastWins`: the last ballot counts and each earlier one is reported as replaced;
 * `unchecked`: the source guarantees one ballot per evaluator (a database unique key, anonymous
 * paper ballots numbered once), so no evaluator ids are kept and every ballot counts. "Ballot
 * order" is each ballot's position in the whole collection (see `addBallots`'s `firstIndex`).
 *
 * @example
 * ```ts
 * import type { DuplicateBallotTreatment } from 'cxzy/evaluation';
 * const treatment: DuplicateBallotTreatment = 'lastWins';
 * ```
 */
export type DuplicateBallotTreatment = (typeof DUPLICATE_BALLOT_TREATMENTS)[number];

/**
 * The range scores must lie in, both ends included.
 *
 * @example
 * ```ts
 * import type { ScoreScale } from 'cxzy/evaluation';
 * const hundred: ScoreScale = { min: 0, max: 100 };
 * ```
 */
export interface ScoreScale {
  /** The lowest allowed score. */
  readonly min: number;
  /** The highest allowed score. */
  readonly max: number;
}

/**
 * What a subject needs before it gets a combined score and a rank: enough of the policy's groups
 * counted, by number and/or by their share of the policy's weight. A group is counted for a
 * subject when it has enough valid ballots for a figure (its `minBallots`, and for a trimmed mean
 * one more than it drops) — after duplicates, excluded self-ballots and invalid ballots are left
 * out. A group that is missing or under-filled is not counted, whatever `missingGroup` does with
 * it: under `renormalize` it is left out, under `zero` it enters the combined score as 0 but is
 * still not counted here (a 0 stands for no evaluation, not for one), and under `error` a subject
 * with a combined score has every group counted, so it always meets the minimum.
 *
 * A subject short of either bound gets `combined: null`, so it is not ranked, and an error
 * naming what it had and what it needed: `evaluation.belowMinimumGroups` (path
 * `['policy', 'minimum', 'countedGroups']`) or `evaluation.belowMinimumWeight` (path
 * `['policy', 'minimum', 'countedWeight']`), both when it is short of both. Its groups' figures
 * are still given. A subject with no counted group at all is reported as before
 * (`evaluation.noValidBallots` or `evaluation.noCountedGroup`), not as below the minimum.
 *
 * @example
 * ```ts
 * import type { EvaluationMinimum } from 'cxzy/evaluation';
 * // At least three groups, together at least 60 % of the weight (领导点评 alone is not enough).
 * const minimum: EvaluationMinimum = { countedGroups: 3, countedWeight: 0.6 };
 * ```
 */
export interface EvaluationMinimum {
  /**
   * The fewest groups counted: a whole number from 1 up to the number of groups in the policy.
   *
   * @defaultValue none: one counted group is enough, as without a minimum.
   */
  readonly countedGroups?: number;
  /**
   * The least share of the policy's total weight (the sum of every group's weight) that the
   * counted groups must carry together: more than 0 and at most 1, with at most four decimals,
   * like the weights (`0.6` is 60 %). Compared exactly, so a subject exactly at the share meets it.
   *
   * @defaultValue none: any share is enough, as without a minimum.
   */
  readonly countedWeight?: number;
}

/**
 * How ballots become figures: for each group a weight and a method, what a missing group and a
 * duplicate ballot mean, whether 党内互评 counts a member's ballot on themself, the scale, the
 * precision, and what a subject needs before it is given a combined score at all. Rules are data:
 * copy one of the named policies and change what differs.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import type { AggregationPolicy } from 'cxzy/evaluation';
 * const policy: AggregationPolicy<'leadership' | 'peer'> = {
 *   groups: {
 *     leadership: { weight: 0.4, method: 'mean' },
 *     peer: { weight: 0.6, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 },
 *   },
 *   missingGroup: 'renormalize',
 *   duplicateBallot: 'error',
 *   excludeSelfFromPeer: true,
 *   precision: 2,
 *   scale: { min: 0, max: 100 },
 * };
 * ```
 */
export interface AggregationPolicy<G extends string = EvaluatorGroup> {
  /** Each group's rule, by group code. Ballots naming any other group are reported. */
  readonly groups: Readonly<Record<G, GroupRule>>;
  /** What a group with no or too few ballots means. */
  readonly missingGroup: MissingGroupTreatment;
  /** What a second ballot from one evaluator means. */
  readonly duplicateBallot: DuplicateBallotTreatment;
  /** Whether a `peer` ballot whose evaluator is its subject is left out (and reported). */
  readonly excludeSelfFromPeer: boolean;
  /** Decimals of every figure (0 to 4), each rounded once, half away from zero (四舍五入). */
  readonly precision: number;
  /**
   * The range scores must lie in. Optional, as DESIGN.md and the seeds write a policy: without it,
   * scores lie on the 100-point scale every seed uses.
   *
   * @defaultValue {@link HUNDRED_POINT_SCALE} (`{ min: 0, max: 100 }`)
   */
  readonly scale?: ScoreScale;
  /**
   * What a subject needs before it gets a combined score and a rank (see
   * {@link EvaluationMinimum}): with `{ countedGroups: 3 }`, a subject evaluated only by 领导点评
   * does not rank above subjects every group evaluated.
   *
   * @defaultValue none: one counted group is enough for a combined score.
   */
  readonly minimum?: EvaluationMinimum;
}
