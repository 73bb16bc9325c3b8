import type { AggregationPolicy, ScoreScale } from './types';

/**
 * The hundred-point scale every seed scores on.
 *
 * @example
 * ```ts
 * import { HUNDRED_POINT_SCALE } from 'cxzy/evaluation';
 * HUNDRED_POINT_SCALE.max; // 100
 * ```
 */
export const HUNDRED_POINT_SCALE = { min: 0, max: 100 } as const satisfies ScoreScale;

/**
 * The seeds' four-sided school evaluation (seed 000, "适时评议,有序推进"): 领导点评 by the
 * superior committee's leaders, 党内互评 at a 民主生活会, 师生评议 at a 民主测评会, and 家长评议 at
 * a parents' forum. The seed names the four sides but gives no weights; this policy uses a
 * common 3 : 3 : 2 : 2 split, drops one highest and one lowest score in the three multi-evaluator
 * groups (去掉一个最高分、一个最低分), needs three ballots from each of them, renormalizes a
 * missing side, rejects duplicate ballots and leaves a member's ballot on themself out of 党内互评.
 * Copy it and change the weights your plan sets.
 *
 * Its floor (`minimum`) is all four sides: the seed has every member evaluated by the four, so a
 * member one side has not scored yet gets no combined figure and no rank, and is reported
 * (`evaluation.belowMinimumGroups`) until that side is held (补评). Without the floor, renormalising
 * let a member whom no parent scored outrank members every side had scored, and a single
 * leadership ballot of 70 rank first. A school where some members have no such side (staff who
 * teach no class have no 家长评议) lowers it, e.g. to `{ countedGroups: 3 }`; the missing side's
 * weight is then spread over the others (`missingGroup: 'renormalize'`).
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * SCHOOL_FOUR_SIDED_EVALUATION.groups.peer.weight; // 0.3
 * const policy = { ...SCHOOL_FOUR_SIDED_EVALUATION, missingGroup: 'zero' } as const;
 * aggregateEvaluations([], policy).subjects; // []
 * ```
 */
export const SCHOOL_FOUR_SIDED_EVALUATION = {
  groups: {
    leadership: { weight: 0.3, method: 'mean' },
    peer: { weight: 0.3, method: 'trimmedMean', dropHighest: 1, dropLowest: 1, minBallots: 3 },
    teachersStudents: { weight: 0.2, method: 'trimmedMean', dropHighest: 1, dropLowest: 1, minBallots: 3 },
    parents: { weight: 0.2, method: 'trimmedMean', dropHighest: 1, dropLowest: 1, minBallots: 3 },
  },
  missingGroup: 'renormalize',
  minimum: { countedGroups: 4 },
  duplicateBallot: 'error',
  excludeSelfFromPeer: true,
  precision: 2,
  scale: HUNDRED_POINT_SCALE,
} as const satisfies AggregationPolicy<'leadership' | 'peer' | 'teachersStudents' | 'parents'>;

/**
 * "三评" (seed 000, 为民服务创先争优: 群众评议、党员互评、领导点评, each every half year): the
 * public's review weighs most (民生为重), peers and leaders equally — 4 : 3 : 3, an illustrative
 * split the seed does not fix. Means throughout; a missing side renormalizes.
 *
 * Its floor (`minimum`) is seven tenths of the weight: a missing 党员互评 or 领导点评 (three tenths
 * each) is renormalized, but without 群众评议 (four tenths) there is no combined figure and no
 * rank, because the public's review is what 为民服务 is judged by; a subject below it is reported
 * (`evaluation.belowMinimumWeight`).
 *
 * @example
 * ```ts
 * import { THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * Object.keys(THREE_SIDED_EVALUATION.groups); // ['masses', 'peer', 'leadership']
 * ```
 */
export const THREE_SIDED_EVALUATION = {
  groups: {
    masses: { weight: 0.4, method: 'mean' },
    peer: { weight: 0.3, method: 'mean' },
    leadership: { weight: 0.3, method: 'mean' },
  },
  missingGroup: 'renormalize',
  minimum: { countedWeight: 0.7 },
  duplicateBallot: 'error',
  excludeSelfFromPeer: true,
  precision: 2,
  scale: HUNDRED_POINT_SCALE,
} as const satisfies AggregationPolicy<'masses' | 'peer' | 'leadership'>;

/**
 * A 民主测评 scored anonymously at a meeting: one group of the members present, 去掉一个最高分、
 * 一个最低分, paper ballots numbered once (so duplicates are not checked), at least five ballots.
 *
 * @example
 * ```ts
 * import { DEMOCRATIC_ASSESSMENT } from 'cxzy/evaluation';
 * DEMOCRATIC_ASSESSMENT.duplicateBallot; // 'unchecked'
 * ```
 */
export const DEMOCRATIC_ASSESSMENT = {
  groups: {
    peer: { weight: 1, method: 'trimmedMean', dropHighest: 1, dropLowest: 1, minBallots: 5 },
  },
  missingGroup: 'error',
  duplicateBallot: 'unchecked',
  excludeSelfFromPeer: false,
  precision: 2,
  scale: HUNDRED_POINT_SCALE,
} as const satisfies AggregationPolicy<'peer'>;
