import type { Locale } from '../core/locale';
import { assertInput, expectText, type InputIssues } from '../core/input';
import { formatTierRule } from '../scoring/tierRules/formatTierRule';
import { parseTierRule } from '../scoring/tierRules/parseTierRule';
import type { TierBand, TierRule } from '../scoring/tierRules/types';
import { AssertionError } from './assertionError';
import { checkRule, type AnyTierRule } from './_rule';
import type { MemberTier } from '../core/tiers';
import { checkOptions, type AssertionOptions } from './_options';
import { TESTING_TEXTS, say } from './_texts';

/**
 * Asserts that a rule's text reads as the rule: that `text` (the sentence of the school's plan)
 * parses with `parseTierRule` into the same bands (tier, bounds and inclusivity) and the same
 * overlap resolution as `rule` (the data an app stores). Without `text`, the rule's own sentence as
 * `formatTierRule` writes it must read back into the rule: a rule whose data and whose 公示 text
 * could drift apart fails here first. Bands' `text` and the rule's `id`, `label` and `source` are
 * not compared: the same rule may be worded in more than one way.
 *
 * @param rule - the rule as data. Not modified.
 * @param text - the rule as the plan writes it; default the rule's own sentence.
 * @param options - the language of the message; zh-CN by default.
 * @throws {@link AssertionError} when the text cannot be read (the message lists what
 *   `parseTierRule` could not read) or reads as another rule (the message shows both rules as
 *   sentences; `expected` and `actual` are the two rules' bands).
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule}, `text` is not
 *   text, or `options` names an unknown locale.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { expectRuleText } from 'cxzy/testing';
 * expectRuleText(MEMBER_TIERS_TONGMIN_2015, '得分在100分以上者为优秀;总分在80—100分的为合格;总分在60—80分的为基本合格;总分在60分以下的为不合格');
 * expectRuleText(MEMBER_TIERS_TONGMIN_2015);
 * const failure = (run: () => void): string => {
 *   try {
 *     run();
 *   } catch (error) {
 *     return (error as Error).message;
 *   }
 *   return 'passed';
 * };
 * const wrong = '100分以上为优秀;80—100分为合格;60—80分为基本合格;不满60分为不合格';
 * failure(() => expectRuleText(MEMBER_TIERS_TONGMIN_2015, wrong)); // '规则文字读出的是“100分以上为优秀；80—100分为合格；60—80分为基本合格；不满60分为不合格”,而规则是“100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格”'
 * failure(() => expectRuleText(MEMBER_TIERS_TONGMIN_2015, '100分以上为优秀;60分以下为不合格', { locale: 'en' })); // 'The rule text "100分以上为优秀;60分以下为不合格" does not read as a rule: Scores from 60.01 to 99.99 fall in no band'
 * ```
 */
export function expectRuleText<T extends string = MemberTier>(rule: TierRule<T>, text?: string, options: AssertionOptions = {}): void {
  checkRule(rule);
  const issues: InputIssues = [];
  if (text !== undefined) expectText(text, ['text'], issues);
  assertInput(issues);
  const locale = checkOptions(options);
  const written = text ?? formatTierRule(rule);
  const parsed = parseTierRule<string>(written, { overlap: rule.overlap, ...(rule.tierSet === undefined ? {} : { tierSet: rule.tierSet }) });
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => issue.message[locale]).join(TESTING_TEXTS.itemSeparator[locale]);
    throw new AssertionError(say('textUnreadable', { text: written, problems }, locale), {
      actual: parsed.issues.map((issue) => issue.code),
      expected: meaning(rule),
      operator: 'expectRuleText',
    });
  }
  const [expected, actual] = [meaning(rule), meaning(parsed.data)];
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  throw new AssertionError(
    say('textMismatch', { actual: sentence(parsed.data, locale), expected: sentence(rule, locale) }, locale),
    { actual, expected, operator: 'expectRuleText' },
  );
}

/** What a rule means, as plain data in one key order: its bands' tiers and bounds, and its overlap. */
function meaning(rule: AnyTierRule): { readonly bands: readonly Omit<TierBand<string>, 'text'>[]; readonly overlap: string; readonly wholeScores: boolean } {
  return {
    bands: rule.bands.map((band) => ({
      tier: band.tier,
      ...(band.min === undefined ? {} : { min: { value: band.min.value, inclusive: band.min.inclusive } }),
      ...(band.max === undefined ? {} : { max: { value: band.max.value, inclusive: band.max.inclusive } }),
    })),
    overlap: rule.overlap,
    wholeScores: rule.wholeScores === true,
  };
}

/** A rule as its sentence, without the bands' own texts: how each rule reads in the message. */
function sentence(rule: AnyTierRule, locale: Locale): string {
  return formatTierRule({ ...rule, bands: rule.bands.map(({ text: _text, ...band }) => band) } as AnyTierRule, locale);
}
