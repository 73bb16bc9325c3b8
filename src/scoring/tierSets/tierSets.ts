import { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../../core/tiers';
import type { TierSet } from './types';

// The tier sets cxzy ships. The four 民主评议 tiers are every rule's default; the others are the
// sets schools and branches grade in besides, each with where it comes from.

/**
 * The four 民主评议 tiers, 优秀/合格/基本合格/不合格: the default tier set of every
 * {@link TierRule} without a `tierSet`, with the consequences of {@link TIER_CONSEQUENCES}. Each
 * tier maps onto itself.
 *
 * @example
 * ```ts
 * import { MEMBER_TIER_SET } from 'cxzy/scoring';
 * MEMBER_TIER_SET.tiers; // ['excellent', 'qualified', 'basicallyQualified', 'unqualified']
 * MEMBER_TIER_SET.tierLabels.basicallyQualified['zh-CN']; // '基本合格'
 * ```
 */
export const MEMBER_TIER_SET = {
  id: 'member-tiers',
  label: { 'zh-CN': '民主评议党员等次', en: 'Tiers of the democratic review of members' },
  source: '民主评议党员:按照“优秀”“合格”“基本合格”“不合格”评定等次',
  tiers: MEMBER_TIERS,
  tierLabels: MEMBER_TIER_LABELS,
  memberTiers: { excellent: 'excellent', qualified: 'qualified', basicallyQualified: 'basicallyQualified', unqualified: 'unqualified' },
} as const satisfies TierSet<(typeof MEMBER_TIERS)[number]>;

/**
 * 优秀/良好/合格/不合格: the four grades of many schools' own annual assessment of teachers and
 * members, where 良好 stands between 优秀 and 合格 and there is no 基本合格. Mapped onto the
 * 民主评议 tiers by name: 优秀 → 优秀, 良好 and 合格 → 合格, 不合格 → 不合格; so 不合格 leads to
 * 限期改正 and the 优秀 quota caps 优秀, a member over the cap getting 良好.
 *
 * @example
 * ```ts
 * import { TIER_SET_EXCELLENT_GOOD_QUALIFIED } from 'cxzy/scoring';
 * TIER_SET_EXCELLENT_GOOD_QUALIFIED.tiers; // ['excellent', 'good', 'qualified', 'unqualified']
 * TIER_SET_EXCELLENT_GOOD_QUALIFIED.memberTiers.good; // 'qualified'
 * ```
 */
export const TIER_SET_EXCELLENT_GOOD_QUALIFIED = {
  id: 'excellent-good-qualified',
  label: { 'zh-CN': '优秀/良好/合格/不合格', en: 'Excellent/good/qualified/unqualified' },
  source: '学校年度考核常用的四个等次(优秀、良好、合格、不合格)',
  tiers: ['excellent', 'good', 'qualified', 'unqualified'],
  tierLabels: {
    excellent: { 'zh-CN': '优秀', en: 'Excellent' },
    good: { 'zh-CN': '良好', en: 'Good' },
    qualified: { 'zh-CN': '合格', en: 'Qualified' },
    unqualified: { 'zh-CN': '不合格', en: 'Unqualified' },
  },
  memberTiers: { excellent: 'excellent', good: 'qualified', qualified: 'qualified', unqualified: 'unqualified' },
} as const satisfies TierSet<'excellent' | 'good' | 'qualified' | 'unqualified'>;

/**
 * 好/较好/一般/差: the grades a Party committee gives its branches when it appraises their work
 * (党组织书记抓基层党建述职评议考核 and branch appraisal), the grading of an organization, not of a
 * member. It has no mapping onto the 民主评议 tiers, which grade members: a branch graded 差 is not
 * ordered to 限期改正 as a member is, so consequences, the 优秀 quota and counts in the four are
 * not applicable to a rule in this set. It is a different grading from the 晋档升级 bands of
 * {@link gradeOrganization} (先进/中间/后进, from stars won on 五个好), which this set does not
 * replace.
 *
 * @example
 * ```ts
 * import { TIER_SET_GOOD_TO_POOR } from 'cxzy/scoring';
 * TIER_SET_GOOD_TO_POOR.tiers.map((tier) => TIER_SET_GOOD_TO_POOR.tierLabels[tier]['zh-CN']); // ['好', '较好', '一般', '差']
 * 'memberTiers' in TIER_SET_GOOD_TO_POOR; // false
 * ```
 */
export const TIER_SET_GOOD_TO_POOR = {
  id: 'good-to-poor',
  label: { 'zh-CN': '好/较好/一般/差', en: 'Good/fairly good/average/poor' },
  source: '基层党组织书记抓党建述职评议考核:评价等次分为“好”“较好”“一般”“差”',
  tiers: ['good', 'fairlyGood', 'average', 'poor'],
  tierLabels: {
    good: { 'zh-CN': '好', en: 'Good' },
    fairlyGood: { 'zh-CN': '较好', en: 'Fairly good' },
    average: { 'zh-CN': '一般', en: 'Average' },
    poor: { 'zh-CN': '差', en: 'Poor' },
  },
} as const satisfies TierSet<'good' | 'fairlyGood' | 'average' | 'poor'>;

/**
 * 优秀/良好/中等/合格/不合格: a five-grade scale common in schools' assessment forms. The seeds
 * (the five campaign plans this library is modelled on) grade in the four 民主评议 tiers only, so
 * this set is the common practice, not a seed's. Mapped onto the 民主评议 tiers by name: 优秀 →
 * 优秀, 良好, 中等 and 合格 → 合格, 不合格 → 不合格. A school that reads its 合格 as 基本合格
 * spreads the set with its own `memberTiers`.
 *
 * @example
 * ```ts
 * import { TIER_SET_FIVE_GRADES } from 'cxzy/scoring';
 * TIER_SET_FIVE_GRADES.tiers.length; // 5
 * TIER_SET_FIVE_GRADES.tierLabels.fair['zh-CN']; // '中等'
 * ```
 */
export const TIER_SET_FIVE_GRADES = {
  id: 'five-grades',
  label: { 'zh-CN': '优秀/良好/中等/合格/不合格', en: 'Excellent/good/fair/qualified/unqualified' },
  source: '学校考核表常用的五级评定(优秀、良好、中等、合格、不合格)',
  tiers: ['excellent', 'good', 'fair', 'qualified', 'unqualified'],
  tierLabels: {
    excellent: { 'zh-CN': '优秀', en: 'Excellent' },
    good: { 'zh-CN': '良好', en: 'Good' },
    fair: { 'zh-CN': '中等', en: 'Fair' },
    qualified: { 'zh-CN': '合格', en: 'Qualified' },
    unqualified: { 'zh-CN': '不合格', en: 'Unqualified' },
  },
  memberTiers: { excellent: 'excellent', good: 'qualified', fair: 'qualified', qualified: 'qualified', unqualified: 'unqualified' },
} as const satisfies TierSet<'excellent' | 'good' | 'fair' | 'qualified' | 'unqualified'>;
