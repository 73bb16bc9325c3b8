import { describe, expect, it } from 'vitest';
import { assessMember, InvalidInputError, MEMBER_TIER_SET, MEMBER_TIERS_TONGMIN_2015, TIER_SET_EXCELLENT_GOOD_QUALIFIED, tierDistribution, type MemberAssessment } from '../../src/scoring';
import { thrownIssues } from '../_helpers/thrownIssues';

// 各等次人数 from assessments stored as JSON: what is wrong is named where it is; a decision stored
// as null is no decision; the tier set is the one the assessments carry, once one can be read.

const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
const scored = (points: number) => assessMember({ memberId: `m${points}`, entries: [{ sheetId: 's', itemId: 'i', points }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
const paths = (run: () => unknown) => thrownIssues(run, InvalidInputError).map((issue) => issue.path);

describe('tierDistribution of stored assessments', () => {
  it('names a list that is not one, an item that is not an object, and a wrong tier set, where they are', () => {
    expect(paths(() => tierDistribution('m1' as never))).toEqual([['assessments']]);
    expect(paths(() => tierDistribution([scored(95), 5] as never))).toEqual([['assessments', 1]]);
    expect(paths(() => tierDistribution([scored(95)], { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED, tiers: 'excellent' } as never))).toEqual([['tierSet', 'tiers']]);
  });

  it('counts the computed tier where the decision was stored as null', () => {
    const stored = { ...scored(95), decision: null } as unknown as MemberAssessment;
    expect(tierDistribution([stored]).counts.qualified).toBe(1);
  });

  it('adds no counts in the four tiers when the set given is the four tiers themselves', () => {
    expect(Object.keys(tierDistribution([scored(95)], MEMBER_TIER_SET))).toEqual(['members', 'graded', 'counts']);
  });

  it('takes the tier set of the first assessment whose set can be read, past those without one or with a broken one', () => {
    const set = TIER_SET_EXCELLENT_GOOD_QUALIFIED;
    const good = { ...scored(95), tier: 'good', tierSet: set } as unknown as MemberAssessment;
    const broken = { ...scored(95), tierSet: { id: 'x' } } as unknown as MemberAssessment;
    const distribution = tierDistribution([scored(95), broken, good]);
    expect(Object.keys(distribution.counts)).toEqual([...set.tiers]);
    expect((distribution.counts as Readonly<Record<string, number>>)['good']).toBe(1);
  });
});
