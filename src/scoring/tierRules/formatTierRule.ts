import type { Locale } from '../../core/locale';
import { formatBand } from './_bands';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import type { TierRule } from './types';

/**
 * Writes a rule's bands the way plans write them, one clause per band in the rule's order. The
 * zh-CN text reads back with {@link parseTierRule} into the same bands.
 *
 * @param rule - the rule. Not modified.
 * @param locale - the language; default zh-CN.
 * @returns the rule as one line of text.
 *
 * @example
 * ```ts
 * import { formatTierRule, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * formatTierRule(MEMBER_TIERS_TONGMIN_2015);
 * // '100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格'
 * formatTierRule(MEMBER_TIERS_TONGMIN_2015, 'en');
 * // '100 or more: Excellent; 80 to 100: Qualified; 60 to 80: Basically qualified; 60 or less: Unqualified'
 * ```
 */
export function formatTierRule(rule: TierRule, locale: Locale = 'zh-CN'): string {
  if (locale === 'zh-CN') {
    return rule.bands.map((band) => `${formatBand(band, locale)}为${MEMBER_TIER_LABELS[band.tier][locale]}`).join('；');
  }
  return rule.bands.map((band) => `${formatBand(band, locale)}: ${MEMBER_TIER_LABELS[band.tier][locale]}`).join('; ');
}
