import * as z from 'zod';
import { MEMBER_TIERS } from '../../core/tiers';
import { ORGANIZATION_BANDS } from '../../scoring/labels';
import { DateRangeSchema } from '../campaign';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, ONLY_LIST, TextSchema, uniqueBy } from '../primitives';
import { ScoreSheetSchema } from '../scoring';
import {
  FractionSchema,
  LEDGER_PERIODS,
  MISSING_ENTRY_TREATMENTS,
  NonNegativePointsSchema,
  OVERLAP_RESOLUTIONS,
  PointsSchema,
  QUOTA_BASES,
  QUOTA_TIE_BREAKS,
  whole,
} from './_fields';

/**
 * A `TierBound` of a tier rule's band: a score with at most two decimals and whether the band
 * contains it (以上/以下 include it, 不满/超过 do not).
 *
 * @example
 * ```ts
 * import { TierBoundSchema } from 'cxzy/schema';
 * TierBoundSchema.safeParse({ value: 60, inclusive: true }).success; // true
 * TierBoundSchema.safeParse({ value: 59.999, inclusive: true }).success; // false
 * ```
 */
export const TierBoundSchema = z.strictObject({
  value: PointsSchema,
  inclusive: z.boolean(),
});

/**
 * A `TierBand`: a tier and the scores that get it; a missing end is open.
 *
 * @example
 * ```ts
 * import { TierBandSchema } from 'cxzy/schema';
 * TierBandSchema.safeParse({ tier: 'unqualified', max: { value: 60, inclusive: true }, text: '60分以下' }).success; // true
 * ```
 */
export const TierBandSchema = z.strictObject({
  tier: z.enum(MEMBER_TIERS),
  min: TierBoundSchema.exactOptional(),
  max: TierBoundSchema.exactOptional(),
  text: TextSchema.exactOptional(),
});

/**
 * A `VetoTrigger`: points of at least `atLeast` on one item apply a veto by themselves.
 *
 * @example
 * ```ts
 * import { VetoTriggerSchema } from 'cxzy/schema';
 * VetoTriggerSchema.safeParse({ sheetId: 'integrity', itemId: 'discipline', atLeast: 0.01 }).success; // true
 * ```
 */
export const VetoTriggerSchema = z.strictObject({
  sheetId: IdSchema,
  itemId: IdSchema,
  atLeast: PointsSchema,
});

/**
 * A `VetoRule` (一票否决): the best tier a member with the veto may get.
 *
 * @example
 * ```ts
 * import { VetoRuleSchema } from 'cxzy/schema';
 * VetoRuleSchema.safeParse({
 *   id: 'disciplinaryAction',
 *   label: { 'zh-CN': '当年受到党纪处分', en: 'Subject to Party discipline this year' },
 *   atMost: 'qualified',
 * }).success; // true
 * ```
 */
export const VetoRuleSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  atMost: z.enum(MEMBER_TIERS),
  source: TextSchema.exactOptional(),
  trigger: VetoTriggerSchema.exactOptional(),
});

/**
 * An `ExcellentQuota`: the largest share of 优秀, what it is a share of, and how a tie at the cut
 * is broken.
 *
 * @example
 * ```ts
 * import { ExcellentQuotaSchema } from 'cxzy/schema';
 * ExcellentQuotaSchema.safeParse({ share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' }).success; // true
 * ```
 */
export const ExcellentQuotaSchema = z.strictObject({
  share: FractionSchema,
  of: z.enum(QUOTA_BASES),
  tieBreak: z.enum(QUOTA_TIE_BREAKS),
});

/**
 * A `TierRule` written as data (the object form, as an app stores it as JSON): bands, overlap
 * resolution, vetoes (ids unique) and an optional quota. The shape is checked here; whether the
 * bands cover every score without gaps or contradictions is `checkTierRule`'s to report. To read a
 * rule from its sentence ("100分以上为优秀;80—100分为合格……") use `parseTierRule` of `cxzy/scoring`.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { TierRuleSchema } from 'cxzy/schema';
 * TierRuleSchema.safeParse(MEMBER_TIERS_TONGMIN_2015).success; // true
 * ```
 */
export const TierRuleSchema = z.strictObject({
  id: IdSchema.exactOptional(),
  label: LocalizedTextSchema.exactOptional(),
  source: TextSchema.exactOptional(),
  bands: z.array(TierBandSchema).min(1, ONLY_LIST),
  overlap: z.enum(OVERLAP_RESOLUTIONS),
  wholeScores: z.boolean().exactOptional(),
  gradeProbationary: z.boolean().exactOptional(),
  vetoes: uniqueBy(VetoRuleSchema, 'id').exactOptional(),
  excellentQuota: ExcellentQuotaSchema.exactOptional(),
});

/**
 * The options of `parseTierRule` (`ParseTierRuleOptions`).
 *
 * @example
 * ```ts
 * import { ParseTierRuleOptionsSchema } from 'cxzy/schema';
 * ParseTierRuleOptionsSchema.safeParse({ overlap: 'lowerTier' }).success; // true
 * ```
 */
export const ParseTierRuleOptionsSchema = z.strictObject({
  overlap: z.enum(OVERLAP_RESOLUTIONS).exactOptional(),
});

/**
 * The options of `assessMember` (`AssessMemberOptions`).
 *
 * @example
 * ```ts
 * import { AssessMemberOptionsSchema } from 'cxzy/schema';
 * AssessMemberOptionsSchema.safeParse({ missingEntry: 'error' }).success; // true
 * ```
 */
export const AssessMemberOptionsSchema = z.strictObject({
  missingEntry: z.enum(MISSING_ENTRY_TREATMENTS).exactOptional(),
});

/**
 * The options of `assessMembers` (`AssessMembersOptions`): `excellentQuota` replaces the rule's
 * quota, `false` for none.
 *
 * @example
 * ```ts
 * import { AssessMembersOptionsSchema } from 'cxzy/schema';
 * AssessMembersOptionsSchema.safeParse({ excellentQuota: false }).success; // true
 * ```
 */
export const AssessMembersOptionsSchema = z.strictObject({
  missingEntry: z.enum(MISSING_ENTRY_TREATMENTS).exactOptional(),
  excellentQuota: z.union([ExcellentQuotaSchema, z.literal(false)]).exactOptional(),
});

/**
 * The options of `explainAssessment` (`ExplainAssessmentOptions`): the sheets items are named from.
 *
 * @example
 * ```ts
 * import { SCORE_SHEETS_EXAMPLE } from 'cxzy/scoring';
 * import { ExplainAssessmentOptionsSchema } from 'cxzy/schema';
 * ExplainAssessmentOptionsSchema.safeParse({ sheets: SCORE_SHEETS_EXAMPLE }).success; // true
 * ```
 */
export const ExplainAssessmentOptionsSchema = z.strictObject({
  sheets: uniqueBy(ScoreSheetSchema, 'id').exactOptional(),
});

/**
 * A `PointsCap` of a points ledger: at most `points` gained or lost per period.
 *
 * @example
 * ```ts
 * import { PointsCapSchema } from 'cxzy/schema';
 * PointsCapSchema.safeParse({ points: 5, per: 'month' }).success; // true
 * PointsCapSchema.safeParse({ points: -5, per: 'week' }).success; // false
 * ```
 */
export const PointsCapSchema = z.strictObject({
  points: NonNegativePointsSchema,
  per: z.enum(LEDGER_PERIODS),
});

/**
 * A `CarryOverRule`: the share of the year's surplus carried into next year's base, at most `max`.
 *
 * @example
 * ```ts
 * import { CarryOverRuleSchema } from 'cxzy/schema';
 * CarryOverRuleSchema.safeParse({ share: { numerator: 1, denominator: 10 }, max: 5 }).success; // true
 * ```
 */
export const CarryOverRuleSchema = z.strictObject({
  share: FractionSchema,
  max: NonNegativePointsSchema.exactOptional(),
});

/**
 * A `LedgerCategory` of a points ledger.
 *
 * @example
 * ```ts
 * import { LedgerCategorySchema } from 'cxzy/schema';
 * LedgerCategorySchema.safeParse({ id: 'service', title: '志愿服务', cap: { points: 10, per: 'quarter' } }).success; // true
 * ```
 */
export const LedgerCategorySchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  cap: PointsCapSchema.exactOptional(),
});

/**
 * A `LedgerItem`: a scored event type, its points (negative for a deduction) and its category.
 *
 * @example
 * ```ts
 * import { LedgerItemSchema } from 'cxzy/schema';
 * LedgerItemSchema.safeParse({ id: 'meeting', title: '参加三会一课', categoryId: 'basic', points: 1 }).success; // true
 * ```
 */
export const LedgerItemSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  categoryId: IdSchema,
  points: PointsSchema,
  cap: PointsCapSchema.exactOptional(),
  once: z.boolean().exactOptional(),
});

/**
 * A `LedgerRule` (党员积分制): base score, floor, categories and items (ids unique in each list),
 * carry-over. That each item's category exists is `computeLedger`'s to report.
 *
 * @example
 * ```ts
 * import { POINTS_LEDGER_EXAMPLE } from 'cxzy/scoring';
 * import { LedgerRuleSchema } from 'cxzy/schema';
 * LedgerRuleSchema.safeParse(POINTS_LEDGER_EXAMPLE).success; // true
 * ```
 */
export const LedgerRuleSchema = z.strictObject({
  id: IdSchema.exactOptional(),
  label: LocalizedTextSchema.exactOptional(),
  baseScore: PointsSchema,
  floor: PointsSchema.exactOptional(),
  categories: uniqueBy(LedgerCategorySchema, 'id'),
  items: uniqueBy(LedgerItemSchema, 'id'),
  carryOver: CarryOverRuleSchema.exactOptional(),
});

/**
 * The options of `computeLedger` (`LedgerOptions`): the ledger's span, points carried over, and a
 * mid-year transfer.
 *
 * @example
 * ```ts
 * import { LedgerOptionsSchema } from 'cxzy/schema';
 * LedgerOptionsSchema.safeParse({ period: { start: '2015-01-01', end: '2015-12-31' }, carriedOver: 3 }).success; // true
 * ```
 */
export const LedgerOptionsSchema = z.strictObject({
  period: DateRangeSchema.exactOptional(),
  carriedOver: PointsSchema.exactOptional(),
  transferredIn: z.strictObject({ on: IsoDateSchema, branchAverage: z.number() }).exactOptional(),
});

/**
 * An `OrganizationGradeRule` (五星级, 晋档升级): each criterion with the score that meets it (codes
 * unique), and the fewest stars for each band.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_GRADES_FIVE_GOODS } from 'cxzy/scoring';
 * import { OrganizationGradeRuleSchema } from 'cxzy/schema';
 * OrganizationGradeRuleSchema.safeParse(ORGANIZATION_GRADES_FIVE_GOODS).success; // true
 * ```
 */
export const OrganizationGradeRuleSchema = z.strictObject({
  id: IdSchema.exactOptional(),
  label: LocalizedTextSchema.exactOptional(),
  criteria: uniqueBy(z.strictObject({ code: IdSchema, label: LocalizedTextSchema, meets: TierBoundSchema }), 'code'),
  bands: z.array(z.strictObject({ band: z.enum(ORGANIZATION_BANDS), minStars: whole(0) })),
});
