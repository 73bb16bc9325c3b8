import { describe, expectTypeOf, it } from 'vitest';
import {
  assessMember,
  assessMembers,
  classify,
  decideTier,
  effectiveTier,
  MEMBER_TIER_SET,
  MEMBER_TIERS_TONGMIN_2015,
  memberTierOf,
  parseTierRule,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
  tierDistribution,
  type MemberAssessment,
  type MemberTier,
  type TierRule,
  type TierSet,
} from '../../src/scoring';
import { isoDate } from '../../src/schedule';

type SchoolTier = 'excellent' | 'good' | 'qualified' | 'unqualified';
type BranchTier = 'good' | 'fairlyGood' | 'average' | 'poor';

const school = {
  tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: true } },
    { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: false } },
    { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: false } },
    { tier: 'unqualified', max: { value: 60, inclusive: false } },
  ],
  overlap: 'higherTier',
} as const satisfies TierRule<SchoolTier>;

const branch: TierRule<BranchTier> = {
  tierSet: TIER_SET_GOOD_TO_POOR,
  bands: [{ tier: 'good', min: { value: 90, inclusive: true } }, { tier: 'poor', max: { value: 90, inclusive: false } }],
  overlap: 'higherTier',
};

const sheets = [{ id: 's', title: '考核', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
const card = { memberId: 'm', entries: [{ sheetId: 's', itemId: 'i', points: 80 }] };

describe('the shipped tier sets keep their literal codes', () => {
  it('each set’s tiers are a tuple of literal codes, never string', () => {
    expectTypeOf(MEMBER_TIER_SET.tiers).toEqualTypeOf<readonly ['excellent', 'qualified', 'basicallyQualified', 'unqualified']>();
    expectTypeOf(TIER_SET_EXCELLENT_GOOD_QUALIFIED.tiers).toEqualTypeOf<readonly ['excellent', 'good', 'qualified', 'unqualified']>();
    expectTypeOf(TIER_SET_GOOD_TO_POOR.tiers).toEqualTypeOf<readonly ['good', 'fairlyGood', 'average', 'poor']>();
    expectTypeOf(TIER_SET_FIVE_GRADES.tiers).toEqualTypeOf<readonly ['excellent', 'good', 'fair', 'qualified', 'unqualified']>();
    expectTypeOf(TIER_SET_FIVE_GRADES).toMatchTypeOf<TierSet<'excellent' | 'good' | 'fair' | 'qualified' | 'unqualified'>>();
  });
});

describe('a rule’s tier codes flow through classify and the assessments', () => {
  it('a rule without a set gives MemberTier, as before', () => {
    expectTypeOf(classify(80, MEMBER_TIERS_TONGMIN_2015)!.tier).toEqualTypeOf<MemberTier>();
    expectTypeOf(assessMember(card, sheets, MEMBER_TIERS_TONGMIN_2015)).toEqualTypeOf<MemberAssessment>();
    expectTypeOf(assessMember(card, sheets, MEMBER_TIERS_TONGMIN_2015).tier).toEqualTypeOf<MemberTier | undefined>();
  });

  it('a rule of its own set gives that set’s codes', () => {
    expectTypeOf(classify(80, school)!.tier).toEqualTypeOf<SchoolTier>();
    expectTypeOf(classify(80, branch)!.tier).toEqualTypeOf<BranchTier>();
    const assessment = assessMember(card, sheets, school);
    expectTypeOf(assessment.tier).toEqualTypeOf<SchoolTier | undefined>();
    expectTypeOf(effectiveTier(assessment)).toEqualTypeOf<SchoolTier | undefined>();
    expectTypeOf(decideTier(assessment, { tier: 'good', decidedBy: '支部', decidedOn: isoDate('2016-01-12') })).toEqualTypeOf<MemberAssessment<SchoolTier>>();
    const branchResult = assessMembers([card], sheets, branch);
    expectTypeOf(branchResult.members[0]!.tier).toEqualTypeOf<BranchTier | undefined>();
    expectTypeOf(branchResult.distribution.counts).toEqualTypeOf<Readonly<Record<BranchTier, number>>>();
    expectTypeOf(tierDistribution(branchResult.members).counts).toEqualTypeOf<Readonly<Record<BranchTier, number>>>();
    expectTypeOf(memberTierOf('good', TIER_SET_EXCELLENT_GOOD_QUALIFIED)).toEqualTypeOf<MemberTier | undefined>();
  });

  it('parseTierRule with a set reads a rule of that set', () => {
    expectTypeOf(parseTierRule('', { tierSet: TIER_SET_GOOD_TO_POOR })).toMatchTypeOf<{ success: boolean }>();
    const read = parseTierRule('', { tierSet: TIER_SET_GOOD_TO_POOR });
    if (read.success) expectTypeOf(read.data.bands[0]!.tier).toEqualTypeOf<BranchTier>();
  });

  it('a code the set does not have does not compile', () => {
    const wrongBand: TierRule<SchoolTier> = {
      tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
      // @ts-expect-error — 基本合格 is not a tier of 优秀/良好/合格/不合格
      bands: [{ tier: 'basicallyQualified' }],
      overlap: 'higherTier',
    };
    // @ts-expect-error — a rule without a set names the four 民主评议 tiers
    const noSet: TierRule = { bands: [{ tier: 'good' }], overlap: 'higherTier' };
    const assessment = assessMember(card, sheets, school);
    // @ts-expect-error — the decision is in the assessment's set
    decideTier(assessment, { tier: 'basicallyQualified', decidedBy: '支部', decidedOn: isoDate('2016-01-12') });
    // @ts-expect-error — poor is not a code of 优秀/良好/合格/不合格
    memberTierOf('poor', TIER_SET_EXCELLENT_GOOD_QUALIFIED);
    // @ts-expect-error — bands take their codes from the set, not the other way round
    classify(80, { tierSet: TIER_SET_GOOD_TO_POOR, bands: [{ tier: 'excellent' }], overlap: 'higherTier' });
    expectTypeOf(wrongBand).toBeObject();
    expectTypeOf(noSet).toBeObject();
  });
});
