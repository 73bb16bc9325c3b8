import type { Locale } from '../core/locale';
import type { MemberTier } from '../core/tiers';
import { assertInput, expectOneOf, type InputIssues } from '../core/input';
import { LOCALES } from '../core/locale';
import { bandText } from '../scoring/tierRules/_bands';
import { formatTierRule } from '../scoring/tierRules/formatTierRule';
import type { TierBound, TierRule } from '../scoring/tierRules/types';
import { checkRule } from './_rule';
import { say, tierLabel } from './_texts';

/**
 * A rule as a sentence and as a table, for 公示 and for the rule's author to read: the sentence is
 * what `formatTierRule` writes (in zh-CN, what `parseTierRule` reads back into the same rule), the
 * table has one row per band, in the rule's order, with the tier's label, the range as the rule
 * writes it, and each bound with whether it is included.
 *
 * @param rule - the rule. Not modified.
 * @param locale - the language; default zh-CN.
 * @returns the description.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule} or `locale` is
 *   neither `'zh-CN'` nor `'en'`.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015, parseTierRule } from 'cxzy/scoring';
 * import { describeRule } from 'cxzy/testing';
 * const described = describeRule(MEMBER_TIERS_TONGMIN_2015);
 * described.sentence; // '100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格'
 * described.columns; // { tier: '等次', range: '分数段', lower: '下限', upper: '上限' }
 * described.rows[1];
 * // { tier: 'qualified', label: '合格', range: '80—100分', lower: { value: 80, inclusive: true }, upper: { value: 100, inclusive: true }, lowerText: '80分(含)', upperText: '100分(含)' }
 * parseTierRule(described.sentence).success; // true
 * describeRule(MEMBER_TIERS_TONGMIN_2015, 'en').rows[3]?.lowerText; // 'none'
 * ```
 */
export function describeRule<T extends string = MemberTier>(rule: TierRule<T>, locale: Locale = 'zh-CN'): RuleDescription<T> {
  checkRule(rule);
  const issues: InputIssues = [];
  expectOneOf(locale, LOCALES, ['locale'], issues);
  assertInput(issues);
  const boundText = (bound: TierBound | undefined): string =>
    bound === undefined ? say('boundNone', {}, locale) : say(bound.inclusive ? 'boundIncluded' : 'boundExcluded', { value: bound.value }, locale);
  return {
    locale,
    title: rule.label?.[locale] ?? null,
    sentence: formatTierRule(rule, locale),
    columns: {
      tier: say('columnTier', {}, locale),
      range: say('columnRange', {}, locale),
      lower: say('columnLower', {}, locale),
      upper: say('columnUpper', {}, locale),
    },
    rows: rule.bands.map((band) => ({
      tier: band.tier,
      label: tierLabel(rule, band.tier, locale),
      range: bandText(band, locale),
      lower: band.min === undefined ? null : { value: band.min.value, inclusive: band.min.inclusive },
      upper: band.max === undefined ? null : { value: band.max.value, inclusive: band.max.inclusive },
      lowerText: boundText(band.min),
      upperText: boundText(band.max),
    })),
  };
}

/**
 * What {@link describeRule} returns: the rule's name, its sentence, and its table with the
 * column headings.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_DEMOCRATIC_REVIEW } from 'cxzy/scoring';
 * import { describeRule, type RuleDescription } from 'cxzy/testing';
 * const described: RuleDescription = describeRule(MEMBER_TIERS_DEMOCRATIC_REVIEW, 'en');
 * described.title; // 'Democratic review of members (hundred-point score)'
 * described.rows.map((row) => row.label); // ['Excellent', 'Qualified', 'Basically qualified', 'Unqualified']
 * ```
 */
export interface RuleDescription<T extends string = MemberTier> {
  /** The language of the texts. */
  readonly locale: Locale;
  /** The rule's name in that language; `null` when the rule has no `label`. */
  readonly title: string | null;
  /** The rule as one sentence; in zh-CN, `parseTierRule` reads it back into the rule. */
  readonly sentence: string;
  /** The headings of the table's columns. */
  readonly columns: { readonly tier: string; readonly range: string; readonly lower: string; readonly upper: string };
  /** One row per band, in the rule's order. */
  readonly rows: readonly RuleRow<T>[];
}

/**
 * One band of a rule as a row of {@link RuleDescription}'s table.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { describeRule, type RuleRow } from 'cxzy/testing';
 * const row: RuleRow | undefined = describeRule(MEMBER_TIERS_TONGMIN_2015).rows[0];
 * [row?.label, row?.range, row?.lowerText, row?.upperText]; // ['优秀', '100分以上', '100分(含)', '不限']
 * ```
 */
export interface RuleRow<T extends string = MemberTier> {
  /** The tier's code. */
  readonly tier: T;
  /** The tier's label. */
  readonly label: string;
  /** The range as the rule writes it (the band's `text` in zh-CN), else written out. */
  readonly range: string;
  /** The lowest score and whether it is included; `null` for no lower limit. */
  readonly lower: TierBound | null;
  /** The highest score and whether it is included; `null` for no upper limit. */
  readonly upper: TierBound | null;
  /** The lower bound in words (`80分(含)`, `不限`). */
  readonly lowerText: string;
  /** The upper bound in words. */
  readonly upperText: string;
}
