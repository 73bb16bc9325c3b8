import fc from 'fast-check';
import { expectTypeOf, test } from 'vitest';
import type { Member } from '../../src/organization';
import { MEMBER_TIERS_TONGMIN_2015, TIER_SET_GOOD_TO_POOR, type MemberTier, type TierRule } from '../../src/scoring';
import { arbitraries, boundaryCases, describeRule, expectBoundaries, expectTier, type Arbitrary, type BoundaryCase } from '../../src/testing';

const branchRule = {
  tierSet: TIER_SET_GOOD_TO_POOR,
  bands: [
    { tier: 'good', min: { value: 80, inclusive: true } },
    { tier: 'poor', max: { value: 80, inclusive: false } },
  ],
  overlap: 'higherTier',
} as const satisfies TierRule<'good' | 'fairlyGood' | 'average' | 'poor'>;

test('boundary cases and descriptions keep the rule’s tier codes', () => {
  expectTypeOf(boundaryCases(MEMBER_TIERS_TONGMIN_2015)).toEqualTypeOf<readonly BoundaryCase<MemberTier>[]>();
  expectTypeOf(boundaryCases(branchRule)[0]!.tier).toEqualTypeOf<'good' | 'fairlyGood' | 'average' | 'poor' | null>();
  expectTypeOf(describeRule(branchRule).rows[0]!.tier).toEqualTypeOf<'good' | 'fairlyGood' | 'average' | 'poor'>();
});

test('an assertion takes only the rule’s own tier codes', () => {
  expectTier(branchRule, 85, 'good');
  expectTier(MEMBER_TIERS_TONGMIN_2015, 85, null);
  // @ts-expect-error 优秀 is not a tier of 好/较好/一般/差
  expectTier(branchRule, 85, 'excellent');
  // @ts-expect-error a score is a number
  expectTier(MEMBER_TIERS_TONGMIN_2015, '85', 'qualified');
  expectBoundaries(branchRule, { 80: 'good', 79.99: 'poor' });
  // @ts-expect-error 合格 is not a tier of 好/较好/一般/差
  expectBoundaries(branchRule, { 80: 'qualified' });
});

test('the arbitraries take fast-check’s default export and give its arbitraries', () => {
  const a = arbitraries(fc);
  expectTypeOf(a.members()).toEqualTypeOf<Arbitrary<readonly Member[]>>();
  expectTypeOf(a.members()).toMatchTypeOf<fc.Arbitrary<readonly Member[]>>();
  expectTypeOf(a.tierRule({ tierSet: TIER_SET_GOOD_TO_POOR })).toEqualTypeOf<Arbitrary<TierRule<'good' | 'fairlyGood' | 'average' | 'poor'>>>();
  // @ts-expect-error not the fast-check module
  arbitraries({ integer: () => 1 });
});
