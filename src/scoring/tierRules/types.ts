import type { Fraction } from '../../core/fraction';
import type { LocalizedText } from '../../core/locale';
import type { MemberTier } from '../../core/tiers';
import type { TierSet } from '../tierSets/types';

// Tier rules as data: bands with their bounds, how a shared boundary is resolved, vetoes
// (一票否决) and the cap on 优秀. What a rule gives for one score is `classify`'s result.

/**
 * A rule that turns a score into a tier, written as data: its tier set (the four 民主评议 tiers,
 * {@link MemberTier}, unless it names another), its bands (best tier first), how a score on a
 * shared boundary is resolved, whether probationary members are graded, its vetoes and an optional
 * cap on 优秀.
 *
 * @typeParam T - the codes of the rule's tiers: {@link MemberTier} by default, the codes of its
 *   `tierSet` otherwise. Bands and vetoes take their codes from the set: a code that is not the
 *   set's is a compile error for a rule written in TypeScript, and `checkTierRule`'s
 *   `scoring.ruleTierNotInSet` for one from JSON.
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_TONGMIN_2015, TIER_SET_EXCELLENT_GOOD_QUALIFIED, type TierRule } from 'cxzy/scoring';
 * const strict: TierRule = { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' };
 * const school = {
 *   tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
 *   bands: [
 *     { tier: 'excellent', min: { value: 90, inclusive: true } },
 *     { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: false } },
 *     { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: false } },
 *     { tier: 'unqualified', max: { value: 60, inclusive: false } },
 *   ],
 *   overlap: 'higherTier',
 * } as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>;
 * classify(80, school)?.tier; // 'good'
 * ```
 */
export interface TierRule<T extends string = MemberTier> {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** The document and words the rule comes from. */
  readonly source?: string;
  /**
   * The tiers the rule grades into; absent for the four 民主评议 tiers ({@link MEMBER_TIER_SET}).
   * @defaultValue {@link MEMBER_TIER_SET}
   */
  readonly tierSet?: TierSet<T>;
  /** The bands, best tier first. Together they must cover every score without gaps. */
  readonly bands: readonly TierBand<NoInfer<T>>[];
  /** Which tier a score on a boundary shared by two bands gets. */
  readonly overlap: OverlapResolution;
  /**
   * Whether the rule is written for whole-number scores (整数分), as in `90分以上为优秀,80—89分为合格,
   * 60—79分为基本合格,59分以下为不合格`: a band that ends at a whole score one point below the
   * next band's lowest score (`80—89分` under `90分以上`, `59分以下` under `60—79分`) reaches up to
   * that score, exclusive: `80—89分` holds every score from 80 up to, not including, 90.
   *
   * The reading, for the fractional score a whole-number rule meets all the same (an average,
   * 89.5): 89.5 has not reached 90, so `90分以上` (优秀) does not hold it, and it stays in `80—89分`
   * (合格). It is the same as dropping the fraction (去尾) and never rounds a score up into a better
   * tier: every member given 优秀 has reached the 90 the rule asks for. A rule read the other way
   * would make 89.5 优秀 without 90 points, or leave it without a tier.
   *
   * Only a gap of exactly one point between whole scores is read so; any other gap stays a gap
   * (`scoring.ruleGap`). {@link parseTierRule} sets the field when every bound of a text is a whole
   * number and every gap between its bands is such a gap; where the bands leave no such gap the
   * field changes nothing.
   * @defaultValue `false`
   */
  readonly wholeScores?: boolean;
  /**
   * Whether probationary members (预备党员) get a tier. Default `false`: they take part, ungraded.
   * @defaultValue `false`
   */
  readonly gradeProbationary?: boolean;
  /** Conditions that cap the tier whatever the points (一票否决). */
  readonly vetoes?: readonly VetoRule<NoInfer<T>>[];
  /**
   * A cap on the share of 优秀, applied by {@link assessMembers} to the tiers that map onto 优秀
   * (all of the set's `memberTiers` that are `'excellent'`); not applicable to a set without a
   * mapping.
   */
  readonly excellentQuota?: ExcellentQuota;
}

/**
 * A band of a {@link TierRule}: the scores from `min` to `max` get `tier`. A missing end is open:
 * `60分以下` has no `min`, `100分以上` no `max`.
 *
 * @typeParam T - the codes of the rule's tier set; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import type { TierBand } from 'cxzy/scoring';
 * const qualified: TierBand = {
 *   tier: 'qualified',
 *   min: { value: 80, inclusive: true },
 *   max: { value: 100, inclusive: true },
 *   text: '80—100分',
 * };
 * ```
 */
export interface TierBand<T extends string = MemberTier> {
  /** The tier a score in the band gets: a code of the rule's tier set. */
  readonly tier: T;
  /** The lowest score of the band; absent for no lower limit. */
  readonly min?: TierBound;
  /** The highest score of the band; absent for no upper limit. */
  readonly max?: TierBound;
  /** The band as the source document writes it (`80—100分`), quoted in explanations. */
  readonly text?: string;
}

/**
 * One end of a band: a score and whether the band contains it. Chinese statutory reading
 * (民法典 第一千二百五十九条): 以上、以下、以内 include the number (`inclusive: true`); 不满、超过
 * do not (`inclusive: false`).
 *
 * @example
 * ```ts
 * import type { TierBound } from 'cxzy/scoring';
 * const sixtyOrMore: TierBound = { value: 60, inclusive: true }; // 60分以上
 * const underSixty: TierBound = { value: 60, inclusive: false }; // 不满60分
 * ```
 */
export interface TierBound {
  /** The score, with at most two decimals. */
  readonly value: number;
  /** Whether the score itself belongs to the band. */
  readonly inclusive: boolean;
}

/**
 * What to do with a score that two bands both contain, as the statutory reading makes happen at
 * a shared boundary (`100分以上` and `80—100分` both contain 100): give the better tier
 * (`higherTier`, the default of the shipped rules) or the worse one (`lowerTier`).
 *
 * @example
 * ```ts
 * import type { OverlapResolution } from 'cxzy/scoring';
 * const strict: OverlapResolution = 'lowerTier'; // 100 → 合格 under the 2015 rule
 * ```
 */
export type OverlapResolution = 'higherTier' | 'lowerTier';

/**
 * 一票否决: a condition that caps a member's tier whatever the points. A member with the veto gets
 * at most `atMost`: `qualified` for "不得评为优秀", `unqualified` to force 不合格.
 *
 * @typeParam T - the codes of the rule's tier set; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import type { VetoRule } from 'cxzy/scoring';
 * const veto: VetoRule = {
 *   id: 'disciplinaryAction',
 *   label: { 'zh-CN': '当年受到党纪处分', en: 'Subject to Party discipline this year' },
 *   atMost: 'qualified',
 * };
 * ```
 */
export interface VetoRule<T extends string = MemberTier> {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** The condition, as the rule states it. */
  readonly label: LocalizedText;
  /** The best tier a member with this veto may get: a code of the rule's tier set. */
  readonly atMost: T;
  /** Where the condition comes from. */
  readonly source?: string;
  /** A card condition that applies the veto without it being recorded on the card. */
  readonly trigger?: VetoTrigger;
}

/**
 * A condition on a score card that triggers a veto by itself: points of at least `atLeast` on an
 * item (a deduction for a breach of discipline, for instance).
 *
 * @example
 * ```ts
 * import type { VetoTrigger } from 'cxzy/scoring';
 * const trigger: VetoTrigger = { sheetId: 'integrity', itemId: 'discipline', atLeast: 0.01 };
 * ```
 */
export interface VetoTrigger {
  /** The sheet of the item. */
  readonly sheetId: string;
  /** The item. */
  readonly itemId: string;
  /** The points on the item, at or above which the veto applies. */
  readonly atLeast: number;
}

/**
 * A cap on the share of 优秀. 民主评议 guidance: "评定为优秀的党员比例一般不超过党员总数的三分之一".
 * The cap is `floor(base × share)` members, where the base is every assessed member (`allMembers`,
 * the guidance's 党员总数) or only those graded (`gradedMembers`).
 *
 * @example
 * ```ts
 * import type { ExcellentQuota } from 'cxzy/scoring';
 * const quota: ExcellentQuota = {
 *   share: { numerator: 1, denominator: 3 },
 *   of: 'allMembers',
 *   tieBreak: 'excludeTied',
 * };
 * ```
 */
export interface ExcellentQuota {
  /** The largest share of members that may be 优秀. */
  readonly share: Fraction;
  /** What the share is taken of. */
  readonly of: 'allMembers' | 'gradedMembers';
  /** Who keeps the last places when members tie at the cut. */
  readonly tieBreak: QuotaTieBreak;
}

/**
 * How members tied on the last place of a quota are treated: `excludeTied` gives the place to none
 * of them and leaves the choice to the branch (the cap is never exceeded and nothing arbitrary
 * decides); `memberId` keeps them in ascending order of `memberId` (UTF-16 code units), an
 * arbitrary but reproducible order.
 *
 * @example
 * ```ts
 * import type { QuotaTieBreak } from 'cxzy/scoring';
 * const tieBreak: QuotaTieBreak = 'excludeTied';
 * ```
 */
export type QuotaTieBreak = 'excludeTied' | 'memberId';
