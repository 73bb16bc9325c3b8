import { describe, expect, it } from 'vitest';
import { checkTierRule, classify, MEMBER_TIERS_TONGMIN_2015, type TierBand, type TierRule } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

// checkTierRule on the rules a school could write by mistake: one bound of a band inverted, two
// bands overlapping at one end or both, a band inside another, bounds sat on exactly. Each issue
// is read as a user reads it: its code, its path, its parameters and its words.

const at = (value: number, inclusive = true) => ({ value, inclusive });
const rule = (...bands: TierBand[]): TierRule => deepFreeze({ overlap: 'higherTier', bands });
const errors = (checked: TierRule) => checkTierRule(checked).filter((issue) => issue.severity === 'error');

describe('分数段的次序: a higher score never gets a lower tier', () => {
  it('reports a better band that starts lower than a worse one, though it ends higher', () => {
    const issues = errors(rule({ tier: 'excellent', min: at(80), max: at(100) }, { tier: 'qualified', min: at(85), max: at(90) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleTierOrder', ['bands', 1], { text: '85—90分', tier: 'qualified', otherText: '80—100分', otherTier: 'excellent' }],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('分数段“85—90分”(合格)高于“80—100分”(优秀):分数更高的等次反而更低');
  });
  it('reports a better band that ends lower than a worse one, though it starts higher', () => {
    const issues = errors(rule({ tier: 'qualified', min: at(80), max: at(100) }, { tier: 'excellent', min: at(90), max: at(95) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params['tier'], issue.params['otherTier']])).toEqual([
      ['scoring.ruleTierOrder', ['bands', 0], 'qualified', 'excellent'],
    ]);
  });
  it('accepts two tiers that share exactly one boundary score', () => {
    expect(checkTierRule(rule({ tier: 'excellent', min: at(90) }, { tier: 'qualified', max: at(90) }))).toEqual([]);
  });
});

describe('重叠: two tiers that share more than a boundary', () => {
  it('names the overlap from and to, at the later band', () => {
    const issues = errors(rule({ tier: 'excellent', min: at(90) }, { tier: 'qualified', min: at(60), max: at(95) }, { tier: 'unqualified', max: at(60, false) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleOverlap', ['bands', 1], { text: '60—95分', otherText: '90分以上', from: 90, to: 95, band: 1 }],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('分数段“60—95分”与“90分以上”重叠于 90 至 95 分,不只是共用一个端点');
  });
  it('says "90 or more" for an overlap open above, never "to Infinity"', () => {
    const issues = errors(rule({ tier: 'qualified', min: at(60) }, { tier: 'excellent', min: at(90) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleOverlapAtLeast', ['bands', 1], { text: '90分以上', otherText: '60分以上', from: 90, band: 1 }],
    ]);
  });
  it('says "80 or less" for an overlap open below', () => {
    const issues = errors(rule({ tier: 'qualified', max: at(100) }, { tier: 'unqualified', max: at(80) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleOverlapAtMost', ['bands', 1], { text: '80分以下', otherText: '100分以下', to: 80, band: 1 }],
    ]);
  });
  it('says "any score" for two bands without bounds', () => {
    const issues = errors(rule({ tier: 'qualified' }, { tier: 'excellent' }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params['band']])).toEqual([['scoring.ruleOverlapAny', ['bands', 1], 1]]);
  });
});

describe('覆盖: scores below, between and above the bands', () => {
  it('points the warnings at the lowest and the highest band, with their scores', () => {
    const issues = checkTierRule(rule({ tier: 'excellent', min: at(90), max: at(100) }, { tier: 'qualified', min: at(60), max: at(90) }));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['scoring.ruleUncoveredBelow', 'warning', ['bands', 1, 'min'], { value: 60 }],
      ['scoring.ruleUncoveredAbove', 'warning', ['bands', 0, 'max'], { value: 100 }],
    ]);
    expect(issues.map((issue) => issue.message['zh-CN'])).toEqual(['低于 60 分的分数不属于任何等次', '高于 100 分的分数不属于任何等次']);
  });
  it('of two bands that start at the same score, points at the narrower; of two that end at the same score, at the wider', () => {
    const issues = checkTierRule(rule({ tier: 'qualified', min: at(60), max: at(100) }, { tier: 'qualified', min: at(60), max: at(80) }, { tier: 'qualified', min: at(70), max: at(100) }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ruleUncoveredBelow', ['bands', 1, 'min']],
      ['scoring.ruleUncoveredAbove', ['bands', 0, 'max']],
    ]);
  });
  it('sees no gap after a band that lies inside a wider one', () => {
    const issues = checkTierRule(rule({ tier: 'qualified', min: at(0), max: at(100) }, { tier: 'qualified', min: at(10), max: at(20) }, { tier: 'excellent', min: at(100) }));
    expect(issues.map((issue) => issue.code)).toEqual(['scoring.ruleUncoveredBelow']);
  });
  it('reports a gap at the later band, from the first missing score to the last', () => {
    const issues = checkTierRule(rule({ tier: 'excellent', min: at(90) }, { tier: 'qualified', min: at(60), max: at(89) }, { tier: 'unqualified', max: at(60, false) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleGap', ['bands', 0, 'min'], { from: 89.01, to: 89.99, band: 0, text: '90分以上' }],
    ]);
  });
  it('bands that meet at an excluded and an included 80 leave no gap', () => {
    expect(checkTierRule(rule({ tier: 'excellent', min: at(80, false) }, { tier: 'qualified', max: at(80) }))).toEqual([]);
  });
});

describe('a band that cannot be used is left out of the other checks', () => {
  it('a band with an unknown tier covers nothing', () => {
    const issues = checkTierRule(rule({ tier: 'outstanding' as never, min: at(0) }, { tier: 'qualified', min: at(60) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleUnknownTier', ['bands', 0, 'tier'], { band: 1, tier: 'outstanding' }],
      ['scoring.ruleUncoveredBelow', ['bands', 1, 'min'], { value: 60 }],
    ]);
  });
  it('a band with a bound of three decimals covers nothing', () => {
    const issues = checkTierRule(rule({ tier: 'qualified', max: at(60.001) }, { tier: 'qualified', min: at(60) }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleBadBound', ['bands', 0, 'max', 'value'], { band: 1, value: '60.001' }],
      ['scoring.ruleUncoveredBelow', ['bands', 1, 'min'], { value: 60 }],
    ]);
  });
  it('a band from 90 down to 80 is empty; a band of the single score 80 is not', () => {
    const issues = checkTierRule(rule({ tier: 'excellent', min: at(90), max: at(80) }, { tier: 'qualified', min: at(80), max: at(80) }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ruleEmptyBand', ['bands', 0]],
      ['scoring.ruleUncoveredBelow', ['bands', 1, 'min']],
      ['scoring.ruleUncoveredAbove', ['bands', 1, 'max']],
    ]);
    expect(issues[0]?.params['text']).toBe('90—80分');
    expect(issues[0]?.message['zh-CN']).toBe('分数段“90—80分”不包含任何分数');
  });
});

describe('否决条件与优秀比例', () => {
  it('names a repeated veto id at its second place', () => {
    const veto = (id: string) => ({ id, label: { 'zh-CN': '当年受到党纪处分', en: 'Subject to Party discipline' }, atMost: 'qualified' as const });
    const issues = checkTierRule({ ...rule({ tier: 'qualified' }), vetoes: [veto('v1'), veto('v2'), veto('v1')] });
    expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['scoring.ruleDuplicateVeto', ['vetoes', 2, 'id'], { vetoId: 'v1' }]]);
  });
  it('accepts a quota of 0/1 and 1/1; refuses -1/3 and 1/0 with the fraction in its words', () => {
    const withShare = (numerator: number, denominator: number) =>
      checkTierRule({ ...rule({ tier: 'qualified' }), excellentQuota: { share: { numerator, denominator }, of: 'allMembers', tieBreak: 'memberId' } });
    expect(withShare(0, 1)).toEqual([]);
    expect(withShare(1, 1)).toEqual([]);
    const negative = withShare(-1, 3);
    expect(negative.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ruleBadQuota', ['excellentQuota', 'share'], { numerator: '-1', denominator: '3' }],
    ]);
    expect(negative[0]?.message['zh-CN']).toBe('优秀比例 -1/3 无效:分子须为非负整数,分母须为正整数');
    expect(withShare(1, 0).map((issue) => issue.code)).toEqual(['scoring.ruleBadQuota']);
  });
});

describe('classify rounds a score to hundredths as it was written', () => {
  it('a score a little below 0 is graded as 0, never shown as -0', () => {
    const result = classify(-0.004, MEMBER_TIERS_TONGMIN_2015);
    expect(result?.tier).toBe('unqualified');
    expect(Object.is(result?.score, 0)).toBe(true);
  });
  it('79.995 is 80 and qualified; 79.994 is 79.99', () => {
    expect(classify(79.995, MEMBER_TIERS_TONGMIN_2015)).toMatchObject({ tier: 'qualified', score: 80 });
    expect(classify(79.994, MEMBER_TIERS_TONGMIN_2015)?.score).toBe(79.99);
  });
});

describe('what makes a rule unusable is an error, not a warning', () => {
  it('no bands, an unknown tier, a bad bound, an empty band and a repeated veto id', () => {
    const veto = { id: 'v1', label: { 'zh-CN': '当年受到党纪处分', en: 'Subject to Party discipline' }, atMost: 'qualified' as const };
    expect(checkTierRule(rule()).map((issue) => [issue.code, issue.severity, issue.path])).toEqual([['scoring.ruleNoBands', 'error', ['bands']]]);
    const issues = checkTierRule({
      ...rule({ tier: 'outstanding' as never }, { tier: 'qualified', min: at(Number.NaN) }, { tier: 'qualified', min: at(80), max: at(70) }, { tier: 'qualified' }),
      vetoes: [veto, veto],
    });
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['scoring.ruleUnknownTier', 'error'],
      ['scoring.ruleBadBound', 'error'],
      ['scoring.ruleEmptyBand', 'error'],
      ['scoring.ruleDuplicateVeto', 'error'],
    ]);
  });
});
