import { assertInput, expectOneOf, type InputIssues } from '../../core/input';
import type { MemberTier } from '../../core/tiers';
import { checkTierSetShape } from './checkTierSetShape';
import { MEMBER_TIER_SET } from './tierSets';
import type { TierSet } from './types';

/**
 * The 民主评议 tier a tier of a set reads as: what the set's `memberTiers` maps it onto. For the
 * four 民主评议 tiers (the default set) each tier is itself. This is what commendation (a minimum
 * tier), rectification (不合格) and consequences read a rule of its own set by.
 *
 * @param tier - a code of the set.
 * @param tierSet - the set; default the four 民主评议 tiers.
 * @returns the tier of the four; `undefined` when the set does not map onto them (not applicable,
 *   never guessed).
 * @throws {@link InvalidInputError} when `tierSet` is not shaped as a {@link TierSet} (paths from
 *   `['tierSet']`) or `tier` is not one of its codes (`['tier']`, naming the set's codes).
 *
 * @example
 * ```ts
 * import { memberTierOf, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR } from 'cxzy/scoring';
 * memberTierOf('good', TIER_SET_EXCELLENT_GOOD_QUALIFIED); // 'qualified'
 * memberTierOf('unqualified', TIER_SET_EXCELLENT_GOOD_QUALIFIED); // 'unqualified'
 * memberTierOf('poor', TIER_SET_GOOD_TO_POOR); // undefined: a branch's grade is not a member's tier
 * memberTierOf('basicallyQualified'); // 'basicallyQualified'
 * ```
 */
export function memberTierOf<T extends string = MemberTier>(tier: NoInfer<T>, tierSet?: TierSet<T>): MemberTier | undefined {
  const set = (tierSet ?? MEMBER_TIER_SET) as TierSet;
  const issues: InputIssues = [];
  if (checkTierSetShape(set, ['tierSet'], issues)) expectOneOf(tier, set.tiers, ['tier'], issues);
  assertInput(issues);
  return set.memberTiers?.[tier];
}
