import { describe, expect, it } from 'vitest';
import { aggregateEvaluations, HUNDRED_POINT_SCALE, type AggregationPolicy } from '../../src/evaluation';
import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { selectCandidates, DEFAULT_COMMENDATION_RULE } from '../../src/commendation';

/** "At most two decimals" is read one way by every module. */
describe('one reading of at most two decimals', () => {
  const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 100 }] }] as const;
  const scored = (points: number) => assessMember({ memberId: 'm', entries: [{ sheetId: 's', itemId: 'i', points }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
  const policy: AggregationPolicy<'peer'> = {
    groups: { peer: { weight: 1, method: 'mean' } },
    missingGroup: 'error',
    duplicateBallot: 'error',
    excludeSelfFromPeer: true,
    precision: 2,
    scale: HUNDRED_POINT_SCALE,
  };
  const evaluated = (score: number) => aggregateEvaluations([{ subjectId: 'm', evaluatorId: 'e', group: 'peer', score }], policy);
  const selected = (performance: number) =>
    selectCandidates([{ id: 'm', title: 'excellentMember', tier: 'excellent', status: 'full', performance, recognition: 90 }], DEFAULT_COMMENDATION_RULE);
  const problems = (value: number) => ({
    scoring: scored(value).issues.map((issue) => issue.code),
    evaluation: evaluated(value).issues.map((issue) => issue.code),
    commendation: selected(value).issues.map((issue) => issue.code),
  });

  it('reads float noise as the decimal it stands for: 0.1 + 0.2 is 0.3 everywhere', () => {
    expect(problems(0.1 + 0.2)).toEqual({ scoring: [], evaluation: [], commendation: [] });
    expect(scored(0.1 + 0.2).total).toBe(0.3);
    expect(evaluated(0.1 + 0.2).subjects[0]?.combined).toBe(0.3);
  });

  it('refuses a true third decimal everywhere: 80.125', () => {
    const found = problems(80.125);
    expect(found.scoring).toEqual(['scoring.tooManyDecimals']);
    expect(found.evaluation).toEqual(['evaluation.scoreTooPrecise']);
    expect(found.commendation).toEqual(['commendation.invalidScore']);
  });
});
