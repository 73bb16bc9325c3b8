import { describe, expect, it } from 'vitest';
import { MEMBER_TIERS_TONGMIN_2015, TIER_SET_GOOD_TO_POOR, type TierRule } from '../../src/scoring';
import { AssertionError, expectBoundaries, expectRuleText, expectTier, InvalidInputError } from '../../src/testing';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrownIssues } from '../_helpers/thrownIssues';

/** The AssertionError `run` throws; fails the test when it throws nothing or something else. */
function failure(run: () => void): AssertionError {
  try {
    run();
  } catch (error) {
    if (error instanceof AssertionError) return error;
    throw error;
  }
  throw new Error('the assertion passed');
}

const tongmin = deepFreeze(MEMBER_TIERS_TONGMIN_2015);
const branchRule = {
  id: 'branch-grading',
  tierSet: TIER_SET_GOOD_TO_POOR,
  bands: [
    { tier: 'good', min: { value: 90, inclusive: true } },
    { tier: 'fairlyGood', min: { value: 80, inclusive: true }, max: { value: 90, inclusive: false } },
    { tier: 'average', min: { value: 60, inclusive: true }, max: { value: 80, inclusive: false } },
    { tier: 'poor', max: { value: 60, inclusive: false } },
  ],
  overlap: 'higherTier',
} as const satisfies TierRule<'good' | 'fairlyGood' | 'average' | 'poor'>;

describe('AssertionError', () => {
  it('is an Error named AssertionError with code ERR_ASSERTION, actual, expected and the helper', () => {
    const error = failure(() => expectTier(tongmin, 79.99, 'qualified'));
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.actual, error.expected, error.operator]).toEqual(['AssertionError', 'ERR_ASSERTION', 'basicallyQualified', 'qualified', 'expectTier']);
    expect(String(error)).toBe('AssertionError: 按“同民镇中学党支部党员年度考核(2015)”,79.99分应为合格,实际为基本合格');
  });
});

describe('expectTier', () => {
  it('passes at 100分以上 → 优秀 and 60分以下 → 不合格', () => {
    expect(() => expectTier(tongmin, 100, 'excellent')).not.toThrow();
    expect(() => expectTier(tongmin, 59.99, 'unqualified')).not.toThrow();
  });

  it('shows expected and actual in zh-CN and en, by the tier set’s own labels (好/较好/一般/差)', () => {
    expect(failure(() => expectTier(branchRule, 89.99, 'good')).message).toBe('按该规则,89.99分应为好,实际为较好');
    expect(failure(() => expectTier(branchRule, 89.99, 'good', { locale: 'en' })).message).toBe('Under the rule, 89.99 should be Good, but is Fairly good');
  });

  it('asserts a score outside every band with null', () => {
    const closed: TierRule = { bands: [{ tier: 'qualified', min: { value: 0, inclusive: true }, max: { value: 100, inclusive: true } }], overlap: 'higherTier' };
    expect(() => expectTier(closed, 100.01, null)).not.toThrow();
    expect(failure(() => expectTier(closed, 100, null)).message).toBe('按该规则,100分应为没有等次,实际为合格');
    expect(failure(() => expectTier(closed, -1, 'qualified', { locale: 'en' })).message).toBe('Under the rule, -1 should be Qualified, but is no tier');
  });

  it('refuses a broken rule and an unknown locale as input, not as a failed assertion', () => {
    expect(thrownIssues(() => expectTier({ bands: 'none' } as never, 1, 'excellent'), InvalidInputError).map((issue) => issue.path)).toEqual([
      ['rule', 'bands'],
      ['rule', 'overlap'],
    ]);
    expect(thrownIssues(() => expectTier(tongmin, 1, 'unqualified', { locale: 'fr' } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['options', 'locale']]);
    expect(thrownIssues(() => expectTier(tongmin, 1, 'unqualified', null as never), InvalidInputError).map((issue) => issue.path)).toEqual([['options']]);
    expect(thrownIssues(() => expectTier(tongmin, { valueOf: null } as never, { tier: 1 } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['score'], ['tier']]);
  });
});

describe('expectBoundaries', () => {
  it('passes on the 2015 rule’s table: 100, 99.99, 80, 79.99, 60, 59.99', () => {
    expect(() =>
      expectBoundaries(tongmin, { 100: 'excellent', 99.99: 'qualified', 80: 'qualified', 79.99: 'basicallyQualified', 60: 'basicallyQualified', 59.99: 'unqualified' }),
    ).not.toThrow();
    expect(() => expectBoundaries(tongmin)).not.toThrow();
  });

  it('lists every score whose tier differs, highest first, with expected and actual maps', () => {
    const error = failure(() => expectBoundaries(tongmin, { 60: 'unqualified', 100: 'qualified', 99.99: 'qualified' }, { locale: 'en' }));
    expect(error.message).toBe(
      'Under "Tongmin Town Middle School annual member assessment (2015)", 2 scores do not get the expected tier: 100 should be Qualified, but is Excellent; 60 should be Unqualified, but is Basically qualified',
    );
    expect([error.expected, error.actual]).toEqual([
      { 100: 'qualified', 60: 'unqualified' },
      { 100: 'excellent', 60: 'basicallyQualified' },
    ]);
  });

  it('fails on a gap between bands (90分以上为优秀;60—89分为合格), not on scores beyond a closed end', () => {
    const gap: TierRule = {
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true } },
        { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 89, inclusive: true } },
      ],
      overlap: 'higherTier',
    };
    const error = failure(() => expectBoundaries(gap));
    expect(error.message).toBe('按该规则,边界附近的89.99、89.01分不在任何分数段内');
    expect(error.actual).toEqual({ 89.01: null, 89.99: null });
    // Below 60 the rule has no band at all: outside its scale, not a gap.
    expect(() => expectBoundaries({ ...gap, bands: gap.bands.slice(1) })).not.toThrow();
  });

  it('names a tier its rule does not have by its code, and a score in no band as no tier', () => {
    expect(failure(() => expectBoundaries(tongmin, { 100: 'outstanding' as never })).message).toBe('按“同民镇中学党支部党员年度考核(2015)”,1个分数的等次与预期不符:100分应为outstanding,实际为优秀');
    const closed: TierRule = { bands: [{ tier: 'qualified', min: { value: 0, inclusive: true }, max: { value: 100, inclusive: true } }], overlap: 'higherTier' };
    expect(failure(() => expectBoundaries(closed, { 101: 'qualified' })).actual).toEqual({ 101: null });
  });

  it('refuses an expected table that is not one', () => {
    expect(thrownIssues(() => expectBoundaries(tongmin, { abc: 'excellent' } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['expected', 'abc']]);
    expect(thrownIssues(() => expectBoundaries(tongmin, { 100: 7 } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['expected', '100']]);
    expect(thrownIssues(() => expectBoundaries(tongmin, [] as never), InvalidInputError).map((issue) => issue.path)).toEqual([['expected']]);
  });
});

describe('expectRuleText', () => {
  it('passes when the seed’s sentence reads as the rule (得分在100分以上者 … 总分在60分以下的为不合格)', () => {
    expect(() =>
      expectRuleText(tongmin, '得分在100分以上者,推荐为本年度优秀党员;总分在80—100分的为合格党员;总分在60—80分的为基本合格党员;总分在60分以下的为不合格党员'),
    ).not.toThrow();
    expect(() => expectRuleText(tongmin)).not.toThrow();
    expect(() => expectRuleText(branchRule)).not.toThrow();
  });

  it('shows both rules when the text reads as another rule', () => {
    const error = failure(() => expectRuleText(tongmin, '100分以上为优秀;80—100分为合格;60—80分为基本合格;不满60分为不合格'));
    expect(error.message).toBe(
      '规则文字读出的是“100分以上为优秀；80—100分为合格；60—80分为基本合格；不满60分为不合格”,而规则是“100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格”',
    );
    expect(error.operator).toBe('expectRuleText');
  });

  it('says what it could not read', () => {
    const error = failure(() => expectRuleText(tongmin, '100分以上为特等'));
    expect(error.message).toMatch(/^规则文字“100分以上为特等”读不出规则:/);
    expect(error.actual).toEqual(expect.arrayContaining([expect.stringMatching(/^scoring\./)]));
  });

  it('refuses text that is not text', () => {
    expect(thrownIssues(() => expectRuleText(tongmin, 42 as never), InvalidInputError).map((issue) => issue.path)).toEqual([['text']]);
  });
});

describe('an AssertionError built by hand', () => {
  it('is still an error to throw when its details are missing or its message is no text', () => {
    const bare = new AssertionError(undefined as never, undefined as never);
    expect([bare.message, bare.operator, bare.actual, bare.expected]).toEqual(['', '', undefined, undefined]);
    const odd = new AssertionError(Object.create(null) as never, { actual: 1, expected: 2, operator: Number.NaN as never });
    expect([odd.message, odd.operator, odd.actual, odd.expected]).toEqual(['', '', 1, 2]);
  });
});
