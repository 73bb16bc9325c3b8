import type { MemberTier } from '../core/tiers';
import { classify } from '../scoring/tierRules/classify';
import type { TierRule } from '../scoring/tierRules/types';
import { AssertionError } from './assertionError';
import { boundaryCases } from './boundaryCases';
import { checkOptions, type AssertionOptions } from './_options';
import { TESTING_TEXTS, ruleName, say, tierLabel } from './_texts';
import { assertInput, expectObject, inputIssue, type InputIssues } from '../core/input';

/**
 * Asserts that a rule leaves no score near its boundaries without a tier and, when `expected` is
 * given, that each listed score gets the listed tier: the rule author's table of what the plan
 * means at 100, 99.99, 80 … checked in one call, every difference reported at once.
 *
 * A score in no band between the rule's lowest and highest boundary is a gap (`90分以上` and
 * `60—89分` leave 89.01–89.99 without a tier); scores beyond a closed end (below `0—100分`'s 0) are
 * outside the rule's scale, not a gap.
 *
 * @param rule - the rule under test. Not modified.
 * @param expected - the tier each score should get, keyed by the score (`{ 100: 'excellent',
 *   99.99: 'qualified' }`); `null` for a score no band should contain. Optional.
 * @param options - the language of the message; zh-CN by default.
 * @throws {@link AssertionError} listing every gap, or every listed score whose tier differs; its
 *   `expected` and `actual` map each such score to its tier.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule}, `expected` is
 *   not an object or has a key that is not a number, or `options` names an unknown locale.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { expectBoundaries } from 'cxzy/testing';
 * expectBoundaries(MEMBER_TIERS_TONGMIN_2015, {
 *   100: 'excellent', 99.99: 'qualified', 80: 'qualified', 79.99: 'basicallyQualified', 60: 'basicallyQualified', 59.99: 'unqualified',
 * });
 * const failure = (run: () => void): string => {
 *   try {
 *     run();
 *   } catch (error) {
 *     return (error as Error).message;
 *   }
 *   return 'passed';
 * };
 * failure(() => expectBoundaries(MEMBER_TIERS_TONGMIN_2015, { 100: 'qualified', 60: 'unqualified' })); // '按“同民镇中学党支部党员年度考核(2015)”,2个分数的等次与预期不符:100分应为合格,实际为优秀;60分应为不合格,实际为基本合格'
 * ```
 */
export function expectBoundaries<T extends string = MemberTier>(rule: TierRule<T>, expected?: Readonly<Record<number, NoInfer<T> | null>>, options: AssertionOptions = {}): void {
  const cases = boundaryCases(rule);
  const locale = checkOptions(options);
  const listed = expected === undefined ? [] : listedScores(expected);

  const inside = cases.filter((c) => c.position !== 'beyond');
  const highest = Math.max(...inside.filter((c) => c.position === 'at').map((c) => c.score));
  const lowest = Math.min(...inside.filter((c) => c.position === 'at').map((c) => c.score));
  const gaps = inside.filter((c) => c.tier === null && c.score > lowest && c.score < highest).map((c) => c.score);
  if (gaps.length > 0) {
    const message = say('boundaryGap', { rule: ruleName(rule, locale), scores: gaps.join(TESTING_TEXTS.listSeparator[locale]) }, locale);
    throw new AssertionError(message, { actual: Object.fromEntries(gaps.map((score) => [score, null])), expected: {}, operator: 'expectBoundaries' });
  }

  const wrong = listed.flatMap(([score, tier]) => {
    const actual = classify(score, rule)?.tier ?? null;
    return actual === tier ? [] : [{ score, expected: tier, actual }];
  });
  if (wrong.length === 0) return;
  const list = wrong
    .map((w) => say('boundaryItem', { score: w.score, expected: tierLabel(rule, w.expected, locale), actual: tierLabel(rule, w.actual, locale) }, locale))
    .join(TESTING_TEXTS.itemSeparator[locale]);
  throw new AssertionError(say('boundaryMismatch', { rule: ruleName(rule, locale), count: wrong.length, list }, locale), {
    actual: Object.fromEntries(wrong.map((w) => [w.score, w.actual])),
    expected: Object.fromEntries(wrong.map((w) => [w.score, w.expected])),
    operator: 'expectBoundaries',
  });
}

/** The scores and tiers of `expected`, highest score first; a key that is not a number is refused. */
function listedScores(expected: unknown): readonly (readonly [number, string | null])[] {
  const issues: InputIssues = [];
  if (!expectObject(expected, ['expected'], issues)) assertInput(issues);
  const entries = Object.entries(expected as Readonly<Record<string, unknown>>).map(([key, tier]) => {
    const score = key.trim() === '' ? Number.NaN : Number(key);
    if (!Number.isFinite(score)) issues.push(inputIssue('input.expected', ['expected', key], { expected: 'number' }, key));
    if (tier !== null && typeof tier !== 'string') issues.push(inputIssue('input.expected', ['expected', key], { expected: 'text' }, tier));
    return [score, tier as string | null] as const;
  });
  assertInput(issues);
  return entries.sort(([a], [b]) => b - a);
}
