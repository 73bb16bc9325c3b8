import { assertInput, expectOneOf, type InputIssues } from '../../core/input';
import type { Locale } from '../../core/locale';
import { tierSetOf } from '../tierSets/_tierSetOf';
import { checkTierRuleShape } from './checkTierRuleShape';
import { formatBand } from './_bands';
import { readRange } from './_readRange';
import { normalize, tokenize, type WordsByFirst } from './_ruleWords';
import type { TierBand, TierBound, TierRule } from './types';

/**
 * Writes a rule the way plans write it, one clause per band in the rule's order, each tier by its
 * name in the rule's tier set; a rule that gives a shared boundary the lower tier says so at the
 * end (`分界分数就低不就高`). The zh-CN text reads back with {@link parseTierRule} into the same
 * rule, band texts included: `parseTierRule(formatTierRule(rule)).data` has the rule's bands,
 * `overlap` and `wholeScores` (and its `tierSet`, passed as `options.tierSet`), with `source` the
 * text written.
 *
 * A band's own `text` is written as it is when it reads back, alone, into the band's very bounds
 * (`≥90`, `80≤得分<90`, `90分及以上`); otherwise the band is written out (`80—100分`,
 * `不满60分`, `60（不含）—90分`), and that is the `text` the rule reads back with.
 *
 * @param rule - the rule. Not modified.
 * @param locale - the language; default zh-CN.
 * @returns the rule as one line of text.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule} (paths from
 *   `['rule']`), a band's tier is not one of its tier set's, or `locale` is neither `'zh-CN'` nor
 *   `'en'` (`['locale']`): a rule that cannot be read is not written out.
 *
 * @example
 * ```ts
 * import { formatTierRule, MEMBER_TIERS_TONGMIN_2015, parseTierRule } from 'cxzy/scoring';
 * formatTierRule(MEMBER_TIERS_TONGMIN_2015);
 * // '100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格'
 * formatTierRule(MEMBER_TIERS_TONGMIN_2015, 'en');
 * // '100 or more: Excellent; 80 to 100: Qualified; 60 to 80: Basically qualified; 60 or less: Unqualified'
 * formatTierRule({ ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' });
 * // '100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格；分界分数就低不就高'
 * const read = parseTierRule(formatTierRule(MEMBER_TIERS_TONGMIN_2015));
 * read.success && read.data.bands; // MEMBER_TIERS_TONGMIN_2015.bands, texts and all
 * ```
 */
export function formatTierRule<T extends string>(rule: TierRule<T>, locale: Locale = 'zh-CN'): string {
  const issues: InputIssues = [];
  if (checkTierRuleShape(rule, ['rule'], issues)) {
    const tiers = tierSetOf(rule).tiers;
    rule.bands.forEach((band, index) => expectOneOf(band.tier, tiers, ['rule', 'bands', index, 'tier'], issues));
  }
  expectOneOf(locale, LOCALES, ['locale'], issues);
  assertInput(issues);
  const labels = tierSetOf(rule).tierLabels;
  if (locale === 'zh-CN') {
    const bands = rule.bands.map((band) => `${writtenBand(band)}为${labels[band.tier]![locale]}`);
    return [...bands, ...(rule.overlap === 'lowerTier' ? ['分界分数就低不就高'] : [])].join('；');
  }
  const bands = rule.bands.map((band) => `${formatBand(band, locale)}: ${labels[band.tier]![locale]}`);
  return [...bands, ...(rule.overlap === 'lowerTier' ? ['a score on a shared boundary gets the lower tier'] : [])].join('; ');
}

const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

const NO_TIER_WORDS: WordsByFirst = /* @__PURE__ */ new Map();

/** The band's own text when it reads back, alone and whole, into the band's bounds; else the band written out. */
function writtenBand(band: TierBand<string>): string {
  const text = band.text;
  if (text === undefined || text !== text.trim() || text === '') return formatBand(band, 'zh-CN');
  const tokens = tokenize(normalize(text), NO_TIER_WORDS);
  const first = tokens[0]!.token.kind;
  const last = tokens[tokens.length - 1]!.token.kind;
  const alone = tokens.every((located) => RANGE_WORDS.has(located.token.kind)) && first !== 'subject' && last !== 'subject';
  const reading = alone ? readRange(tokens) : undefined;
  return reading?.ok === true && sameBound(reading.bounds.min, band.min) && sameBound(reading.bounds.max, band.max) ? text : formatBand(band, 'zh-CN');
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['number', 'unit', 'dash', 'any', 'before', 'sign', 'after', 'marker', 'subject']);

function sameBound(read: TierBound | undefined, bound: TierBound | undefined): boolean {
  return read === undefined ? bound === undefined : bound !== undefined && read.value === bound.value && read.inclusive === bound.inclusive;
}
