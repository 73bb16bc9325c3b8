import { assertInput, type InputIssues } from '../../core/input';
import { checkAssessmentTierShape } from './checkAssessmentShape';
import type { MemberAssessment } from './types';
import type { MemberTier } from '../../core/tiers';

/**
 * The tier that stands: the branch's decision where {@link decideTier} recorded one, else the
 * computed tier. A code of the assessment's tier set (the four 民主评议 tiers unless the rule names
 * its own).
 *
 * @param assessment - the assessment.
 * @returns the decided or computed tier; `undefined` for a member neither graded nor decided.
 * @throws {@link InvalidInputError} when `assessment` is not an assessment: not an object, or a
 *   `tier` or decision that is not shaped as one (paths from `['assessment']`).
 *
 * @example
 * ```ts
 * import { assessMember, decideTier, effectiveTier, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { isoDate } from 'cxzy/schedule';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
 * const assessment = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 100 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * effectiveTier(assessment); // 'excellent'
 * const decided = decideTier(assessment, {
 *   tier: 'qualified',
 *   decidedBy: '支部党员大会',
 *   decidedOn: isoDate('2016-01-12'),
 *   reason: '本人申请不参评优秀',
 * });
 * effectiveTier(decided); // 'qualified'
 * ```
 */
export function effectiveTier<T extends string = MemberTier>(assessment: MemberAssessment<T>): T | undefined {
  const issues: InputIssues = [];
  checkAssessmentTierShape(assessment, ['assessment'], issues);
  assertInput(issues);
  return assessment.decision?.tier ?? assessment.tier;
}
