import * as z from 'zod';
import { MEMBER_TIERS } from '../../core/tiers';
import { ORGANIZATION_BANDS } from '../../scoring/labels';
import { DateRangeSchema } from '../campaign';
import { addSchemaIssue, IdSchema, reportingProtoKey, IsoDateSchema, LocalizedTextSchema, ONLY_LIST, TextSchema, uniqueBy } from '../primitives';
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
  withJsonSchemaFacts,
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
 * A `TierSet`: the tier codes best first (each once), the names in zh-CN and en and an optional
 * mapping onto the four 民主评议 tiers, each a table by code. Whether every code has its name and
 * its tier of the four (JSON Schema cannot say "a key for each item of that list"), the mapping
 * keeps the order and the zh-CN names are distinct is `checkTierSet`'s to report.
 *
 * @example
 * ```ts
 * import { TIER_SET_GOOD_TO_POOR } from 'cxzy/scoring';
 * import { TierSetSchema } from 'cxzy/schema';
 * TierSetSchema.safeParse(TIER_SET_GOOD_TO_POOR).success; // true
 * TierSetSchema.safeParse({ ...TIER_SET_GOOD_TO_POOR, tiers: [] }).success; // false: a set has tiers
 * ```
 */
export const TierSetSchema = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema,
    source: TextSchema.exactOptional(),
    tiers: z.array(IdSchema).min(1, ONLY_LIST),
    tierLabels: reportingProtoKey(z.record(IdSchema, LocalizedTextSchema)),
    memberTiers: reportingProtoKey(z.record(IdSchema, z.enum(MEMBER_TIERS))).exactOptional(),
  })
  .superRefine(
    (set, ctx) => {
      const seen = new Map<string, number>();
      set.tiers.forEach((tier, index) => {
        const first = seen.get(tier);
        if (first !== undefined) addSchemaIssue(ctx, 'schema.duplicateId', ['tiers', index], { id: tier, firstIndex: first });
        else seen.set(tier, index);
      });
    },
    { when: (payload) => isTierSetReadable(payload.value) },
  );

/** Whether a value has the list of codes a tier set's refinement walks. */
function isTierSetReadable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const tiers = (value as Readonly<Record<string, unknown>>)['tiers'];
  return Array.isArray(tiers) && tiers.every((tier) => typeof tier === 'string');
}

/** A band of a rule that may name its own tier set: its tier is a code, checked against the set by the rule. */
const TierBandOfSetSchema = z.strictObject({ ...TierBandSchema.shape, tier: IdSchema });

/** A veto of a rule that may name its own tier set: its `atMost` is a code, checked against the set by the rule. */
const VetoRuleOfSetSchema = z.strictObject({ ...VetoRuleSchema.shape, atMost: IdSchema });

/**
 * A `TierRule` written as data (the object form, as an app stores it as JSON): its tier set (the
 * four 民主评议 tiers unless it names its own), bands, overlap resolution, vetoes (ids unique) and
 * an optional quota. Without a set, each band's tier and each veto's `atMost` must be one of
 * `excellent`, `qualified`, `basicallyQualified` and `unqualified` (in the JSON Schema too, by an
 * `if`/`then`); with a set, they are codes, and whether each is one of the set's
 * (`scoring.ruleTierNotInSet`), like whether the bands cover every score without gaps or
 * contradictions, is `checkTierRule`'s to report: JSON Schema cannot compare a value with a list
 * given in the same document. To read a rule from its sentence ("100分以上为优秀;80—100分为合格……")
 * use `parseTierRule` of `cxzy/scoring`.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015, TIER_SET_EXCELLENT_GOOD_QUALIFIED } from 'cxzy/scoring';
 * import { TierRuleSchema } from 'cxzy/schema';
 * TierRuleSchema.safeParse(MEMBER_TIERS_TONGMIN_2015).success; // true
 * const good = { tier: 'good', min: { value: 75, inclusive: true } };
 * TierRuleSchema.safeParse({ overlap: 'higherTier', bands: [good] }).success; // false: 良好 is not one of the four
 * TierRuleSchema.safeParse({ overlap: 'higherTier', bands: [good], tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED }).success; // true
 * ```
 */
export const TierRuleSchema = /* @__PURE__ */ withJsonSchemaFacts(
  z.strictObject({
    id: IdSchema.exactOptional(),
    label: LocalizedTextSchema.exactOptional(),
    source: TextSchema.exactOptional(),
    tierSet: TierSetSchema.exactOptional(),
    bands: z.array(TierBandOfSetSchema).min(1, ONLY_LIST),
    overlap: z.enum(OVERLAP_RESOLUTIONS),
    wholeScores: z.boolean().exactOptional(),
    gradeProbationary: z.boolean().exactOptional(),
    vetoes: uniqueBy(VetoRuleOfSetSchema, 'id').exactOptional(),
    excellentQuota: ExcellentQuotaSchema.exactOptional(),
  })
  .superRefine(
    (rule, ctx) => {
      // A rule without a set names the four, worded as an enum's options are; a rule with a set is
      // checked against it by checkTierRule. The rule may have failed other checks: only what
      // reads as a code is compared.
      const { bands, vetoes, tierSet } = rule as { readonly bands: unknown; readonly vetoes?: unknown; readonly tierSet?: unknown };
      if (tierSet !== undefined) return;
      const expect = (item: unknown, field: string, path: readonly PropertyKey[]): void => {
        const value = typeof item === 'object' && item !== null ? (item as Readonly<Record<string, unknown>>)[field] : undefined;
        if (typeof value === 'string' && !(MEMBER_TIERS as readonly string[]).includes(value)) {
          ctx.addIssue({ code: 'invalid_value', values: [...MEMBER_TIERS], input: value, path: [...path, field] });
        }
      };
      if (Array.isArray(bands)) bands.forEach((band: unknown, index) => expect(band, 'tier', ['bands', index]));
      if (Array.isArray(vetoes)) vetoes.forEach((veto: unknown, index) => expect(veto, 'atMost', ['vetoes', index]));
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  ),
  {
    // Without a tier set, the four 民主评议 tiers.
    if: { not: { type: 'object', properties: { tierSet: {} }, required: ['tierSet'] } },
    then: {
      type: 'object',
      properties: {
        bands: { type: 'array', items: { type: 'object', properties: { tier: { type: 'string', enum: [...MEMBER_TIERS] } } } },
        vetoes: { type: 'array', items: { type: 'object', properties: { atMost: { type: 'string', enum: [...MEMBER_TIERS] } } } },
      },
    },
  },
);

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
  tierSet: TierSetSchema.exactOptional(),
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
