import { effectiveTier } from './effectiveTier';
import type { MemberAssessment, MemberTier, TierDistribution } from './types';

/**
 * Counts the tiers of a set of assessments: the decided tier where the branch recorded one, else
 * the computed tier. Members without a tier count in `members` only.
 *
 * @param assessments - the assessments. Not modified.
 * @returns how many members, how many graded, and the count of each tier.
 *
 * @example
 * ```ts
 * import { tierDistribution, type MemberAssessment } from 'cxzy/scoring';
 * declare const assessments: readonly MemberAssessment[];
 * tierDistribution(assessments).counts.excellent;
 * ```
 */
export function tierDistribution(assessments: readonly MemberAssessment[]): TierDistribution {
  const counts: Record<MemberTier, number> = { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 };
  let graded = 0;
  for (const assessment of assessments) {
    const tier = effectiveTier(assessment);
    if (tier === undefined) continue;
    counts[tier] += 1;
    graded += 1;
  }
  return { members: assessments.length, graded, counts };
}
