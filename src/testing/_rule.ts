import { assertInput, expectNumber, type InputIssues } from '../core/input';
import { MEMBER_TIERS } from '../core/tiers';
import { checkTierRuleShape } from '../scoring/tierRules/checkTierRuleShape';
import type { TierRule } from '../scoring/tierRules/types';

/**
 * The entry check {@link classify} makes: a rule shaped as a `TierRule`, every bound a finite
 * number; else {@link InvalidInputError} with paths from `['rule']`. Internal.
 */
export function checkRule(rule: unknown, path: readonly (string | number)[] = ['rule']): asserts rule is TierRule {
  const issues: InputIssues = [];
  if (checkTierRuleShape(rule, path, issues)) {
    (rule as TierRule).bands.forEach((band, index) => {
      if (band.min !== undefined) expectNumber(band.min.value, [...path, 'bands', index, 'min', 'value'], issues);
      if (band.max !== undefined) expectNumber(band.max.value, [...path, 'bands', index, 'max', 'value'], issues);
    });
  }
  assertInput(issues);
}

/** The position of a tier among the rule's tiers, best first; an unknown tier sorts last. Internal. */
export function tierRankOf(rule: TierRule, tier: string): number {
  const tiers: readonly string[] = MEMBER_TIERS;
  const rank = tiers.indexOf(tier);
  return rank < 0 ? tiers.length : rank;
}
