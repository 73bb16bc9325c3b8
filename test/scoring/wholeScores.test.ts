import { describe, expect, it } from 'vitest';
import { TierRuleSchema } from '../../src/schema';
import { assessMember, assessMembers, checkTierRule, classify, formatTierRule, type TierRule } from '../../src/scoring';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

// A rule written for whole-number scores (wholeScores): 80—89分 under 90分以上 reaches up to 90,
// exclusive; a fractional score is never rounded up into a better tier.

const at = (value: number, inclusive = true) => ({ value, inclusive });

const WHOLE: TierRule = {
  overlap: 'higherTier',
  wholeScores: true,
  bands: [
    { tier: 'excellent', min: at(90), text: '90分以上' },
    { tier: 'qualified', min: at(80), max: at(89), text: '80—89分' },
    { tier: 'basicallyQualified', min: at(60), max: at(79), text: '60—79分' },
    { tier: 'unqualified', max: at(59), text: '59分以下' },
  ],
};

describe('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格, as data with wholeScores', () => {
  it('checkTierRule finds no gap in it, and three without wholeScores', () => {
    expect(checkTierRule(WHOLE)).toEqual([]);
    const { wholeScores: _whole, ...plain } = WHOLE;
    expect(checkTierRule(plain).map((issue) => [issue.code, issue.params['from'], issue.params['to']])).toEqual([
      ['scoring.ruleGap', 59.01, 59.99],
      ['scoring.ruleGap', 79.01, 79.99],
      ['scoring.ruleGap', 89.01, 89.99],
    ]);
  });
  it('89.5 has not reached 90: 合格, in 80—89分, never rounded up into 优秀', () => {
    expect(classify(89.5, WHOLE)).toMatchObject({ tier: 'qualified', band: WHOLE.bands[1], alsoMatched: [] });
    expect(classify(89.995, WHOLE)?.tier).toBe('excellent'); // rounded to hundredths first: 90.00
    expect(classify(89.994, WHOLE)?.tier).toBe('qualified');
    expect(classify(79.01, WHOLE)?.tier).toBe('basicallyQualified');
    expect(classify(59.5, WHOLE)?.tier).toBe('unqualified');
  });
  it('assessMember and assessMembers read the card total 89.5 the same way', () => {
    const card = cardWithTotal('m1', 89.5);
    expect(assessMember(card, TONGMIN_SHEETS, { ...WHOLE, gradeProbationary: true }).tier).toBe('qualified');
    const [first] = assessMembers([card], TONGMIN_SHEETS, { ...WHOLE, gradeProbationary: true }).members;
    expect(first?.tier).toBe('qualified');
  });
  it('a gap other than one whole point stays a gap: 80—88分 under 90分以上, 59.5分以下 under 60—79分', () => {
    const twoPoints: TierRule = { ...WHOLE, bands: [WHOLE.bands[0]!, { ...WHOLE.bands[1]!, max: at(88) }, WHOLE.bands[2]!, WHOLE.bands[3]!] };
    expect(checkTierRule(twoPoints).map((issue) => [issue.code, issue.params['from'], issue.params['to']])).toEqual([
      ['scoring.ruleGap', 88.01, 89.99],
    ]);
    expect(classify(88.5, twoPoints)).toBeUndefined();
    const half: TierRule = { ...WHOLE, bands: [...WHOLE.bands.slice(0, 3), { tier: 'unqualified', max: at(59.5) }] };
    expect(checkTierRule(half).map((issue) => issue.code)).toEqual(['scoring.ruleGap']);
  });
  it('wholeScores changes nothing where the bands leave no gap', () => {
    const shared: TierRule = {
      overlap: 'higherTier',
      wholeScores: true,
      bands: [
        { tier: 'excellent', min: at(90) },
        { tier: 'qualified', max: at(90) },
      ],
    };
    expect(checkTierRule(shared)).toEqual([]);
    expect(classify(90, shared)).toMatchObject({ tier: 'excellent', alsoMatched: [1] });
    expect(classify(89.99, shared)?.tier).toBe('qualified');
  });
  it('a band closed from below by a whole gap still meets the tier order check', () => {
    const inverted: TierRule = {
      overlap: 'higherTier',
      wholeScores: true,
      bands: [
        { tier: 'unqualified', min: at(90) },
        { tier: 'excellent', max: at(89) },
      ],
    };
    expect(checkTierRule(inverted).map((issue) => issue.code)).toEqual(['scoring.ruleTierOrder']);
  });
  it('is written out as the plan writes it, and is read and stored as data', () => {
    expect(formatTierRule(WHOLE)).toBe('90分以上为优秀；80—89分为合格；60—79分为基本合格；59分以下为不合格');
    expect(TierRuleSchema.safeParse(WHOLE).success).toBe(true);
    expect(TierRuleSchema.safeParse({ ...WHOLE, wholeScores: 'yes' }).success).toBe(false);
    expect(checkTierRule({ ...WHOLE, wholeScores: 'yes' as never }).map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['wholeScores']]]);
  });
});
