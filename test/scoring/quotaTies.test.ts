import { describe, expect, it } from 'vitest';
import { assessMembers, MEMBER_TIERS_TONGMIN_2015, type ScoreCard, type ScoreSheet } from '../../src/scoring';

const SHEETS: readonly ScoreSheet[] = [{ id: 's', title: '目标管理责任书', items: [{ id: 'work', title: '工作', kind: 'base', maxPoints: 120 }] }];
const SIZE = 3_000;
/**
 * A branch all 优秀 on the same total: the case that was ranked in quadratic time. Its speed is measured
 * by `npm run bench:scoring` (SECTIONS=ties), never here; this test holds what the quota decides.
 */
const TIED: readonly ScoreCard[] = Array.from({ length: SIZE }, (_, index) => ({
  memberId: `m${index}`,
  entries: [{ sheetId: 's', itemId: 'work', points: 110 }],
}));
const third = (tieBreak: 'excludeTied' | 'memberId') => ({ excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak } }) as const;

describe('assessMembers: the ⅓ quota on 3,000 tied totals', () => {
  it('keeps the first third by member id under `memberId`, all ranked 1', () => {
    const result = assessMembers(TIED, SHEETS, MEMBER_TIERS_TONGMIN_2015, third('memberId'));
    expect(result.quota?.cap).toBe(1_000);
    expect(result.quota?.kept).toEqual(TIED.map((card) => card.memberId).sort().slice(0, 1_000));
    expect(result.quota?.tiedAtCut).toEqual([]);
    const quotaRanks = new Set(result.members.map((member) => {
      const last = member.reasons.at(-1);
      return last?.code === 'quota' ? last.rank : undefined;
    }));
    expect([...quotaRanks]).toEqual([1]);
  });

  it('leaves every tied member to the branch under `excludeTied`', () => {
    const result = assessMembers(TIED, SHEETS, MEMBER_TIERS_TONGMIN_2015, third('excludeTied'));
    expect(result.quota).toMatchObject({ cap: 1_000, candidates: SIZE, kept: [] });
    expect(result.quota?.tiedAtCut).toHaveLength(SIZE);
    expect(result.distribution.counts).toEqual({ excellent: 0, qualified: SIZE, basicallyQualified: 0, unqualified: 0 });
    expect(result.issues.map((issue) => issue.code)).toEqual(['scoring.quotaTie']);
  });
});
