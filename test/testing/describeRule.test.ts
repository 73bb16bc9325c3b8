import { describe, expect, it } from 'vitest';
import { MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015, TIER_SET_EXCELLENT_GOOD_QUALIFIED, parseTierRule, type TierRule } from '../../src/scoring';
import { describeRule, InvalidInputError } from '../../src/testing';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrownIssues } from '../_helpers/thrownIssues';

describe('describeRule', () => {
  it('writes the 2015 rule as its sentence and a table of tier, range, lower and upper bound', () => {
    const described = describeRule(deepFreeze(MEMBER_TIERS_TONGMIN_2015));
    expect(described.title).toBe('同民镇中学党支部党员年度考核(2015)');
    expect(described.sentence).toBe('100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格');
    expect(described.rows.map((row) => [row.label, row.range, row.lowerText, row.upperText])).toEqual([
      ['优秀', '100分以上', '100分(含)', '不限'],
      ['合格', '80—100分', '80分(含)', '100分(含)'],
      ['基本合格', '60—80分', '60分(含)', '80分(含)'],
      ['不合格', '60分以下', '不限', '60分(含)'],
    ]);
  });

  it('writes it in English too', () => {
    const described = describeRule(MEMBER_TIERS_DEMOCRATIC_REVIEW, 'en');
    expect(described.columns).toEqual({ tier: 'Tier', range: 'Score range', lower: 'Lower bound', upper: 'Upper bound' });
    expect(described.rows[1]).toEqual({
      tier: 'qualified',
      label: 'Qualified',
      range: '70 to 90',
      lower: { value: 70, inclusive: true },
      upper: { value: 90, inclusive: true },
      lowerText: '70 (included)',
      upperText: '90 (included)',
    });
  });

  it('gives a sentence that parses back into the same rule, text included', () => {
    for (const rule of [MEMBER_TIERS_TONGMIN_2015, { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' as const }]) {
      const parsed = parseTierRule(describeRule(rule).sentence);
      expect(parsed.success && [parsed.data.bands, parsed.data.overlap]).toEqual([rule.bands, rule.overlap]);
    }
  });

  it('names the tiers of a rule’s own set and shows an excluded bound, without a title', () => {
    const rule = {
      tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true } },
        { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: false } },
        { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: false } },
        { tier: 'unqualified', max: { value: 60, inclusive: false } },
      ],
      overlap: 'higherTier',
    } as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>;
    const described = describeRule(rule);
    expect(described.title).toBeNull();
    expect(described.rows[1]).toMatchObject({ label: '良好', upperText: '90分(不含)' });
    expect(describeRule(rule, 'en').rows[1]!.upperText).toBe('90 (excluded)');
  });

  it('refuses a broken rule and an unknown locale', () => {
    expect(thrownIssues(() => describeRule(MEMBER_TIERS_TONGMIN_2015, 'fr' as never), InvalidInputError).map((issue) => issue.path)).toEqual([['locale']]);
    expect(thrownIssues(() => describeRule({ overlap: 'higherTier' } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['rule', 'bands']]);
  });
});
