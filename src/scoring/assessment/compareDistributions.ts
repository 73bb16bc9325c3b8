import { assertInput, type InputIssues } from '../../core/input';
import { divideRounded, fromHundredths } from '../_hundredths';
import { checkTierDistributionShape } from './checkTierDistributionShape';
import { MEMBER_TIERS, type MemberTier } from '../../core/tiers';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import type { TierSet } from '../tierSets/types';
import type { TierDistribution } from './tierDistribution';

/**
 * The share of each tier among graded members in two years, and its change in percentage points:
 * the 创先争优 plans' "优秀党员的比例都有较大幅度提高", measured. Shares are rounded half up to
 * two decimals once; the change is the difference of the rounded shares. A year without graded
 * members has every share 0. The tiers compared are the four 民主评议 tiers, or those of `tierSet`
 * for distributions counted in a set of its own.
 *
 * @param previousYear - last year's distribution, see {@link tierDistribution}.
 * @param currentYear - this year's.
 * @param tierSet - the set both were counted in; default the four 民主评议 tiers.
 * @returns one entry per tier, best first.
 * @throws {@link InvalidInputError} when a distribution is not shaped as one (from JSON: `graded`
 *   or a tier's count missing, not a whole number of at least 0, `counts` not an object); paths
 *   from `['previousYear']` and `['currentYear']`), or `tierSet` is not shaped as a {@link TierSet}
 *   (`['tierSet']`). No share is made of counts that cannot be read.
 *
 * @example
 * ```ts
 * import { compareDistributions } from 'cxzy/scoring';
 * const [excellent] = compareDistributions(
 *   { members: 10, graded: 10, counts: { excellent: 2, qualified: 7, basicallyQualified: 1, unqualified: 0 } },
 *   { members: 12, graded: 12, counts: { excellent: 4, qualified: 8, basicallyQualified: 0, unqualified: 0 } },
 * );
 * excellent; // { tier: 'excellent', previous: { count: 2, percent: 20 }, current: { count: 4, percent: 33.33 }, changePoints: 13.33 }
 * ```
 */
export function compareDistributions<T extends string = MemberTier>(
  previousYear: TierDistribution<T>,
  currentYear: TierDistribution<T>,
  tierSet?: TierSet<T>,
): readonly TierShareChange<T>[] {
  const issues: InputIssues = [];
  // The set is checked before its codes are read: one from JSON may be anything.
  const readable = tierSet === undefined || checkTierSetShape(tierSet, ['tierSet'], issues);
  const tiers: readonly T[] = tierSet === undefined || !readable ? (MEMBER_TIERS as readonly string[] as readonly T[]) : tierSet.tiers;
  if (readable) {
    checkTierDistributionShape(previousYear, ['previousYear'], issues, tiers);
    checkTierDistributionShape(currentYear, ['currentYear'], issues, tiers);
  }
  assertInput(issues);
  return tiers.map((tier) => {
    const before = percent(previousYear.counts[tier], previousYear.graded);
    const after = percent(currentYear.counts[tier], currentYear.graded);
    return {
      tier,
      previous: { count: previousYear.counts[tier], percent: fromHundredths(before) },
      current: { count: currentYear.counts[tier], percent: fromHundredths(after) },
      changePoints: fromHundredths(after - before),
    };
  });
}

/**
 * The share of each tier in two years and how it changed, in percent with two decimals.
 *
 * @typeParam T - the codes of the tier set compared; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import type { TierShareChange } from 'cxzy/scoring';
 * const change: TierShareChange = {
 *   tier: 'excellent',
 *   previous: { count: 2, percent: 20 },
 *   current: { count: 3, percent: 25 },
 *   changePoints: 5,
 * };
 * ```
 */
export interface TierShareChange<T extends string = MemberTier> {
  /** The tier. */
  readonly tier: T;
  /** Its count and share of graded members the previous year. */
  readonly previous: { readonly count: number; readonly percent: number };
  /** Its count and share this year. */
  readonly current: { readonly count: number; readonly percent: number };
  /** `current.percent − previous.percent`, in percentage points. */
  readonly changePoints: number;
}

/** Hundredths of a percent: `count / graded × 100`, rounded half up to two decimals. */
function percent(count: number, graded: number): number {
  return graded === 0 ? 0 : divideRounded(count * 10_000, graded);
}
