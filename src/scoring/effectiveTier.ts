import type { MemberAssessment, MemberTier } from './types';

/**
 * The tier that stands: the branch's decision where {@link decideTier} recorded one, else the
 * computed tier.
 *
 * @param assessment - the assessment.
 * @returns the decided or computed tier; `undefined` for a member neither graded nor decided.
 *
 * @example
 * ```ts
 * import { effectiveTier, type MemberAssessment } from 'cxzy/scoring';
 * declare const assessment: MemberAssessment;
 * effectiveTier(assessment); // assessment.decision?.tier ?? assessment.tier
 * ```
 */
export function effectiveTier(assessment: MemberAssessment): MemberTier | undefined {
  return assessment.decision?.tier ?? assessment.tier;
}
