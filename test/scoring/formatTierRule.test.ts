import { describe, expect, it } from 'vitest';
import { formatTierRule, MEMBER_TIERS_TONGMIN_2015, parseTierRule, type TierRule } from '../../src/scoring';

const mixed: TierRule = {
  overlap: 'lowerTier',
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: false } },
    { tier: 'qualified', min: { value: 60, inclusive: false }, max: { value: 90, inclusive: true } },
    { tier: 'basicallyQualified', min: { value: 50, inclusive: true }, max: { value: 60, inclusive: true } },
    { tier: 'unqualified', max: { value: 50, inclusive: false } },
  ],
};

describe('formatTierRule', () => {
  it('writes the 2015 rule as the plan does', () => {
    expect(formatTierRule(MEMBER_TIERS_TONGMIN_2015)).toBe('100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格');
  });
  it('writes exclusive bounds in both languages', () => {
    expect(formatTierRule(mixed)).toBe('超过90分为优秀；60（不含）—90分为合格；50—60分为基本合格；不满50分为不合格；分界分数就低不就高');
    expect(formatTierRule(mixed, 'en')).toBe(
      'more than 90: Excellent; 60 (excluded) to 90: Qualified; 50 to 60: Basically qualified; under 50: Unqualified; a score on a shared boundary gets the lower tier',
    );
    expect(formatTierRule({ overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 0, inclusive: true }, max: { value: 5, inclusive: false } }] }, 'en')).toBe(
      '0 to 5 (excluded): Qualified',
    );
  });
  it('writes a band without bounds as 任意分数 / any score, and reads it back', () => {
    const any: TierRule = { overlap: 'higherTier', bands: [{ tier: 'qualified' }] };
    expect(formatTierRule(any)).toBe('任意分数为合格');
    expect(formatTierRule(any, 'en')).toBe('any score: Qualified');
    const result = parseTierRule(formatTierRule(any));
    expect(result.success && result.data.bands).toEqual([{ tier: 'qualified', text: '任意分数' }]);
  });
  it('writes negative bounds that read back', () => {
    const negative: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'qualified', min: { value: -5, inclusive: true } },
        { tier: 'unqualified', max: { value: -5, inclusive: false } },
      ],
    };
    const text = formatTierRule(negative);
    expect(text).toBe('-5分以上为合格；不满-5分为不合格');
    const result = parseTierRule(text);
    expect(result.success && result.data.bands.map((band) => [band.min?.value, band.max?.value])).toEqual([
      [-5, undefined],
      [undefined, -5],
    ]);
    const range = parseTierRule('-10—-5分为基本合格;不满-10分为不合格;超过-5分为合格');
    expect(range.success && range.data.bands[0]).toMatchObject({ min: { value: -10 }, max: { value: -5 } });
  });
});
