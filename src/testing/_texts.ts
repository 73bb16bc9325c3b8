import type { Locale, LocalizedText } from '../core/locale';
import { localizedTable } from '../core/locale';
import { formatInLocale } from '../core/message';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import { bandText } from '../scoring/tierRules/_bands';
import type { TierBand } from '../scoring/tierRules/types';
import { labelIn, type AnyTierRule } from './_rule';

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

/** A tier's label in the rule's tier set, or the words for no tier. Internal. */
export function tierLabel(rule: AnyTierRule, tier: string | null | undefined, locale: Locale): string {
  return tier === null || tier === undefined ? say('noTier', {}, locale) : labelIn(rule, tier, locale);
}

/** A band as the rule writes it, quoted. Internal. */
export function quotedBand(band: TierBand<string>, locale: Locale): string {
  return say('quoted', { text: bandText(band, locale) }, locale);
}

/** How a message names the rule: its label, quoted, or "the rule". Internal. */
export function ruleName(rule: AnyTierRule, locale: Locale): string {
  const label = rule.label?.[locale];
  return label === undefined || label === '' ? say('theRule', {}, locale) : say('quoted', { text: label }, locale);
}
