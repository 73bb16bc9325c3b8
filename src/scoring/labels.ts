import type { LocalizedText } from '../core/locale';
export { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../core/tiers';
import type { OrganizationBand, ScoreItemKind } from './types';


/**
 * Labels of each {@link ScoreItemKind}.
 *
 * @example
 * ```ts
 * import { SCORE_ITEM_KIND_LABELS } from 'cxzy/scoring';
 * SCORE_ITEM_KIND_LABELS.deduction['zh-CN']; // '扣分项'
 * ```
 */
export const SCORE_ITEM_KIND_LABELS = {
  base: { 'zh-CN': '基本项', en: 'Base item' },
  bonus: { 'zh-CN': '加分项', en: 'Bonus' },
  deduction: { 'zh-CN': '扣分项', en: 'Deduction' },
} as const satisfies Record<ScoreItemKind, LocalizedText>;

/**
 * Labels of each {@link OrganizationBand} of 晋档升级.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_BAND_LABELS } from 'cxzy/scoring';
 * ORGANIZATION_BAND_LABELS.lagging['zh-CN']; // '后进'
 * ```
 */
export const ORGANIZATION_BAND_LABELS = {
  advanced: { 'zh-CN': '先进', en: 'Advanced' },
  intermediate: { 'zh-CN': '中间', en: 'Intermediate' },
  lagging: { 'zh-CN': '后进', en: 'Lagging' },
} as const satisfies Record<OrganizationBand, LocalizedText>;

/**
 * The 晋档升级 bands from best to worst.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_BANDS } from 'cxzy/scoring';
 * ORGANIZATION_BANDS[0]; // 'advanced'
 * ```
 */
export const ORGANIZATION_BANDS = ['advanced', 'intermediate', 'lagging'] as const satisfies readonly OrganizationBand[];
