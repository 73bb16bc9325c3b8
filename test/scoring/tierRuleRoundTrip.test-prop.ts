import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkTierRule,
  formatTierRule,
  MEMBER_TIER_SET,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
  type TierBand,
  type TierBound,
  type TierRule,
  type TierSet,
} from '../../src/scoring';
import { formatBand } from '../../src/scoring/tierRules/_bands';

/**
 * The text round trip: `parseTierRule(formatTierRule(rule)).data` is the rule, `text` included —
 * each band's own text where it reads back into the band, else the band as formatTierRule writes
 * it, and the formatted sentence as `source` — for every shipped rule and for random valid rules
 * (best tier first, bounds shared, open or closed at each boundary, whole-number rules, either
 * overlap resolution, every shipped tier set, bands worded in the ways plans word them).
 */

type Rule = TierRule<string>;

/** The rule as parseTierRule gives it back from formatTierRule's sentence. */
function expected(rule: Rule): Rule {
  const source = formatTierRule(rule);
  return {
    source,
    ...(rule.tierSet === undefined ? {} : { tierSet: rule.tierSet }),
    bands: rule.bands.map((band) => ({ ...band, text: band.text ?? formatBand(band, 'zh-CN') })),
    overlap: rule.overlap,
    ...(rule.wholeScores === true ? { wholeScores: true } : {}),
  };
}

function roundTrip(rule: Rule) {
  return parseTierRule(formatTierRule(rule), rule.tierSet === undefined ? {} : { tierSet: rule.tierSet });
}

describe('the text round trip of the shipped rules', () => {
  it('parseTierRule(formatTierRule(rule)) is MEMBER_TIERS_TONGMIN_2015 and MEMBER_TIERS_DEMOCRATIC_REVIEW, band texts included', () => {
    for (const rule of [MEMBER_TIERS_TONGMIN_2015, MEMBER_TIERS_DEMOCRATIC_REVIEW]) {
      const result = roundTrip(rule);
      expect(result).toEqual({ success: true, data: { source: formatTierRule(rule), bands: rule.bands, overlap: rule.overlap } });
    }
  });
  it('keeps a band’s own wording (≥90, 80≤得分<90) and the whole-number style through the round trip', () => {
    const signs = parseTierRule('得分≥90为优秀,80≤得分<90为合格,60≤得分<80为基本合格,得分<60为不合格');
    const whole = parseTierRule('90分及以上为优秀;80分至89分为合格;60分至79分为基本合格;59分及以下为不合格');
    for (const result of [signs, whole]) {
      if (!result.success) throw new Error('expected a rule');
      const again = roundTrip(result.data);
      expect(again).toEqual({ success: true, data: { ...result.data, source: formatTierRule(result.data) } });
    }
    expect(signs.success && formatTierRule(signs.data)).toBe('≥90为优秀；80≤得分<90为合格；60≤得分<80为基本合格；<60为不合格');
  });
  it('writes a band out again when its own text says something else', () => {
    const rule: Rule = { overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 60, inclusive: true }, text: '60分以下' }, { tier: 'unqualified', max: { value: 60, inclusive: false }, text: '合格' }] };
    expect(formatTierRule(rule)).toBe('60分以上为合格；不满60分为不合格');
  });
});

const SETS: readonly (TierSet | undefined)[] = [undefined, MEMBER_TIER_SET, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES];

/** Ways plans word one end or both ends of a band; each reads back into exactly those bounds. */
function wordings(min: TierBound | undefined, max: TierBound | undefined): readonly string[] {
  const v = (bound: TierBound) => String(bound.value);
  if (min !== undefined && max !== undefined) {
    const sign = (bound: TierBound) => (bound.inclusive ? '≤' : '<');
    // `超过-3分-1分以下` would read its '-' as a dash: two words in a row only before a number without a sign.
    const forms = [`${v(min)}${sign(min)}得分${sign(max)}${v(max)}`, ...(max.value >= 0 ? [`${atLeast(min)[0]}${atMost(max)[0]}`] : [])];
    return min.inclusive && max.inclusive ? [...forms, `${v(min)}分至${v(max)}分`, `${v(min)}到${v(max)}分`] : forms;
  }
  if (min !== undefined) return atLeast(min);
  if (max !== undefined) return atMost(max);
  return ['任意分数', '不限分数'];
}
function atLeast(bound: TierBound): readonly string[] {
  const v = String(bound.value);
  return bound.inclusive ? [`${v}分以上`, `${v}分及以上`, `≥${v}`, `不低于${v}分`, `达到${v}分`, `${v}分以上(含)`, `${v}分以上(含${v}分)`] : [`超过${v}分`, `>${v}`, `高于${v}分`, `${v}分以上(不含)`];
}
function atMost(bound: TierBound): readonly string[] {
  const v = String(bound.value);
  return bound.inclusive ? [`${v}分以下`, `${v}分及以下`, `≤${v}`, `不超过${v}分`] : [`不满${v}分`, `<${v}`, `低于${v}分`, `未达到${v}分`, `不足${v}分`, `${v}分以下(不含)`];
}

/** How two neighbouring bands meet at a cut: both contain it, one of them, or (whole numbers) the lower ends a point below. */
type Meeting = 'shared' | 'upper' | 'lower' | 'whole';

/** A random valid rule: tiers best first, cuts descending, each boundary met one way, the ends open or closed. */
const validRule: fc.Arbitrary<Rule> = fc
  .record({
    set: fc.constantFrom(...SETS),
    count: fc.integer({ min: 1, max: 5 }),
    whole: fc.boolean(),
    steps: fc.array(fc.integer({ min: 2, max: 3000 }), { minLength: 6, maxLength: 6 }),
    start: fc.integer({ min: -5000, max: 15000 }),
    meetings: fc.array(fc.constantFrom<Meeting>('shared', 'upper', 'lower', 'whole'), { minLength: 5, maxLength: 5 }),
    top: fc.option(fc.record({ step: fc.integer({ min: 2, max: 3000 }), inclusive: fc.boolean() }), { nil: undefined }),
    bottom: fc.option(fc.record({ step: fc.integer({ min: 2, max: 3000 }), inclusive: fc.boolean() }), { nil: undefined }),
    overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const),
    picks: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    worded: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ set, count, whole, steps, start, meetings, top, bottom, overlap, picks, worded }) => {
    const tiers: readonly string[] = (set ?? MEMBER_TIER_SET).tiers;
    const size = Math.min(count, tiers.length);
    // `size` tiers of the set, best first: the first ones picked, then the rest as needed.
    const chosen = tiers.filter((_, index) => picks[index] === true).slice(0, size);
    const tiersUsed = [...chosen, ...tiers.filter((tier) => !chosen.includes(tier))].slice(0, size).sort((a, b) => tiers.indexOf(a) - tiers.indexOf(b));
    // Whole-number rules cut at whole points at least two points apart; others anywhere two hundredths apart.
    const unit = whole ? 100 : 1;
    const cuts: number[] = [];
    let at = whole ? Math.round(start / 100) * 100 + 0 : start;
    for (let index = 0; index < size - 1; index += 1) {
      cuts.push(at);
      at -= whole ? Math.max(2, Math.ceil(steps[index]! / 100)) * unit : steps[index]!;
    }
    const value = (hundredths: number) => hundredths / 100 + 0;
    const bands: TierBand<string>[] = tiersUsed.map((tier, index) => {
      const above = index === 0 ? undefined : cuts[index - 1]!;
      const below = index === size - 1 ? undefined : cuts[index]!;
      const meetAbove = meetings[index - 1] === 'whole' && !whole ? 'shared' : meetings[index - 1];
      const meetBelow = meetings[index] === 'whole' && !whole ? 'shared' : meetings[index];
      let min: TierBound | undefined;
      let max: TierBound | undefined;
      if (below !== undefined) min = { value: value(below), inclusive: meetBelow !== 'lower' };
      else if (bottom !== undefined) min = { value: value((cuts[size - 2] ?? start) - bottom.step * unit), inclusive: bottom.inclusive || whole };
      if (above !== undefined) {
        max = meetAbove === 'whole' ? { value: value(above - 100), inclusive: true } : { value: value(above), inclusive: meetAbove !== 'upper' };
      } else if (top !== undefined) max = { value: value((cuts[0] ?? start) + top.step * unit), inclusive: top.inclusive || whole };
      return { tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    });
    // Some bands carry their own wording, as a rule read from a plan does.
    const texts = bands.map((band, index) => {
      const pick = worded[index];
      if (pick === undefined) return band;
      const forms = wordings(band.min, band.max);
      return { ...band, text: forms[pick % forms.length]! };
    });
    const hasWholeGap = whole && meetings.slice(0, size - 1).includes('whole');
    return {
      ...(set === undefined ? {} : { tierSet: set }),
      bands: texts,
      overlap,
      ...(hasWholeGap ? { wholeScores: true } : {}),
    } as Rule;
  });

describe('the text round trip of random rules', () => {
  test.prop([validRule], { numRuns: 400 })('the random rule is valid (no error from checkTierRule)', (rule) => {
    expect(checkTierRule(rule).filter((issue) => issue.severity === 'error')).toEqual([]);
  });
  it('draws whole-number rules, lowerTier rules, other tier sets and worded bands', () => {
    const rules = fc.sample(validRule, { numRuns: 400, seed: 1 });
    expect(rules.filter((rule) => rule.wholeScores === true).length).toBeGreaterThan(20);
    expect(rules.filter((rule) => rule.overlap === 'lowerTier').length).toBeGreaterThan(20);
    expect(rules.filter((rule) => rule.tierSet !== undefined && rule.tierSet !== MEMBER_TIER_SET).length).toBeGreaterThan(20);
    expect(rules.filter((rule) => rule.bands.some((band) => band.text !== undefined)).length).toBeGreaterThan(20);
    expect(rules.filter((rule) => rule.bands.length >= 4).length).toBeGreaterThan(20);
  });
  test.prop([validRule], { numRuns: 400 })('parseTierRule(formatTierRule(rule)).data equals the rule, text included', (rule) => {
    expect(roundTrip(rule)).toEqual({ success: true, data: expected(rule) });
  });
});
