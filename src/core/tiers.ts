import type { LocalizedText } from './locale';

/**
 * A member's tier in an annual assessment or 民主评议: 优秀, 合格, 基本合格, 不合格.
 *
 * @example
 * ```ts
 * import type { MemberTier } from 'cxzy/scoring';
 * const tier: MemberTier = 'basicallyQualified'; // 基本合格
 * ```
 */
export type MemberTier = 'excellent' | 'qualified' | 'basicallyQualified' | 'unqualified';

/**
 * Labels of each {@link MemberTier}.
 *
 * @example
 * ```ts
 * import { MEMBER_TIER_LABELS } from 'cxzy/scoring';
 * MEMBER_TIER_LABELS.excellent['zh-CN']; // '优秀'
 * ```
 */
export const MEMBER_TIER_LABELS = {
  excellent: { 'zh-CN': '优秀', en: 'Excellent' },
  qualified: { 'zh-CN': '合格', en: 'Qualified' },
  basicallyQualified: { 'zh-CN': '基本合格', en: 'Basically qualified' },
  unqualified: { 'zh-CN': '不合格', en: 'Unqualified' },
} as const satisfies Record<MemberTier, LocalizedText>;

/**
 * The tiers from best to worst: the order every comparison of tiers uses.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS } from 'cxzy/scoring';
 * MEMBER_TIERS.indexOf('qualified') < MEMBER_TIERS.indexOf('unqualified'); // true
 * ```
 */
export const MEMBER_TIERS = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'] as const satisfies readonly MemberTier[];
