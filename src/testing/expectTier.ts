import { assertInput, expectNumberKind, expectText, type InputIssues } from '../core/input';
import type { Locale } from '../core/locale';
import type { MemberTier } from '../core/tiers';
import { classify } from '../scoring/tierRules/classify';
import type { TierRule } from '../scoring/tierRules/types';
import { AssertionError } from './assertionError';
import { checkRule, type AnyTierRule } from './_rule';
import { checkOptions, type AssertionOptions } from './_options';
import { ruleName, say, tierLabel } from './_texts';

/**
 * Asserts that a rule gives a score a tier, and throws an {@link AssertionError} that says which
 * tier it gives instead. Works the same under vitest, jest and `node:test`: a test fails by the
 * thrown error, with no runner's `expect` involved.
 *
 * @param rule - the rule under test. Not modified.
 * @param score - the score.
 * @param tier - the tier expected; `null` to assert that no band contains the score (a gap, or a
 *   score outside a closed rule).
 * @param options - the language of the message; zh-CN by default.
 * @throws {@link AssertionError} when the rule gives the score another tier, or none.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule}, `score` is not
 *   a number, `tier` is neither text nor `null`, or `options` names an unknown locale: a test of a
 *   broken rule fails as broken, not as a wrong tier.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { expectTier } from 'cxzy/testing';
 * expectTier(MEMBER_TIERS_TONGMIN_2015, 100, 'excellent');
 * expectTier(MEMBER_TIERS_TONGMIN_2015, 59.99, 'unqualified');
 * const failure = (run: () => void): string => {
 *   try {
 *     run();
 *   } catch (error) {
 *     return (error as Error).message;
 *   }
 *   return 'passed';
 * };
 * failure(() => expectTier(MEMBER_TIERS_TONGMIN_2015, 80, 'basicallyQualified')); // '按“同民镇中学党支部党员年度考核(2015)”,80分应为基本合格,实际为合格'
 * failure(() => expectTier(MEMBER_TIERS_TONGMIN_2015, 80, 'basicallyQualified', { locale: 'en' })); // 'Under "Tongmin Town Middle School annual member assessment (2015)", 80 should be Basically qualified, but is Qualified'
 * ```
 */
export function expectTier<T extends string = MemberTier>(rule: TierRule<T>, score: number, tier: NoInfer<T> | null, options: AssertionOptions = {}): void {
  checkRule(rule);
  const issues: InputIssues = [];
  expectNumberKind(score, ['score'], issues);
  if (tier !== null) expectText(tier, ['tier'], issues);
  assertInput(issues);
  const locale = checkOptions(options);
  const actual = classify(score, rule)?.tier ?? null;
  if (actual === tier) return;
  throw new AssertionError(tierMismatch(rule, score, tier, actual, locale), { actual, expected: tier, operator: 'expectTier' });
}

/** The message of a score whose tier is not the one expected. Internal. */
export function tierMismatch(rule: AnyTierRule, score: number, expected: string | null, actual: string | null, locale: Locale): string {
  return say('tierMismatch', { rule: ruleName(rule, locale), score, expected: tierLabel(rule, expected, locale), actual: tierLabel(rule, actual, locale) }, locale);
}
