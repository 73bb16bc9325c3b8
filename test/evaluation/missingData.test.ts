import { describe, expect, it } from 'vitest';
import {
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  rank,
  type AggregationPolicy,
  type ScoreBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

// Missing data never decides a figure: a subject with no valid ballot, or no group with enough,
// gets no combined score and no rank, and an error that says why, in zh-CN and en.

type Sides = 'leadership' | 'peer' | 'masses';

const policy = (overrides: Partial<AggregationPolicy<Sides>> = {}): AggregationPolicy<Sides> => ({
  groups: {
    leadership: { weight: 0.5, method: 'mean' },
    peer: { weight: 0.3, method: 'mean', minBallots: 2 },
    masses: { weight: 0.2, method: 'mean' },
  },
  missingGroup: 'renormalize',
  duplicateBallot: 'error',
  excludeSelfFromPeer: true,
  precision: 2,
  scale: { min: 0, max: 100 },
  ...overrides,
});

const BALLOTS: readonly ScoreBallot[] = deepFreeze([
  { subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 },
  // m02: every ballot of theirs cannot be counted (out of the scale, not a number, a group the policy lacks).
  { subjectId: 'm02', evaluatorId: 'l1', group: 'leadership', score: 900 },
  { subjectId: 'm02', evaluatorId: 'p1', group: 'peer', score: Number.NaN },
  { subjectId: 'm02', evaluatorId: 'x1', group: 'parents', score: 80 },
  // m03: one peer ballot where two are needed, nothing else.
  { subjectId: 'm03', evaluatorId: 'p1', group: 'peer', score: 95 },
  // m04: only a peer ballot on themselves, which the policy leaves out.
  { subjectId: 'm04', evaluatorId: 'm04', group: 'peer', score: 100 },
]);

describe.each(['renormalize', 'zero', 'error'] as const)('a subject without a counted group, missingGroup %s', (missingGroup) => {
  // Computed in each test, so that a mutation run knows which tests read it.
  const result = () => aggregateEvaluations(BALLOTS, policy({ missingGroup }));
  const subject = (id: string) => result().subjects.find((each) => each.subjectId === id)!;

  it('is listed, in the order of the first ballot naming it, with no combined score', () => {
    expect(result().subjects.map((each) => [each.subjectId, each.combined])).toEqual([
      ['m01', missingGroup === 'error' ? null : missingGroup === 'zero' ? 45 : 90],
      ['m02', null],
      ['m03', null],
      ['m04', null],
    ]);
    // Under `zero` a subject with nothing counted used to get 0 and rank last: now no figure at all.
    for (const id of ['m02', 'm03', 'm04']) {
      expect(Object.values(subject(id).groups).map((group) => group.combinedAs)).toEqual(['excluded', 'excluded', 'excluded']);
    }
  });

  it('says why, as an error, in zh-CN and en', () => {
    const last = (id: string) => subject(id).issues.at(-1)!;
    expect(last('m02')).toMatchObject({ code: 'evaluation.noValidBallots', severity: 'error', path: [], params: { subjectId: 'm02' } });
    expect(last('m02').message).toEqual({
      'zh-CN': '“m02”没有有效选票,没有综合得分,不参加排名',
      en: '"m02" has no valid ballot: no combined score and no rank',
    });
    expect(last('m03')).toMatchObject({ code: 'evaluation.noCountedGroup', severity: 'error', params: { subjectId: 'm03' } });
    expect(last('m03').message).toEqual({
      'zh-CN': '“m03”没有一个评议组的有效选票达到所需张数,没有综合得分,不参加排名',
      en: '"m03" has no group with enough valid ballots: no combined score and no rank',
    });
    expect(last('m04').code).toBe('evaluation.noValidBallots');
    expect(subject('m01').issues.map((issue) => issue.code)).not.toContain('evaluation.noValidBallots');
  });

  it('is not ranked', () => {
    const ranked = rank(result().subjects, (each) => each.combined);
    expect(ranked.map((each) => [each.item.subjectId, each.rank])).toEqual([
      ['m01', missingGroup === 'error' ? null : 1],
      ['m02', null],
      ['m03', null],
      ['m04', null],
    ]);
  });

  it('is the same from shards merged in any order', () => {
    const empty = createAccumulator(policy({ missingGroup }));
    const a = addBallots(empty, BALLOTS.slice(0, 2), { firstIndex: 0 });
    const b = addBallots(empty, BALLOTS.slice(2), { firstIndex: 2 });
    expect(finalizeAccumulator(mergeAccumulators(b, a))).toEqual(result());
  });
});

describe('a subject with one counted group', () => {
  it('still gets its figure under zero: the missing groups count 0 at their weight', () => {
    const result = aggregateEvaluations([{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }], policy({ missingGroup: 'zero' }));
    expect(result.subjects[0]?.combined).toBe(45);
    expect(result.subjects[0]?.issues.map((issue) => issue.code)).toEqual(['evaluation.missingGroup', 'evaluation.missingGroup']);
  });
});
