import { FIVE_GOODS } from '../../standards/standards';
import type { OrganizationGradeRule } from './types';

/**
 * An example 五星级 grading over 五个好: each criterion scored out of 100 and met at 80 or more,
 * one star each; 5 stars 先进, 3 or 4 中间, fewer 后进. The seeds name the stars ("以'五个好'为基本
 * 要求,创建'五星级'基层党组织") and the bands ("使处于先进的当好标杆、中间状态的规范提高、相对后进的
 * 改变面貌") but no scores: these are this library's example, to adapt.
 *
 * @example
 * ```ts
 * import { gradeOrganization, ORGANIZATION_GRADES_FIVE_GOODS } from 'cxzy/scoring';
 * gradeOrganization(
 *   { leadershipTeam: 92, memberTeam: 85, workMechanism: 80, workResults: 88, response: 79.5 },
 *   ORGANIZATION_GRADES_FIVE_GOODS,
 * ).band; // 'intermediate': four stars
 * ```
 */
export const ORGANIZATION_GRADES_FIVE_GOODS = {
  id: 'five-goods-stars',
  label: { 'zh-CN': '“五星级”基层党组织(五个好)', en: 'Five-star grassroots organization (Five Goods)' },
  criteria: FIVE_GOODS.criteria.map((criterion) => ({
    code: criterion.code,
    label: criterion.label,
    meets: { value: 80, inclusive: true },
  })),
  bands: [
    { band: 'advanced', minStars: 5 },
    { band: 'intermediate', minStars: 3 },
    { band: 'lagging', minStars: 0 },
  ],
} as const satisfies OrganizationGradeRule;
