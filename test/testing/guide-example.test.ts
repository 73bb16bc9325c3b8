// The complete example of docs/guides/testing-rules.md (为本校评分规则写测试 · Testing your school's
// rule), run by `npm test`; test/testing/guide.test.ts keeps the guide's copy the same as this file.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { assessMember, classify, TIER_SET_EXCELLENT_GOOD_QUALIFIED, type TierRule } from '../../src/scoring';
import { arbitraries, boundaryCases, describeRule, expectBoundaries, expectRuleText, expectTier } from '../../src/testing';

/** The rule as the school's plan writes it (本校考核方案原文). */
const PLAN_TEXT = '90分以上为优秀;75—89分为良好;60—74分为合格;59分以下为不合格';

/** The same rule as the app stores it: whole scores, four tiers of its own. */
const SCHOOL_RULE = {
  id: 'our-school-2024',
  label: { 'zh-CN': '本校党员年度考核', en: 'Our annual assessment of members' },
  tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  wholeScores: true,
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: true }, text: '90分以上' },
    { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 89, inclusive: true }, text: '75—89分' },
    { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 74, inclusive: true }, text: '60—74分' },
    { tier: 'unqualified', max: { value: 59, inclusive: true }, text: '59分以下' },
  ],
  overlap: 'higherTier',
} as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>;

const a = arbitraries(fc);
const TIERS = SCHOOL_RULE.tierSet.tiers;

describe('本校评分规则 · our school rule', () => {
  it('reads as the plan writes it', () => {
    expectRuleText(SCHOOL_RULE, PLAN_TEXT);
  });

  it('posts (公示) a sentence and a table that read back as the stored rule', () => {
    const posted = describeRule(SCHOOL_RULE);
    expect(posted.sentence).toBe('90分以上为优秀；75—89分为良好；60—74分为合格；59分以下为不合格');
    expect(posted.rows.map((row) => [row.label, row.range])).toEqual([
      ['优秀', '90分以上'],
      ['良好', '75—89分'],
      ['合格', '60—74分'],
      ['不合格', '59分以下'],
    ]);
    expectRuleText(SCHOOL_RULE, posted.sentence);
  });

  it('gives the tiers the plan means at its boundaries, 89.5 included', () => {
    expectBoundaries(SCHOOL_RULE, { 90: 'excellent', 89.5: 'good', 89: 'good', 75: 'good', 74.5: 'qualified', 60: 'qualified', 59.5: 'unqualified', 0: 'unqualified' });
  });

  test.each(boundaryCases(SCHOOL_RULE))('$score → $tier', ({ score, tier }) => {
    expectTier(SCHOOL_RULE, score, tier);
  });

  it('never gives a better score a worse tier', () => {
    fc.assert(
      fc.property(a.score(), a.score(), (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        return TIERS.indexOf(classify(high, SCHOOL_RULE)!.tier) <= TIERS.indexOf(classify(low, SCHOOL_RULE)!.tier);
      }),
      { numRuns: 200 },
    );
  });

  it('grades every member whose card is complete, on any score sheets', () => {
    const sheetsAndCard = a.scoreSheets().chain((sheets) => fc.tuple(fc.constant(sheets), a.scoreCard(sheets)));
    fc.assert(
      fc.property(sheetsAndCard, ([sheets, card]) => {
        const assessment = assessMember({ ...card, status: 'full' }, sheets, SCHOOL_RULE);
        expect(assessment.issues).toEqual([]);
        expect(assessment.tier).not.toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});
