import { assertInput, expectNumber, type InputIssues } from '../../core/input';
import { chooseBand, compileBands, otherBands } from './_bands';
import { checkTierRuleShape } from './checkTierRuleShape';
import { fromHundredths, roundHundredths } from '../_hundredths';
import type { MemberTier } from '../../core/tiers';
import type { TierBand, TierRule } from './types';

/**
 * The tier a score gets under a rule, and the band that gave it.
 *
 * The score is first rounded half away from zero to hundredths (四舍五入, reading `1.005` as the
 * decimal it was written as), so float noise such as `79.99999999999999` is decided as 80.00. Every
 * band that contains the rounded score is found; when two do (a boundary shared under the
 * statutory reading), the rule's `overlap` picks the better or the worse tier, and the others are
 * listed in `alsoMatched`. Under a whole-number rule (`wholeScores`), a band that ends one point
 * below the next (`80—89分` under `90分以上`) holds every score up to the next band's lowest,
 * exclusive: 89.5 is 合格, never rounded up into 优秀 (see {@link TierRule.wholeScores}).
 *
 * @param score - the score: a total, an average, a ledger balance.
 * @param rule - the tier rule. Not modified.
 * @returns the classification, or `undefined` when no band contains the score (a gap in the rule,
 *   or a score that is not a finite number). {@link checkTierRule} reports gaps beforehand.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule} (from JSON or a
 *   cast: no `bands` list, a bound that is not `{ value: number, inclusive: boolean }`, an `overlap`
 *   other than `'higherTier'` or `'lowerTier'` …) or a bound is not a finite number (NaN would
 *   put every score in its band); its `issues` name each field, paths from `['rule']`. Nothing is
 *   classified by a rule that cannot be read. A bound with a third decimal is read to the
 *   hundredth, as a score is; {@link checkTierRule} reports it (`scoring.ruleBadBound`).
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * classify(100, MEMBER_TIERS_TONGMIN_2015)?.tier; // 'excellent'
 * classify(80, MEMBER_TIERS_TONGMIN_2015)?.band.text; // '80—100分'
 * classify(60, MEMBER_TIERS_TONGMIN_2015)?.tier; // 'basicallyQualified'
 * classify(59.99, MEMBER_TIERS_TONGMIN_2015)?.tier; // 'unqualified'
 * classify(33.33 + 33.33 + 13.34, MEMBER_TIERS_TONGMIN_2015)?.score; // 80
 * ```
 *
 * @example
 * ```ts
 * import { classify, parseTierRule } from 'cxzy/scoring';
 * const read = parseTierRule('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格');
 * read.success && classify(89.5, read.data)?.tier; // 'qualified'
 * read.success && classify(89.5, { ...read.data, wholeScores: false }); // undefined
 * ```
 */
export function classify<T extends string = MemberTier>(score: number, rule: TierRule<T>): Classification<T> | undefined {
  const issues: InputIssues = [];
  if (checkTierRuleShape(rule, ['rule'], issues)) {
    // A bound that is not finite (NaN would put every score in its band) is not a score.
    rule.bands.forEach((band, index) => {
      if (band.min !== undefined) expectNumber(band.min.value, ['rule', 'bands', index, 'min', 'value'], issues);
      if (band.max !== undefined) expectNumber(band.max.value, ['rule', 'bands', index, 'max', 'value'], issues);
    });
  }
  assertInput(issues);
  if (!Number.isFinite(score)) return undefined;
  const hundredths = roundHundredths(score);
  const bands = compileBands(rule);
  const chosen = chooseBand(hundredths, bands, rule.overlap);
  if (chosen < 0) return undefined;
  const band = rule.bands[chosen]!;
  // From 2^52 up a double is a whole number, already its own rounding (and its hundredths may overflow).
  // Stryker disable next-line EqualityOperator: 2^52 itself comes back from its hundredths unchanged
  const decided = Math.abs(score) >= 2 ** 52 ? score : fromHundredths(hundredths);
  return { tier: band.tier, band, bandIndex: chosen, score: decided, alsoMatched: otherBands(hundredths, bands, chosen) };
}

/**
 * What {@link classify} returns: the tier, the band that gave it, and the score it was decided on.
 *
 * @typeParam T - the codes of the rule's tiers; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const result = classify(100, MEMBER_TIERS_TONGMIN_2015);
 * result?.tier; // 'excellent'
 * result?.alsoMatched; // [1]: 80—100分 contains 100 too
 * ```
 */
export interface Classification<T extends string = MemberTier> {
  /** The tier: a code of the rule's tier set. */
  readonly tier: T;
  /** The band that matched. */
  readonly band: TierBand<T>;
  /** Its index in the rule's `bands`. */
  readonly bandIndex: number;
  /** The score the tier was decided on: the input rounded half away from zero to hundredths. */
  readonly score: number;
  /** Other bands that contain the score and lost to the rule's `overlap`; usually empty. */
  readonly alsoMatched: readonly number[];
}
