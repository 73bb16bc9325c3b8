import { MEMBER_TIERS } from '../../core/tiers';
import { MEMBER_TIER_SET } from './tierSets';
import type { TierSet } from './types';

// The tier set a rule grades into, and the order of its tiers: what every function that compares
// or counts tiers reads instead of the four 民主评议 tiers alone.

/** The rule's own tier set, else the four 民主评议 tiers. */
export function tierSetOf(rule: { readonly tierSet?: TierSet | undefined }): TierSet {
  return rule.tierSet ?? MEMBER_TIER_SET;
}

/**
 * The rule's tiers from best to worst, else the four 民主评议 tiers: all that ranking bands needs,
 * without the labels of the default set (so that `classify` alone does not carry them).
 */
export function tierOrderOf(rule: { readonly tierSet?: TierSet | undefined }): readonly string[] {
  return rule.tierSet?.tiers ?? MEMBER_TIERS;
}

/** The position of a tier in its set's order: 0 is best; a code the set does not have sorts last. */
export function tierRankIn(tiers: readonly string[], tier: string): number {
  const rank = tiers.indexOf(tier);
  return rank < 0 ? tiers.length : rank;
}

/** The set's codes as an issue shows them: `excellent, good, qualified, unqualified`. */
export function tierCodesOf(set: TierSet): string {
  return set.tiers.join(', ');
}
