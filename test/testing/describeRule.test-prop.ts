import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { parseTierRule, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_FIVE_GRADES, TIER_SET_GOOD_TO_POOR, type TierSet } from '../../src/scoring';
import { arbitraries, describeRule, expectRuleText } from '../../src/testing';

/**
 * describeRule's sentence is what a branch posts for 公示; read back with parseTierRule it gives
 * the same rule: bands with their texts, the overlap resolution, whole scores — over every rule
 * the tierRule arbitrary writes, in the four tiers and in the shipped tier sets.
 */
const a = arbitraries(fc);
const rules = fc
  .constantFrom<TierSet<string> | undefined>(undefined, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES)
  .chain((tierSet) => a.tierRule(tierSet === undefined ? {} : { tierSet }));

test.prop([rules], { numRuns: 150 })('a rule’s sentence parses back into the rule, texts included', (rule) => {
  const parsed = parseTierRule<string>(describeRule(rule).sentence, rule.tierSet === undefined ? {} : { tierSet: rule.tierSet });
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const { source: _source, ...back } = parsed.data;
  expect(back).toEqual(rule);
  expect(() => expectRuleText(rule)).not.toThrow();
});
