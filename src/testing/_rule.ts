import { assertInput, expectNumber, type InputIssues } from '../core/input';
import type { Locale } from '../core/locale';
import { checkTierRuleShape } from '../scoring/tierRules/checkTierRuleShape';
import type { TierRule } from '../scoring/tierRules/types';
import { tierOrderOf, tierRankIn, tierSetOf } from '../scoring/tierSets/_tierSetOf';

/**
 * A tier rule in any tier set: what the helpers of `cxzy/testing` take, so that a rule graded
 * 优秀/良好/合格/不合格 or 好/较好/一般/差 is tested as the four 民主评议 tiers are.
 */
export type AnyTierRule = TierRule<string>;

/**
 * The entry check `classify` makes: a rule shaped as a `TierRule`, every bound a finite
 * number; else {@link InvalidInputError} with paths from `['rule']`. Internal.
 */
export function checkRule(rule: unknown, path: readonly (string | number)[] = ['rule']): asserts rule is AnyTierRule {
  const issues: InputIssues = [];
  if (checkTierRuleShape(rule, path, issues)) {
    (rule as AnyTierRule).bands.forEach((band, index) => {
      if (band.min !== undefined) expectNumber(band.min.value, [...path, 'bands', index, 'min', 'value'], issues);
      if (band.max !== undefined) expectNumber(band.max.value, [...path, 'bands', index, 'max', 'value'], issues);
    });
  }
  assertInput(issues);
}

/** The position of a tier in the rule's tier set, best first; an unknown tier sorts last. Internal. */
export function tierRankOf(rule: AnyTierRule, tier: string): number {
  return tierRankIn(tierOrderOf(rule), tier);
}

/** A tier's label in the rule's tier set, or its code when the set has none. Internal. */
export function labelIn(rule: AnyTierRule, tier: string, locale: Locale): string {
  const labels = tierSetOf(rule).tierLabels as Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>>;
  return Object.hasOwn(labels, tier) ? labels[tier]![locale] : tier;
}
