import { assertInput, expectList, expectObject, MAX_LIST_ISSUES, type InputIssues } from '../../core/input';
import type { MemberAssessment } from './types';
import type { MemberTier } from '../../core/tiers';

/**
 * Counts the tiers of a set of assessments: the decided tier where the branch recorded one, else
 * the computed tier. Members without a tier count in `members` only.
 *
 * @param assessments - the assessments. Not modified.
 * @returns how many members, how many graded, and the count of each tier. A tier that is none of
 *   the four (from JSON an app did not check) counts in `members` only.
 * @throws {@link InvalidInputError} when `assessments` is not a list or holds something that is not
 *   an object (paths from `['assessments']`).
 *
 * @example
 * ```ts
 * import { assessMember, tierDistribution, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
 * const assessments = [100, 85, 80, 59.5].map((points, index) =>
 *   assessMember({ memberId: `m${index}`, entries: [{ sheetId: 's', itemId: 'i', points }] }, sheets, MEMBER_TIERS_TONGMIN_2015),
 * );
 * tierDistribution(assessments);
 * // { members: 4, graded: 4, counts: { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 1 } }
 * ```
 */
export function tierDistribution(assessments: readonly MemberAssessment[]): TierDistribution {
  const input: InputIssues = [];
  if (expectList(assessments, ['assessments'], input)) {
    for (let index = 0; index < assessments.length && input.length < MAX_LIST_ISSUES; index += 1) {
      const assessment: unknown = assessments[index];
      if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) expectObject(assessment, ['assessments', index], input);
    }
  }
  assertInput(input);
  const counts: Record<MemberTier, number> = { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 };
  let graded = 0;
  for (const assessment of assessments) {
    // The decided tier where recorded, else the computed one (`effectiveTier`, without its check).
    const decided: unknown = assessment.decision;
    const tier: unknown = typeof decided === 'object' && decided !== null ? ((decided as { tier?: unknown }).tier ?? assessment.tier) : assessment.tier;
    // A tier from unparsed JSON (`"__proto__"`, `"constructor"`) is not one of the four: not counted.
    if (typeof tier !== 'string' || !Object.hasOwn(counts, tier)) continue;
    counts[tier as MemberTier] += 1;
    graded += 1;
  }
  return { members: assessments.length, graded, counts };
}

/**
 * How many members got each tier.
 *
 * @example
 * ```ts
 * import type { TierDistribution } from 'cxzy/scoring';
 * const distribution: TierDistribution = {
 *   members: 12,
 *   graded: 11,
 *   counts: { excellent: 3, qualified: 7, basicallyQualified: 1, unqualified: 0 },
 * };
 * ```
 */
export interface TierDistribution {
  /** Every member assessed. */
  readonly members: number;
  /** Those with a tier. */
  readonly graded: number;
  /** The count of each tier. */
  readonly counts: Readonly<Record<MemberTier, number>>;
}
