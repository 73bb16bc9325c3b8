import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENDATION_RULE, selectCandidates, type Candidate } from '../../src/commendation';
import { CandidateSchema } from '../../src/schema';
import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

// Missing data never decides a verdict: a nomination without a figure is not ranked (never as if
// the figure were 0), and says why in zh-CN and en.

const nominee = (id: string, performance: number | null, recognition: number | null): Candidate => ({
  id,
  title: 'excellentMember',
  tier: 'excellent',
  status: 'full',
  performance,
  recognition,
});

describe('a nomination without a figure', () => {
  const candidates = deepFreeze([nominee('m01', 90, 90), nominee('m02', null, 95), nominee('m03', 88, null), nominee('m04', 80, 80)]);
  const result = selectCandidates(candidates, DEFAULT_COMMENDATION_RULE);
  const verdict = (id: string) => result.verdicts.find((each) => each.id === id)!;

  it('gets no combined score and no rank, and is not selected', () => {
    for (const id of ['m02', 'm03']) {
      expect(verdict(id)).not.toHaveProperty('combined');
      expect(verdict(id)).not.toHaveProperty('rank');
      expect(verdict(id).selected).toBe(false);
    }
    // Those with both figures are ranked among themselves only.
    expect(result.recommended.map((each) => [each.id, each.rank])).toEqual([
      ['m01', 1],
      ['m04', 2],
    ]);
  });

  it('says which figure is missing, in zh-CN and en', () => {
    expect(verdict('m02').reasons).toEqual([
      {
        code: 'missingScore',
        params: { field: 'performance' },
        message: { 'zh-CN': '没有工作实绩分数,不计综合得分,不参加排名', en: 'No figure for Work results: no combined score and no rank' },
      },
    ]);
    expect(verdict('m03').reasons.map((each) => each.message['zh-CN'])).toEqual(['没有社会公认度分数,不计综合得分,不参加排名']);
  });

  it('is an error issue at the candidate’s field', () => {
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['commendation.missingScore', 'error', ['candidates', 1, 'performance']],
      ['commendation.missingScore', 'error', ['candidates', 2, 'recognition']],
    ]);
    expect(result.issues[0]?.message).toEqual({
      'zh-CN': '“m02”没有工作实绩分数,不计综合得分,不参加排名',
      en: '"m02" has no figure for Work results: no combined score and no rank',
    });
  });

  it('takes a rejected card’s total as it is: null, not 0', () => {
    const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 100 }] }] as const;
    const rejected = assessMember({ memberId: 'm05', entries: [{ sheetId: 's', itemId: 'i', points: 180 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
    const outcome = selectCandidates([nominee('m05', rejected.total, 99)], DEFAULT_COMMENDATION_RULE);
    expect(outcome.verdicts[0]?.reasons.map((each) => each.code)).toEqual(['missingScore']);
    expect(outcome.recommended).toEqual([]);
  });

  it('treats a figure left out of JSON as missing, like null', () => {
    const { performance: _left, ...withoutPerformance } = nominee('m06', 90, 90);
    const outcome = selectCandidates([withoutPerformance as unknown as Candidate], DEFAULT_COMMENDATION_RULE);
    expect(outcome.verdicts[0]?.reasons.map((each) => each.code)).toEqual(['missingScore']);
    expect(outcome.issues.map((issue) => issue.code)).toEqual(['commendation.missingScore']);
  });

  it('parses from JSON with null figures', () => {
    const parsed = CandidateSchema.safeParse({ id: 'm02', title: 'excellentMember', performance: null, recognition: 95 });
    expect(parsed.success).toBe(true);
  });
});
