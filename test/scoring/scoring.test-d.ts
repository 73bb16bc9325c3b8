import { describe, expectTypeOf, it } from 'vitest';
import {
  assessMember,
  classify,
  MEMBER_TIERS,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  TIER_CONSEQUENCES,
  type AssessmentReason,
  type Classification,
  type MemberAssessment,
  type MemberTier,
  type ScoreCard,
  type ScoringIssueCode,
  type TierRule,
} from '../../src/scoring';
import type { InputIssueCode, ParseResult } from '../../src/i18n';

describe('scoring types', () => {
  it('MEMBER_TIERS lists exactly the MemberTier values, best first', () => {
    expectTypeOf(MEMBER_TIERS).toEqualTypeOf<readonly ['excellent', 'qualified', 'basicallyQualified', 'unqualified']>();
    expectTypeOf<(typeof MEMBER_TIERS)[number]>().toEqualTypeOf<MemberTier>();
  });
  it('the shipped rule is a TierRule', () => {
    expectTypeOf(MEMBER_TIERS_TONGMIN_2015).toMatchTypeOf<TierRule>();
  });
  it('classify may find no band', () => {
    expectTypeOf(classify(0, MEMBER_TIERS_TONGMIN_2015)).toEqualTypeOf<Classification | undefined>();
  });
  it('parseTierRule returns a ParseResult', () => {
    expectTypeOf(parseTierRule('')).toEqualTypeOf<ParseResult<TierRule>>();
  });
  it('an assessment is readonly and its tier may be missing', () => {
    expectTypeOf<MemberAssessment['tier']>().toEqualTypeOf<MemberTier | undefined>();
    expectTypeOf<MemberAssessment['issues'][number]['code']>().toEqualTypeOf<ScoringIssueCode | InputIssueCode>();
    expectTypeOf(assessMember({ memberId: 'm', entries: [] }, [], MEMBER_TIERS_TONGMIN_2015)).toEqualTypeOf<MemberAssessment>();
    const assessment = {} as MemberAssessment;
    // @ts-expect-error: assessments are read-only
    assessment.tier = 'excellent';
  });
  it('reasons are a union discriminated by code', () => {
    const reason = {} as AssessmentReason;
    if (reason.code === 'quota') expectTypeOf(reason.outcome).toEqualTypeOf<'kept' | 'demoted' | 'tiedAtCut'>();
    if (reason.code === 'band') expectTypeOf(reason.tier).toEqualTypeOf<MemberTier>();
  });
  it('misuse does not compile', () => {
    // @ts-expect-error: not a tier
    const tier: MemberTier = 'good';
    // @ts-expect-error: a card needs its entries
    const card: ScoreCard = { memberId: 'm' };
    // @ts-expect-error: a band's bounds need their inclusivity
    const rule: TierRule = { overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 60 } }] };
    // @ts-expect-error: the overlap resolution is one of two
    const other: TierRule = { overlap: 'middle', bands: [] };
    expectTypeOf(TIER_CONSEQUENCES.unqualified[2].months).toEqualTypeOf<{ readonly usual: 6; readonly max: 12 }>();
    void [tier, card, rule, other];
  });
});
