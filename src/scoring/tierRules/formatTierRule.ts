import { assertInput, expectOneOf, type InputIssues } from '../../core/input';
import type { Locale } from '../../core/locale';
import { checkTierRuleShape } from './checkTierRuleShape';
import { formatBand } from './_bands';
import { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../../core/tiers';
import type { TierRule } from './types';

/**
 * Writes a rule's bands the way plans write them, one clause per band in the rule's order. The
 * zh-CN text reads back with {@link parseTierRule} into the same bands.
 *
 * @param rule - the rule. Not modified.
 * @param locale - the language; default zh-CN.
 * @returns the rule as one line of text.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule} (paths from
 *   `['rule']`), a band's tier is not one of the four, or `locale` is neither `'zh-CN'` nor `'en'`
 *   (`['locale']`): a rule that cannot be read is not written out.
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
  const issues: InputIssues = [];
  if (checkTierRuleShape(rule, ['rule'], issues)) {
    rule.bands.forEach((band, index) => expectOneOf(band.tier, MEMBER_TIERS, ['rule', 'bands', index, 'tier'], issues));
  }
  expectOneOf(locale, LOCALES, ['locale'], issues);
  assertInput(issues);
  if (locale === 'zh-CN') {
    return rule.bands.map((band) => `${formatBand(band, locale)}为${MEMBER_TIER_LABELS[band.tier][locale]}`).join('；');
  }
  return rule.bands.map((band) => `${formatBand(band, locale)}: ${MEMBER_TIER_LABELS[band.tier][locale]}`).join('; ');
}

const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
