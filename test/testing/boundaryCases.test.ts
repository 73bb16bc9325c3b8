import { describe, expect, it } from 'vitest';
import { MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015, TIER_SET_EXCELLENT_GOOD_QUALIFIED, classify, parseTierRule, type TierRule } from '../../src/scoring';
import { boundaryCases, InvalidInputError } from '../../src/testing';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrownIssues } from '../_helpers/thrownIssues';

const table = <T extends string>(rule: TierRule<T>) => boundaryCases(rule).map((c) => [c.score, c.tier, c.band] as const);

describe('boundaryCases', () => {
  it('gives 100, 99.99, 80, 79.99, 60, 59.99 and the open ends of the 2015 rule (100分以上为优秀 …)', () => {
    expect(table(deepFreeze(MEMBER_TIERS_TONGMIN_2015))).toEqual([
      [200, 'excellent', '100分以上'],
      [100.01, 'excellent', '100分以上'],
      [100, 'excellent', '100分以上'],
      [99.99, 'qualified', '80—100分'],
      [80.01, 'qualified', '80—100分'],
      [80, 'qualified', '80—100分'],
      [79.99, 'basicallyQualified', '60—80分'],
      [60.01, 'basicallyQualified', '60—80分'],
      [60, 'basicallyQualified', '60—80分'],
      [59.99, 'unqualified', '60分以下'],
      [0, 'unqualified', '60分以下'],
    ]);
  });

  it('says why a shared boundary gets its tier, in zh-CN and en', () => {
    const at80 = boundaryCases(MEMBER_TIERS_TONGMIN_2015).find((c) => c.score === 80)!;
    expect(at80).toMatchObject({ boundary: 80, position: 'at', bandIndex: 1, alsoIn: [2] });
    expect(at80.reason).toEqual({
      'zh-CN': '80分同在“80—100分”、“60—80分”内,按规则取较高等次:合格',
      en: '80 is in "80 to 100" and "60 to 80"; the rule takes the higher tier: Qualified',
    });
    const below = boundaryCases(MEMBER_TIERS_TONGMIN_2015).find((c) => c.score === 79.99)!;
    expect(below).toMatchObject({ boundary: 80, position: 'below', alsoIn: [] });
  });

  it('follows the rule when it resolves a shared boundary to the lower tier', () => {
    const strict = { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' } as const;
    const at100 = boundaryCases(strict).find((c) => c.score === 100)!;
    expect([at100.tier, at100.alsoIn]).toEqual(['qualified', [0]]);
    expect(at100.reason['zh-CN']).toBe('100分同在“100分以上”、“80—100分”内,按规则取较低等次:合格');
    expect(at100.reason.en).toContain('the rule takes the lower tier: Qualified');
  });

  it('shows a gap as a score with no tier (90分以上为优秀;60—89分为合格 leaves 89.01 without one)', () => {
    const gap: TierRule = {
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true } },
        { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 89, inclusive: true } },
      ],
      overlap: 'higherTier',
    };
    const cases = boundaryCases(gap);
    expect(cases.find((c) => c.score === 89.01)).toMatchObject({ tier: null, band: null, bandIndex: null, position: 'above' });
    expect(cases.find((c) => c.score === 89.99)).toMatchObject({ tier: null, position: 'below' });
    expect(cases.find((c) => c.score === 89.01)!.reason).toEqual({ 'zh-CN': '89.01分不在任何分数段内,没有等次', en: '89.01 is in no band: no tier' });
    // Closed at 60 from below: 59.99 is outside every band, and no open end is added below.
    expect(cases.map((c) => c.score).slice(-2)).toEqual([60, 59.99]);
    expect(cases[0]).toMatchObject({ score: 190, position: 'beyond', boundary: null, tier: 'excellent' });
  });

  it('reaches below a lowest boundary of 0 or less by a hundred points', () => {
    const negative: TierRule = {
      bands: [
        { tier: 'qualified', min: { value: 0, inclusive: true } },
        { tier: 'unqualified', max: { value: 0, inclusive: false } },
      ],
      overlap: 'higherTier',
    };
    expect(table(negative)).toEqual([
      [100, 'qualified', '0分以上'],
      [0.01, 'qualified', '0分以上'],
      [0, 'qualified', '0分以上'],
      [-0.01, 'unqualified', '不满0分'],
      [-100, 'unqualified', '不满0分'],
    ]);
  });

  it('gives one case at 0 for a rule of one band without bounds', () => {
    const any: TierRule = { bands: [{ tier: 'qualified', text: '任意分数' }], overlap: 'higherTier' };
    expect(boundaryCases(any)).toEqual([
      { score: 0, boundary: null, position: 'beyond', tier: 'qualified', bandIndex: 0, band: '任意分数', alsoIn: [], reason: { 'zh-CN': '0分在“任意分数”内,为合格', en: '0 is in "any score": Qualified' } },
    ]);
  });

  it('tests a whole-score rule (90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格) at whole scores and half a point between bands', () => {
    const parsed = parseTierRule('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格');
    expect(parsed.success).toBe(true);
    const rule = parsed.success ? parsed.data : MEMBER_TIERS_TONGMIN_2015;
    const cases = boundaryCases(rule);
    expect(cases.map((c) => c.score)).toEqual([190, 91, 90, 89.5, 89, 88, 81, 80, 79.5, 79, 78, 61, 60, 59.5, 59, 58, 0]);
    expect(cases.find((c) => c.score === 89.5)).toMatchObject({ position: 'between', boundary: 90, tier: 'qualified', band: '80—89分' });
    expect(cases.find((c) => c.score === 89.5)!.reason).toEqual({
      'zh-CN': '规则按整数分计,89.5分未达到90分,仍在“80—89分”内:合格',
      en: 'The rule counts whole scores: 89.5 has not reached 90, so it stays in "80 to 89": Qualified',
    });
    for (const c of cases) expect([c.score, classify(c.score, rule)?.tier ?? null]).toEqual([c.score, c.tier]);
  });

  it('steps by hundredths in a whole-score rule with a bound that is not whole', () => {
    const rule: TierRule = {
      wholeScores: true,
      bands: [
        { tier: 'excellent', min: { value: 89.5, inclusive: true } },
        { tier: 'qualified', max: { value: 89.5, inclusive: false } },
      ],
      overlap: 'higherTier',
    };
    expect(boundaryCases(rule).map((c) => c.score)).toEqual([189.5, 89.51, 89.5, 89.49, 0]);
  });

  it('names the tiers of the rule’s own tier set (优秀/良好/合格/不合格)', () => {
    const rule = {
      tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true }, text: '90分以上' },
        { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: true }, text: '75—90分' },
        { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: true }, text: '60—75分' },
        { tier: 'unqualified', max: { value: 60, inclusive: false }, text: '60分以下' },
      ],
      overlap: 'lowerTier',
    } as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>;
    const at75 = boundaryCases(rule).find((c) => c.score === 75)!;
    expect([at75.tier, at75.reason['zh-CN']]).toEqual(['qualified', '75分同在“75—90分”、“60—75分”内,按规则取较低等次:合格']);
    expect(boundaryCases(rule).find((c) => c.score === 89.99)!.reason.en).toBe('89.99 is in "75 to 90": Good');
  });

  it('agrees with classify on the shipped rules', () => {
    for (const rule of [MEMBER_TIERS_TONGMIN_2015, MEMBER_TIERS_DEMOCRATIC_REVIEW]) {
      for (const c of boundaryCases(rule)) expect([c.score, classify(c.score, rule)?.tier]).toEqual([c.score, c.tier]);
    }
  });

  it('refuses a rule that is not shaped as a tier rule, field by field', () => {
    const issues = thrownIssues(() => boundaryCases({ bands: [{ tier: 'excellent', min: { value: Number.NaN, inclusive: true } }], overlap: 'higherTier' }), InvalidInputError);
    expect(issues.map((issue) => issue.path)).toEqual([['rule', 'bands', 0, 'min', 'value']]);
    expect(thrownIssues(() => boundaryCases(null as never), InvalidInputError).map((issue) => issue.path)).toEqual([['rule']]);
  });
});

describe('a bound too large for hundredths', () => {
  it('leaves out the cases of a bound of 1e308 rather than giving a score of Infinity', () => {
    const rule: TierRule = { ...MEMBER_TIERS_TONGMIN_2015, bands: [...MEMBER_TIERS_TONGMIN_2015.bands.slice(0, 3), { tier: 'unqualified', min: { value: 1e308, inclusive: true } }] };
    const scores = boundaryCases(rule).map((c) => c.score);
    expect(scores.every((score) => Number.isFinite(score))).toBe(true);
    expect(scores).toContain(80);
  });
});
