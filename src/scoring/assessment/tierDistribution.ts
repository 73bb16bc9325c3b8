import { assertInput, expectList, expectObject, MAX_LIST_ISSUES, type InputIssues } from '../../core/input';
import type { MemberAssessment } from './types';
import type { MemberTier } from '../../core/tiers';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import { MEMBER_TIER_SET } from '../tierSets/tierSets';
import type { TierSet } from '../tierSets/types';

/**
 * Counts the tiers of a set of assessments: the decided tier where the branch recorded one, else
 * the computed tier. Members without a tier count in `members` only.
 *
 * The tiers counted are those of a tier set: `tierSet` if given, else the set the assessments carry
 * (`tierSet` of an assessment of a rule that names one), else the four 民主评议 tiers. For a set of
 * its own, `memberTierCounts` adds the counts in the four where the set maps onto them (each tier
 * counted as the tier it maps onto), and is `null` where it does not: counts in the four are then
 * not applicable, and are never guessed.
 *
 * @param assessments - the assessments. Not modified.
 * @param tierSet - the tier set to count in; default the assessments' own, else the four.
 * @returns how many members, how many graded, and the count of each tier. A tier that is none of
 *   the set's (from JSON an app did not check) counts in `members` only.
 * @throws {@link InvalidInputError} when `assessments` is not a list or holds something that is not
 *   an object (paths from `['assessments']`), or `tierSet` is not shaped as a {@link TierSet}
 *   (`['tierSet']`).
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
 *
 * @example
 * ```ts
 * import { assessMember, tierDistribution, TIER_SET_EXCELLENT_GOOD_QUALIFIED, type TierRule } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '年度考核', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
 * const rule = {
 *   tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
 *   bands: [
 *     { tier: 'excellent', min: { value: 90, inclusive: true } },
 *     { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: false } },
 *     { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: false } },
 *     { tier: 'unqualified', max: { value: 60, inclusive: false } },
 *   ],
 *   overlap: 'higherTier',
 * } as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>;
 * const assessments = [95, 80, 78, 50].map((points, index) =>
 *   assessMember({ memberId: `m${index}`, entries: [{ sheetId: 's', itemId: 'i', points }] }, sheets, rule),
 * );
 * const distribution = tierDistribution(assessments);
 * distribution.counts; // { excellent: 1, good: 2, qualified: 0, unqualified: 1 }
 * distribution.memberTierCounts; // { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 1 }
 * ```
 */
export function tierDistribution<T extends string = MemberTier>(assessments: readonly MemberAssessment<T>[], tierSet?: TierSet<T>): TierDistribution<T> {
  const input: InputIssues = [];
  if (expectList(assessments, ['assessments'], input)) {
    for (let index = 0; index < assessments.length && input.length < MAX_LIST_ISSUES; index += 1) {
      const assessment: unknown = assessments[index];
      if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) expectObject(assessment, ['assessments', index], input);
    }
  }
  if (tierSet !== undefined) checkTierSetShape(tierSet, ['tierSet'], input);
  assertInput(input);
  const own = tierSet ?? carriedSet(assessments);
  const set = (own ?? MEMBER_TIER_SET) as TierSet;
  const counts: Record<string, number> = {};
  for (const tier of set.tiers) counts[tier] = 0;
  let graded = 0;
  for (const assessment of assessments) {
    // The decided tier where recorded, else the computed one (`effectiveTier`, without its check).
    const decided: unknown = assessment.decision;
    const tier: unknown = typeof decided === 'object' && decided !== null ? ((decided as { tier?: unknown }).tier ?? assessment.tier) : assessment.tier;
    // A tier from unparsed JSON (`"__proto__"`, `"constructor"`) is not one of the set's: not counted.
    if (typeof tier !== 'string' || !Object.hasOwn(counts, tier)) continue;
    counts[tier] = counts[tier]! + 1;
    graded += 1;
  }
  const distribution = { members: assessments.length, graded, counts: counts as Record<T, number> };
  // The four 民主评议 tiers are their own counts; another set adds its counts in the four, or says they do not apply.
  return own === undefined || (own as TierSet) === MEMBER_TIER_SET ? distribution : { ...distribution, memberTierCounts: countsInMemberTiers(set, counts) };
}

/** The tier set the assessments carry: that of the first one with a set shaped as one. */
function carriedSet<T extends string>(assessments: readonly MemberAssessment<T>[]): TierSet<T> | undefined {
  for (const assessment of assessments) {
    const set: unknown = assessment.tierSet;
    if (set !== undefined && checkTierSetShape(set, [], [])) return set as TierSet<T>;
  }
  return undefined;
}

/** The counts of a mapped set's tiers added up by the tier of the four each maps onto; `null` for an unmapped set. */
function countsInMemberTiers(set: TierSet, counts: Readonly<Record<string, number>>): Record<MemberTier, number> | null {
  const mapping = set.memberTiers;
  if (mapping === undefined) return null;
  const inFour: Record<MemberTier, number> = { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 };
  for (const tier of set.tiers) inFour[mapping[tier]!] += counts[tier]!;
  return inFour;
}

/**
 * How many members got each tier.
 *
 * @typeParam T - the codes of the tier set counted in; {@link MemberTier} by default.
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
export interface TierDistribution<T extends string = MemberTier> {
  /** Every member assessed. */
  readonly members: number;
  /** Those with a tier. */
  readonly graded: number;
  /** The count of each tier of the set. */
  readonly counts: Readonly<Record<T, number>>;
  /**
   * For a tier set of its own: the counts in the four 民主评议 tiers, each tier counted as the one it
   * maps onto; `null` when the set does not map onto them (not applicable). Absent when the set
   * counted in is the four themselves.
   */
  readonly memberTierCounts?: Readonly<Record<MemberTier, number>> | null;
}
