import { describe, expect, it } from 'vitest';
import { checkTierRule, MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015, type TierRule } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

const codes = (rule: TierRule) => checkTierRule(deepFreeze(rule)).map((issue) => issue.code);

describe('checkTierRule', () => {
  it('accepts the shipped rules', () => {
    expect(checkTierRule(MEMBER_TIERS_TONGMIN_2015)).toEqual([]);
    expect(checkTierRule(MEMBER_TIERS_DEMOCRATIC_REVIEW)).toEqual([]);
  });
  it('reports a rule without bands', () => {
    expect(codes({ overlap: 'higherTier', bands: [] })).toEqual(['scoring.ruleNoBands']);
  });
  it('reports unknown tiers, bad bounds and empty bands', () => {
    const issues = checkTierRule({
      overlap: 'higherTier',
      bands: [
        { tier: 'outstanding' as never },
        { tier: 'qualified', min: { value: Number.NaN, inclusive: true } },
        { tier: 'qualified', max: { value: 80.125, inclusive: true } },
        { tier: 'basicallyQualified', min: { value: 70, inclusive: false }, max: { value: 70, inclusive: true } },
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ruleUnknownTier', ['bands', 0, 'tier']],
      ['scoring.ruleBadBound', ['bands', 1, 'min', 'value']],
      ['scoring.ruleBadBound', ['bands', 2, 'max', 'value']],
      ['scoring.ruleEmptyBand', ['bands', 3]],
    ]);
    expect(issues[1]?.message['zh-CN']).toBe('第 2 个分数段的界限 NaN 不是最多两位小数的有限数');
  });
  it('warns of scores below and above every band', () => {
    const issues = checkTierRule({ overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 0, inclusive: true }, max: { value: 100, inclusive: true } }] });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params['value']])).toEqual([
      ['scoring.ruleUncoveredBelow', 'warning', 0],
      ['scoring.ruleUncoveredAbove', 'warning', 100],
    ]);
  });
  it('reports a single missing score between exclusive bounds as a gap', () => {
    const issues = checkTierRule({
      overlap: 'higherTier',
      bands: [
        { tier: 'qualified', min: { value: 60, inclusive: false } },
        { tier: 'unqualified', max: { value: 60, inclusive: false } },
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'scoring.ruleGap', params: { from: 60, to: 60 } });
    expect(issues[0]?.message.en).toBe('Scores from 60 to 60 fall in no band');
  });
  it('allows bands of one tier to overlap', () => {
    expect(
      codes({
        overlap: 'higherTier',
        bands: [
          { tier: 'qualified', min: { value: 50, inclusive: true } },
          { tier: 'qualified', max: { value: 70, inclusive: true } },
        ],
      }),
    ).toEqual([]);
  });
  it('reports duplicate vetoes and a bad quota', () => {
    expect(
      codes({
        ...MEMBER_TIERS_DEMOCRATIC_REVIEW,
        vetoes: [...MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes, ...MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes],
        excellentQuota: { share: { numerator: 1, denominator: 0 }, of: 'allMembers', tieBreak: 'memberId' },
      }),
    ).toEqual(['scoring.ruleDuplicateVeto', 'scoring.ruleBadQuota']);
  });
});
