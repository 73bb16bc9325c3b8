import { describe, expect, it } from 'vitest';
import { assessMembers, MEMBER_TIERS_TONGMIN_2015, TIER_SET_GOOD_TO_POOR, type ScoreCard, type TierRule } from '../../src/scoring';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

// A branch whose rule cannot be read (from JSON, a cast): nobody is graded, every member who can be
// named is listed with the reason, and the distribution is counted in the tiers the rule names
// when its tier set can be read.

describe('assessMembers under a rule it cannot read', () => {
  const cards: readonly ScoreCard[] = [cardWithTotal('m1', 95), { entries: [] } as unknown as ScoreCard, cardWithTotal('m2', 70)];
  const broken = { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'both' } as unknown as TierRule;

  it('lists the members it can name, each not graded for invalid input, with no issues of their own', () => {
    const branch = assessMembers(cards, TONGMIN_SHEETS, broken);
    expect(branch.members.map((member) => [member.memberId, member.tier, member.reasons.map((reason) => reason.code === 'notGraded' && reason.cause), member.issues])).toEqual([
      ['m1', undefined, ['invalidInput'], []],
      ['m2', undefined, ['invalidInput'], []],
    ]);
    expect(branch.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.notOneOf', ['rule', 'overlap']]]);
  });

  it('counts the branch in the rule’s own tier set when that set can be read, else in the four 民主评议 tiers', () => {
    const inSet = assessMembers(cards, TONGMIN_SHEETS, { ...broken, tierSet: TIER_SET_GOOD_TO_POOR } as unknown as TierRule);
    expect(Object.keys(inSet.distribution.counts)).toEqual([...TIER_SET_GOOD_TO_POOR.tiers]);
    const unreadableSet = assessMembers(cards, TONGMIN_SHEETS, { ...broken, tierSet: { id: 'x' } } as unknown as TierRule);
    expect(Object.keys(unreadableSet.distribution.counts)).toEqual(['excellent', 'qualified', 'basicallyQualified', 'unqualified']);
    expect(Object.keys(assessMembers(cards, TONGMIN_SHEETS, null as unknown as TierRule).distribution.counts)).toEqual(['excellent', 'qualified', 'basicallyQualified', 'unqualified']);
  });
});
