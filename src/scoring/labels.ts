import type { LocalizedText } from '../i18n/locale';
import type { MemberTier } from './types';

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
