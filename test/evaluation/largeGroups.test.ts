import { describe, expect, it } from 'vitest';
import { addBallots, aggregateEvaluations, createAccumulator, finalizeAccumulator, type AggregationPolicy, type ScoreBallot } from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

// 评议组 larger than the handful the engine checks pair by pair and sorts by insertion (16
// ballots): a repeated evaluator is still found at either end of the group, the median and the
// trimmed mean still read the sorted scores; and a trimmed mean sat exactly on what it drops.

type Side = 'peer' | 'masses';
const policy = (duplicateBallot: 'unchecked' | 'error' | 'lastWins', peer: AggregationPolicy<Side>['groups']['peer']): AggregationPolicy<Side> =>
  deepFreeze({
    groups: { peer, masses: { weight: 1, method: 'mean' } },
    missingGroup: 'renormalize',
    duplicateBallot,
    excludeSelfFromPeer: true,
    precision: 2,
    scale: { min: 0, max: 100 },
  });
const median = { weight: 1, method: 'median' } as const;
const trimmed = { weight: 1, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 } as const;

/** `count` peer ballots for m1, scores 61, 62, … given in a shuffled order by evaluators e0, e1, … */
const peerBallots = (count: number): ScoreBallot[] =>
  Array.from({ length: count }, (_, index) => ({ subjectId: 'm1', evaluatorId: `e${index}`, group: 'peer', score: 61 + ((index * 7) % count) }));
const peerOf = (ballots: readonly ScoreBallot[], rules: AggregationPolicy<Side>) => {
  const result = aggregateEvaluations(deepFreeze(ballots), rules);
  return { figure: result.subjects[0]?.groups.peer, issues: result.subjects[0]?.issues
      .filter((issue) => issue.code !== 'evaluation.missingGroup')
      .map((issue) => [issue.code, issue.params['ordinal'], issue.params['keptOrdinal']]),
  };
};

describe('more ballots in a group than the pairwise limit', () => {
  it.each([17, 20, 33])('%i ballots from different evaluators: none is a duplicate', (count) => {
    for (const duplicateBallot of ['error', 'lastWins'] as const) {
      const { figure, issues } = peerOf(peerBallots(count), policy(duplicateBallot, median));
      expect(issues).toEqual([]);
      expect(figure?.count).toBe(count);
    }
  });
  it('finds the first evaluator again as the last of 17 ballots, and counts the first ballot', () => {
    const ballots = [...peerBallots(16), { subjectId: 'm1', evaluatorId: 'e0', group: 'peer', score: 100 }];
    const { figure, issues } = peerOf(ballots, policy('error', median));
    expect(issues).toEqual([['evaluation.duplicateBallot', 17, 1]]);
    expect(figure).toMatchObject({ count: 16, value: 68.5 });
  });
  it('under lastWins the 17th ballot replaces the first', () => {
    const ballots = [...peerBallots(16), { subjectId: 'm1', evaluatorId: 'e0', group: 'peer', score: 100 }];
    const { figure, issues } = peerOf(ballots, policy('lastWins', median));
    expect(issues).toEqual([['evaluation.ballotReplaced', 1, 17]]);
    // e0 gave 61; with 100 instead, the sixteen scores are 62–76 and 100: the middle two are 69 and 70.
    expect(figure).toMatchObject({ count: 16, value: 69.5 });
  });
  it('finds a repeat among 16 ballots and among 2, checked pair by pair', () => {
    const sixteen = [...peerBallots(15), { subjectId: 'm1', evaluatorId: 'e14', group: 'peer', score: 90 }];
    expect(peerOf(sixteen, policy('error', median)).issues).toEqual([['evaluation.duplicateBallot', 16, 15]]);
    const two = [...peerBallots(1), { subjectId: 'm1', evaluatorId: 'e0', group: 'peer', score: 90 }];
    expect(peerOf(two, policy('error', median)).issues).toEqual([['evaluation.duplicateBallot', 2, 1]]);
  });
});

describe('the middle of more scores than the insertion limit', () => {
  it.each([
    [17, 69],
    [18, 69.5],
    [25, 73],
  ])('the median of %i shuffled scores 61, 62, … is %s, checked or not', (count, middle) => {
    for (const duplicateBallot of ['unchecked', 'error'] as const) {
      expect(peerOf(peerBallots(count), policy(duplicateBallot, median)).figure).toMatchObject({ count, value: middle, status: 'counted' });
    }
  });
  it('the trimmed mean of 20 shuffled scores drops the true highest and lowest, checked or not', () => {
    for (const duplicateBallot of ['unchecked', 'error'] as const) {
      expect(peerOf(peerBallots(20), policy(duplicateBallot, trimmed)).figure).toMatchObject({
        count: 20,
        value: 70.5,
        dropped: { highest: [80], lowest: [61] },
      });
    }
  });
});

describe('a trimmed mean sat on what it drops', () => {
  const dropTwoAndOne = { weight: 1, method: 'trimmedMean', dropHighest: 2, dropLowest: 1 } as const;
  it.each(['unchecked', 'error'] as const)('three ballots for "drop 2 highest, 1 lowest" give no figure; four give the one left (duplicates %s)', (duplicateBallot) => {
    const rules = policy(duplicateBallot, dropTwoAndOne);
    const three = peerOf(peerBallots(3), rules).figure;
    expect(three).toMatchObject({ count: 3, value: null });
    expect(three?.status).not.toBe('counted');
    const four = [...peerBallots(3), { subjectId: 'm1', evaluatorId: 'e3', group: 'peer', score: 70 }];
    expect(peerOf(four, rules).figure).toMatchObject({ count: 4, value: 62, status: 'counted', dropped: { highest: [70, 63], lowest: [61] } });
  });
  it('the accumulator fed one ballot at a time gives the same figures as one pass', () => {
    const rules = policy('unchecked', dropTwoAndOne);
    const ballots = deepFreeze(peerBallots(20));
    const stepwise = ballots.reduce((accumulator, one) => addBallots(accumulator, [one]), createAccumulator(rules));
    expect(finalizeAccumulator(stepwise)).toEqual(aggregateEvaluations(ballots, rules));
    expect(finalizeAccumulator(stepwise).subjects[0]?.groups.peer).toMatchObject({ value: 70, dropped: { highest: [80, 79], lowest: [61] } });
  });
});
