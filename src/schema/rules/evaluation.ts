import * as z from 'zod';
import { MEMBER_TIERS } from '../../core/tiers';
import { MAX_PRECISION } from '../../evaluation/_arithmetic';
import { DUPLICATE_BALLOT_TREATMENTS, MISSING_GROUP_TREATMENTS } from '../../evaluation/policy/types';
import { SATISFACTION_GRADES } from '../../evaluation/votes/types';
import { IdSchema, LocalizedTextSchema, reportingProtoKey } from '../primitives';
import { decimal, FractionSchema, PointsSchema, RANK_ORDERS, VOTE_BASES, whole } from './_fields';

/** A group's weight: a decimal with at most four places, not negative. */
const WeightSchema = decimal(4, 0);

/**
 * A `ScoreScale`: the lowest and highest allowed score, each with at most two decimals. That
 * `min` is not above `max` is `aggregateEvaluations`' to report.
 *
 * @example
 * ```ts
 * import { HUNDRED_POINT_SCALE } from 'cxzy/evaluation';
 * import { ScoreScaleSchema } from 'cxzy/schema';
 * ScoreScaleSchema.safeParse(HUNDRED_POINT_SCALE).success; // true
 * ```
 */
export const ScoreScaleSchema = z.strictObject({
  min: PointsSchema,
  max: PointsSchema,
});

/**
 * A `GroupRule` of an aggregation policy: a weight and a method; `dropHighest` and `dropLowest`
 * belong to `trimmedMean` only.
 *
 * @example
 * ```ts
 * import { GroupRuleSchema } from 'cxzy/schema';
 * GroupRuleSchema.safeParse({ weight: 0.3, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 }).success; // true
 * GroupRuleSchema.safeParse({ weight: 0.3, method: 'mean', dropHighest: 1 }).success; // false
 * ```
 */
export const GroupRuleSchema = z.discriminatedUnion('method', [
  z.strictObject({
    weight: WeightSchema,
    method: z.enum(['mean', 'median']),
    minBallots: whole(1).exactOptional(),
  }),
  z.strictObject({
    weight: WeightSchema,
    method: z.literal('trimmedMean'),
    dropHighest: whole(0).exactOptional(),
    dropLowest: whole(0).exactOptional(),
    minBallots: whole(1).exactOptional(),
  }),
]);

/**
 * An `EvaluationMinimum`: the fewest groups counted (a whole number from 1) and the least share of
 * the total weight they carry (more than 0, at most 1, four decimals), each optional. That
 * `countedGroups` is not above the policy's number of groups is `aggregateEvaluations`' to report.
 *
 * @example
 * ```ts
 * import { EvaluationMinimumSchema } from 'cxzy/schema';
 * EvaluationMinimumSchema.safeParse({ countedGroups: 3, countedWeight: 0.6 }).success; // true
 * EvaluationMinimumSchema.safeParse({ countedWeight: 0 }).success; // false
 * ```
 */
export const EvaluationMinimumSchema = z.strictObject({
  countedGroups: whole(1).exactOptional(),
  countedWeight: decimal(4, undefined, { above: 0, max: 1 }).exactOptional(),
});

/**
 * An `AggregationPolicy`: each group's rule by group code, what a missing group and a duplicate
 * ballot mean, whether 党内互评 leaves out self-ballots, the precision (0 to 4), the scale and the
 * minimum a subject needs for a combined score. That the weights do not all come to zero, and
 * that the minimum does not ask for more groups than the policy has, is `aggregateEvaluations`'
 * to report.
 *
 * @example
 * ```ts
 * import { SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * import { AggregationPolicySchema } from 'cxzy/schema';
 * AggregationPolicySchema.safeParse(SCHOOL_FOUR_SIDED_EVALUATION).success; // true
 * AggregationPolicySchema.safeParse({ ...SCHOOL_FOUR_SIDED_EVALUATION, excludeSelfFromPeer: 'false' }).success; // false
 * ```
 */
export const AggregationPolicySchema = z.strictObject({
  groups: reportingProtoKey(z.record(IdSchema, GroupRuleSchema)),
  missingGroup: z.enum(MISSING_GROUP_TREATMENTS),
  duplicateBallot: z.enum(DUPLICATE_BALLOT_TREATMENTS),
  excludeSelfFromPeer: z.boolean(),
  precision: whole(0, MAX_PRECISION),
  // Optional: without it, the 100-point scale (HUNDRED_POINT_SCALE), as aggregateEvaluations reads it.
  scale: ScoreScaleSchema.exactOptional(),
  // Optional: without it, one counted group is enough for a combined score.
  minimum: EvaluationMinimumSchema.exactOptional(),
});

/**
 * The options of `addBallots` (`AddBallotsOptions`): where the chunk starts in the whole collection.
 *
 * @example
 * ```ts
 * import { AddBallotsOptionsSchema } from 'cxzy/schema';
 * AddBallotsOptionsSchema.safeParse({ firstIndex: 200000 }).success; // true
 * AddBallotsOptionsSchema.safeParse({ firstIndex: -1 }).success; // false
 * ```
 */
export const AddBallotsOptionsSchema = z.strictObject({
  firstIndex: whole(0).exactOptional(),
});

/**
 * A `ShareThreshold`: a share, and whether reaching it exactly is enough (以上) or it must be
 * exceeded (超过).
 *
 * @example
 * ```ts
 * import { ShareThresholdSchema } from 'cxzy/schema';
 * ShareThresholdSchema.safeParse({ share: { numerator: 1, denominator: 2 }, inclusive: false }).success; // true
 * ```
 */
export const ShareThresholdSchema = z.strictObject({
  share: FractionSchema,
  inclusive: z.boolean(),
});

const BallotGradeSchema = z.enum([...MEMBER_TIERS, ...SATISFACTION_GRADES]);

/**
 * A `VerdictBand` of a vote rule: when the share of `grades` reaches `threshold`, the verdict.
 *
 * @example
 * ```ts
 * import { VerdictBandSchema } from 'cxzy/schema';
 * VerdictBandSchema.safeParse({
 *   verdict: 'satisfied',
 *   label: { 'zh-CN': '满意', en: 'Satisfied' },
 *   grades: ['satisfied', 'basicallySatisfied'],
 *   threshold: { share: { numerator: 9, denominator: 10 }, inclusive: true },
 * }).success; // true
 * ```
 */
export const VerdictBandSchema = z.strictObject({
  verdict: IdSchema,
  label: LocalizedTextSchema,
  grades: z.array(BallotGradeSchema),
  threshold: ShareThresholdSchema,
});

/**
 * A `VoteRule`: the valid grades, those counted in 满意率, the verdict bands, the fallback verdict
 * and the precision of the shares (0 to 4).
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE } from 'cxzy/evaluation';
 * import { VoteRuleSchema } from 'cxzy/schema';
 * VoteRuleSchema.safeParse(SATISFACTION_SURVEY_RULE).success; // true
 * ```
 */
export const VoteRuleSchema = z.strictObject({
  grades: z.array(BallotGradeSchema),
  satisfiedGrades: z.array(BallotGradeSchema),
  bands: z.array(VerdictBandSchema),
  fallback: z.strictObject({ verdict: IdSchema, label: LocalizedTextSchema }),
  precision: whole(0, MAX_PRECISION),
});

/**
 * A `MeetingRule`: the quorum, and the share of a base that must vote in favour.
 *
 * @example
 * ```ts
 * import { PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * import { MeetingRuleSchema } from 'cxzy/schema';
 * MeetingRuleSchema.safeParse(PARTY_MEMBERS_MEETING_RULE).success; // true
 * ```
 */
export const MeetingRuleSchema = z.strictObject({
  quorum: ShareThresholdSchema,
  passing: z.strictObject({ share: FractionSchema, inclusive: z.boolean(), base: z.enum(VOTE_BASES) }),
});

/**
 * The data of `rank`'s options (`RankOptions` without `tieBreak`, a function an app passes in
 * code, which no JSON can hold).
 *
 * @example
 * ```ts
 * import { RankOptionsSchema } from 'cxzy/schema';
 * RankOptionsSchema.safeParse({ order: 'ascending', dense: true }).success; // true
 * ```
 */
export const RankOptionsSchema = z.strictObject({
  order: z.enum(RANK_ORDERS).exactOptional(),
  dense: z.boolean().exactOptional(),
  tieBreakRanks: z.boolean().exactOptional(),
});
