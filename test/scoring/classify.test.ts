import { describe, expect, it } from 'vitest';
import { classify, MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015, type TierRule } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

const rule = deepFreeze(MEMBER_TIERS_TONGMIN_2015);
const tierOf = (score: number, of: TierRule = rule) => classify(score, of)?.tier;

describe('同民镇中学 2015: 两个责任书年终考核', () => {
  it('得分在100分以上者,推荐为本年度优秀党员', () => {
    expect(tierOf(100)).toBe('excellent');
    expect(tierOf(100.01)).toBe('excellent');
    expect(tierOf(115)).toBe('excellent');
  });
  it('总分在80—100分的为合格党员', () => {
    expect(tierOf(99.99)).toBe('qualified');
    expect(tierOf(90)).toBe('qualified');
    expect(tierOf(80.01)).toBe('qualified');
    expect(tierOf(80)).toBe('qualified');
  });
  it('总分在60—80分的为基本合格党员', () => {
    expect(tierOf(79.99)).toBe('basicallyQualified');
    expect(tierOf(70)).toBe('basicallyQualified');
    expect(tierOf(60)).toBe('basicallyQualified');
  });
  it('总分在60分以下的为不合格党员', () => {
    expect(tierOf(59.99)).toBe('unqualified');
    expect(tierOf(0)).toBe('unqualified');
    expect(tierOf(-5)).toBe('unqualified');
  });

  it('“100分以上”与“80—100分”都包含100分(民法典第一千二百五十九条),默认取较高等次', () => {
    const result = classify(100, rule);
    expect(result).toEqual({ tier: 'excellent', band: rule.bands[0], bandIndex: 0, score: 100, alsoMatched: [1] });
  });
  it('80分与60分同属两段,默认取较高等次', () => {
    expect(classify(80, rule)?.alsoMatched).toEqual([2]);
    expect(classify(60, rule)?.alsoMatched).toEqual([3]);
    expect(classify(85, rule)?.alsoMatched).toEqual([]);
  });
  it('the other reading: shared boundaries to the lower tier', () => {
    const strict = { ...rule, overlap: 'lowerTier' } as const;
    expect([100, 80, 60, 59.99, 100.01].map((score) => tierOf(score, strict))).toEqual([
      'qualified',
      'basicallyQualified',
      'unqualified',
      'unqualified',
      'excellent',
    ]);
    expect(classify(100, strict)).toMatchObject({ bandIndex: 1, alsoMatched: [0] });
  });
});

describe('float traps: tiers are decided on hundredths', () => {
  it('33.33 + 33.33 + 13.34 is 80.00, so 合格', () => {
    expect(classify(33.33 + 33.33 + 13.34, rule)).toMatchObject({ tier: 'qualified', score: 80 });
  });
  it('0.08 + 66.57 + 13.35, which floats add to 79.99999999999999, is 80.00, so 合格', () => {
    const sum = 0.08 + 66.57 + 13.35;
    expect(sum).toBeLessThan(80);
    expect(classify(sum, rule)).toMatchObject({ tier: 'qualified', score: 80 });
  });
  it('0.1 steps summed to 60, 80 and 100 land on the boundary', () => {
    for (const target of [60, 80, 100]) {
      let sum = 0;
      for (let step = 0; step < target * 10; step += 1) sum += 0.1;
      expect(sum).not.toBe(target); // 800 × 0.1 is 79.99999999999973
      expect(classify(sum, rule)?.score).toBe(target);
    }
    expect(tierOf(0.1 * 600)).toBe('basicallyQualified');
  });
  it('rounds half away from zero at the third decimal, as written', () => {
    expect(classify(79.995, rule)).toMatchObject({ score: 80, tier: 'qualified' });
    expect(classify(79.994, rule)).toMatchObject({ score: 79.99, tier: 'basicallyQualified' });
    expect(classify(1.005, rule)?.score).toBe(1.01);
    expect(classify(-1.005, rule)?.score).toBe(-1.01);
  });
  it('a score that is not a finite number has no tier', () => {
    expect(classify(Number.NaN, rule)).toBeUndefined();
    expect(classify(Infinity, rule)).toBeUndefined();
  });
});

describe('rules with exclusive bounds and gaps', () => {
  it('不满60分 excludes 60', () => {
    const custom: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'qualified', min: { value: 60, inclusive: true } },
        { tier: 'unqualified', max: { value: 60, inclusive: false } },
      ],
    };
    expect(tierOf(60, custom)).toBe('qualified');
    expect(tierOf(59.99, custom)).toBe('unqualified');
    expect(classify(60, custom)?.alsoMatched).toEqual([]);
  });
  it('a score in a gap gets no tier', () => {
    const gapped: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true } },
        { tier: 'qualified', max: { value: 89, inclusive: true } },
      ],
    };
    expect(classify(89.5, gapped)).toBeUndefined();
  });
  it('the democratic-review rule: 90分以上优秀, 70—90合格, 60—70基本合格', () => {
    expect([90, 89.99, 70, 69.99, 60, 59.99].map((score) => tierOf(score, MEMBER_TIERS_DEMOCRATIC_REVIEW))).toEqual([
      'excellent',
      'qualified',
      'qualified',
      'basicallyQualified',
      'basicallyQualified',
      'unqualified',
    ]);
  });
});
