import { describe, expect, it } from 'vitest';
import { classify, formatTierRule, MAX_RULE_TEXT_LENGTH, parseTierRule, TIER_SET_EXCELLENT_GOOD_QUALIFIED, type TierRule, type TierSet } from '../../src/scoring';

// The corners of the tier rule reader and writer: old forms of the signs, blanks, a bound given
// twice, tier names that are words of the reader, and bands that hold no score.

const at = (value: number, inclusive = true) => ({ value, inclusive });

function codes(text: string, tierSet?: TierSet<string>): readonly string[] {
  const result = parseTierRule(text, tierSet === undefined ? {} : { tierSet });
  return result.success ? [] : result.issues.map((issue) => issue.code);
}

describe('the tier rule reader’s corners', () => {
  it('reads ≧ and ≦ as ≥ and ≤, and an ideographic space as a blank', () => {
    const result = parseTierRule('得分≧90\u3000为优秀;得分≦89为合格');
    expect(result.success && result.data.bands.map(({ text: _text, ...band }) => band)).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', max: at(89) },
    ]);
  });
  it('refuses a bound given twice for the same end, in every form', () => {
    expect(codes('满60分不低于70分为合格')).toEqual(['scoring.parseBadRange']);
    expect(codes('60分以上80—90分为合格')).toEqual(['scoring.parseBadRange']);
    expect(codes('90>得分80>得分为合格')).toEqual(['scoring.parseBadRange']);
  });
  it('reads a tier name that begins a longer word of the reader (达 beside 达到)', () => {
    const passFail: TierSet<'pass' | 'fail'> = {
      id: 'pass-fail',
      label: { 'zh-CN': '达标/不达标', en: 'Pass/fail' },
      tiers: ['pass', 'fail'],
      tierLabels: { pass: { 'zh-CN': '达', en: 'Pass' }, fail: { 'zh-CN': '未达', en: 'Fail' } },
    };
    const result = parseTierRule('达到60分为达;未达到60分为未达', { tierSet: passFail });
    expect(result.success && result.data.bands).toEqual([
      { tier: 'pass', min: at(60), text: '达到60分' },
      { tier: 'fail', max: at(60, false), text: '未达到60分' },
    ]);
  });
  it('skips a tier with an empty name instead of reading every position as it', () => {
    const blank = { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED, tierLabels: { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED.tierLabels, good: { 'zh-CN': '', en: 'Good' } } };
    expect(parseTierRule('90分以上为优秀;90分以下为合格', { tierSet: blank }).success).toBe(true);
  });
  it('writes a band out when its own text is blank or padded', () => {
    const rule: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'qualified', min: at(60), text: ' 60分以上' },
        { tier: 'unqualified', max: at(60, false), text: '' },
      ],
    };
    expect(formatTierRule(rule)).toBe('60分以上为合格；不满60分为不合格');
  });
  it('classifies by a whole-number rule with a band that holds no score, or with no band', () => {
    const rule: TierRule = {
      overlap: 'higherTier',
      wholeScores: true,
      bands: [
        { tier: 'excellent', min: at(90) },
        { tier: 'qualified', min: at(85, false), max: at(85, false) },
        { tier: 'qualified', min: at(80), max: at(89) },
        { tier: 'unqualified', max: at(79) },
      ],
    };
    expect(classify(89.5, rule)?.bandIndex).toBe(2);
    expect(classify(79.5, rule)?.tier).toBe('unqualified');
    expect(classify(50, { overlap: 'higherTier', wholeScores: true, bands: [] })).toBeUndefined();
  });
});

describe('texts of the longest length made of the new words', () => {
  it('reads list numbers, markers, signs and score words of MAX_RULE_TEXT_LENGTH characters without throwing', () => {
    for (const unit of ['(含9', '1.1 ', '1. 2. ', '80≤得分<', '得分', '①', '(1)', '一、', '就高不就低']) {
      const text = unit.repeat(Math.ceil(MAX_RULE_TEXT_LENGTH / unit.length)).slice(0, MAX_RULE_TEXT_LENGTH);
      const result = parseTierRule(text);
      // Every issue points into the text; there are never more issues than characters.
      const issues = result.success ? [] : result.issues;
      expect(issues.length, unit).toBeLessThanOrEqual(MAX_RULE_TEXT_LENGTH);
      for (const issue of issues) expect(Number(issue.params['column'] ?? 1), unit).toBeLessThanOrEqual(MAX_RULE_TEXT_LENGTH);
    }
  });
});
