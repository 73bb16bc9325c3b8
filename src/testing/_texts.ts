import type { Locale, LocalizedText } from '../core/locale';
import { localizedTable } from '../core/locale';
import { formatInLocale } from '../core/message';
import { MEMBER_TIER_LABELS } from '../core/tiers';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import { bandText } from '../scoring/tierRules/_bands';
import type { TierBand, TierRule } from '../scoring/tierRules/types';

/** The words of `cxzy/testing`, in every locale. Internal. */
export const TESTING_TEXTS = /* @__PURE__ */ localizedTable(zhCN.testingTexts, en.testingTexts);

/** One text of {@link TESTING_TEXTS} in one locale, its placeholders filled. Internal. */
export function say(key: keyof typeof TESTING_TEXTS, params: Readonly<Record<string, string | number>>, locale: Locale): string {
  return formatInLocale(TESTING_TEXTS[key][locale], params, {}, locale);
}

/** One text of {@link TESTING_TEXTS} in every locale. Internal. */
export function sayAll(key: keyof typeof TESTING_TEXTS, params: (locale: Locale) => Readonly<Record<string, string | number>>): LocalizedText {
  return { 'zh-CN': say(key, params('zh-CN'), 'zh-CN'), en: say(key, params('en'), 'en') };
}

/** A tier's label, or the words for no tier. Internal. */
export function tierLabel(tier: string | null | undefined, locale: Locale): string {
  if (tier === null || tier === undefined) return say('noTier', {}, locale);
  const labels: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>> = MEMBER_TIER_LABELS;
  return Object.hasOwn(labels, tier) ? labels[tier]![locale] : tier;
}

/** A band as the rule writes it, quoted. Internal. */
export function quotedBand(band: TierBand, locale: Locale): string {
  return say('quoted', { text: bandText(band, locale) }, locale);
}

/** How a message names the rule: its label, quoted, or "the rule". Internal. */
export function ruleName(rule: TierRule, locale: Locale): string {
  const label = rule.label?.[locale];
  return label === undefined || label === '' ? say('theRule', {}, locale) : say('quoted', { text: label }, locale);
}
