import { MEMBER_TIER_SET } from './tierSets';
import type { TierSet } from './types';

// The tier set a rule grades into, and the order of its tiers: what every function that compares
// or counts tiers reads instead of the four 民主评议 tiers alone.

/** The rule's own tier set, else the four 民主评议 tiers. */
export function tierSetOf(rule: { readonly tierSet?: TierSet | undefined }): TierSet {
  return rule.tierSet ?? MEMBER_TIER_SET;
}

/** The position of a tier in its set: 0 is best; a code the set does not have sorts last. */
export function tierRankIn(set: TierSet, tier: string): number {
  const rank = set.tiers.indexOf(tier);
  return rank < 0 ? set.tiers.length : rank;
}

/** The set's codes as an issue shows them: `excellent, good, qualified, unqualified`. */
export function tierCodesOf(set: TierSet): string {
  return set.tiers.join(', ');
}
