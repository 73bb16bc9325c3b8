import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult } from '../../src/core/issue';
import { formatTierRule, parseTierRule, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, type MemberTier, type TierRule } from '../../src/scoring';

describe('parseTierRule keeps literal tier codes', () => {
  it('gives the four 民主评议 tiers without a tier set', () => {
    expectTypeOf(parseTierRule('90分以上为优秀')).toEqualTypeOf<ParseResult<TierRule<MemberTier>>>();
    expectTypeOf(parseTierRule('90分以上为优秀', { overlap: 'lowerTier' })).toEqualTypeOf<ParseResult<TierRule<MemberTier>>>();
  });
  it('gives the codes of the tier set it is given', () => {
    const school = parseTierRule('90分以上为优秀;75—90分为良好', { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
    expectTypeOf(school).toEqualTypeOf<ParseResult<TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>>>();
    const branch = parseTierRule('90分以上为好', { tierSet: TIER_SET_GOOD_TO_POOR });
    if (branch.success) expectTypeOf(branch.data.bands[0]!.tier).toEqualTypeOf<'good' | 'fairlyGood' | 'average' | 'poor'>();
  });
  it('formatTierRule takes a rule of any tier set and gives text', () => {
    const school = parseTierRule('90分以上为优秀', { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
    if (school.success) expectTypeOf(formatTierRule(school.data)).toEqualTypeOf<string>();
  });
});
