import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  rank,
  SATISFACTION_SURVEY_RULE,
  summarizeVotes,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type EvaluationResult,
  type ScoreBallot,
} from '../../src/evaluation';
import { groupRule } from './_arbitraries';
import { deepFreeze } from '../_helpers/deepFreeze';

type Side = 'leadership' | 'peer' | 'masses';
const SIDES = ['leadership', 'peer', 'masses'] as const;

/** Three weights in tenths that add up to one. */
const weights = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
  .map(([a, b]) => [a / 10, (b - a) / 10, (10 - b) / 10] as const)
  .filter((list) => list.some((weight) => weight > 0));

const policy: fc.Arbitrary<AggregationPolicy<Side>> = weights.chain(([w0, w1, w2]) =>
  fc.record({
    groups: fc.record({ leadership: groupRule(w0), peer: groupRule(w1), masses: groupRule(w2) }),
    missingGroup: fc.constantFrom('renormalize' as const, 'zero' as const, 'error' as const),
    duplicateBallot: fc.constantFrom('unchecked' as const, 'error' as const, 'lastWins' as const),
    excludeSelfFromPeer: fc.boolean(),
    precision: fc.integer({ min: 0, max: 3 }),
    scale: fc.constant({ min: 0, max: 100 }),
  }),
);

const score = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 101, -0.5, 1.001) },
);

const ballot: fc.Arbitrary<ScoreBallot> = fc.record({
  subjectId: fc.constantFrom('s0', 's1', 's2', 's3'),
  evaluatorId: fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4', 's0', 's1'),
  group: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...SIDES) }, { weight: 1, arbitrary: fc.constant('alumni') }),
  score,
});
const ballots = fc.array(ballot, { maxLength: 60 });

/** Each subject's figures, by id, without issue paths (which name ballot positions). */
const figures = (result: EvaluationResult<Side>) =>
  Object.fromEntries(result.subjects.map((subject) => [subject.subjectId, { groups: subject.groups, combined: subject.combined }]));

/** Ballots with one ballot per evaluator, subject and group: order cannot matter to them. */
const unique = (list: readonly ScoreBallot[]) => {
  const seen = new Set<string>();
  return list.filter((entry) => {
    const key = `${entry.subjectId}|${entry.group}|${entry.evaluatorId}`;
    return !seen.has(key) && (seen.add(key), true);
  });
};

test.prop([policy, ballots.chain((list) => fc.tuple(fc.constant(unique(list)), fc.shuffledSubarray(unique(list), { minLength: unique(list).length })))])(
  'the figures do not depend on the order of the ballots',
  (rules, [list, shuffled]) => {
    expect(figures(aggregateEvaluations(shuffled, rules))).toEqual(figures(aggregateEvaluations(list, rules)));
  },
);

/** Splits ballots among shards, each adding its ballots as contiguous runs with their positions. */
function shard(rules: AggregationPolicy<Side>, list: readonly ScoreBallot[], owners: readonly number[], shards: number) {
  const accumulators: EvaluationAccumulator<Side>[] = Array.from({ length: shards }, () => createAccumulator(rules));
  let start = 0;
  while (start < list.length) {
    const owner = (owners[start] ?? 0) % shards;
    let end = start + 1;
    while (end < list.length && (owners[end] ?? 0) % shards === owner) end += 1;
    accumulators[owner] = addBallots(accumulators[owner]!, list.slice(start, end), { firstIndex: start });
    start = end;
  }
  return accumulators;
}

test.prop([policy, ballots, fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat()), fc.boolean()])(
  'any sharding, merged in any order, equals the single pass',
  (rules, list, owners, shards, order, rightFold) => {
    const partials = shard(rules, list, owners, shards);
    const permuted = [...partials];
    order.forEach((pick, index) => {
      const at = index % permuted.length;
      const other = pick % permuted.length;
      [permuted[at], permuted[other]] = [permuted[other]!, permuted[at]!];
    });
    const merged = rightFold
      ? permuted.reduceRight((right, left) => mergeAccumulators(left, right))
      : permuted.reduce((left, right) => mergeAccumulators(left, right));
    expect(finalizeAccumulator(merged)).toEqual(aggregateEvaluations(list, rules));
  },
);

/** Three partials of consecutive chunks. */
const three = fc.tuple(policy, ballots, fc.nat(), fc.nat()).map(([rules, list, cutA, cutB]) => {
  const [first, second] = [cutA % (list.length + 1), cutB % (list.length + 1)].sort((a, b) => a - b) as [number, number];
  const empty = createAccumulator(rules);
  return {
    rules,
    parts: [
      addBallots(empty, list.slice(0, first), { firstIndex: 0 }),
      addBallots(empty, list.slice(first, second), { firstIndex: first }),
      addBallots(empty, list.slice(second), { firstIndex: second }),
    ] as const,
  };
});

test.prop([three])('merging is commutative and associative', ({ parts: [a, b, c] }) => {
  expect(accumulatorToJson(mergeAccumulators(a, b))).toEqual(accumulatorToJson(mergeAccumulators(b, a)));
  expect(accumulatorToJson(mergeAccumulators(mergeAccumulators(a, b), c))).toEqual(accumulatorToJson(mergeAccumulators(a, mergeAccumulators(b, c))));
});

test.prop([three])('the empty accumulator is the identity of merging', ({ rules, parts: [a] }) => {
  const empty = createAccumulator(rules);
  expect(accumulatorToJson(mergeAccumulators(empty, a))).toEqual(accumulatorToJson(a));
  expect(accumulatorToJson(mergeAccumulators(a, empty))).toEqual(accumulatorToJson(a));
});

test.prop([three])('a partial survives its JSON form', ({ rules, parts: [a, b] }) => {
  const partial = mergeAccumulators(a, b);
  const read = accumulatorFromJson(JSON.parse(JSON.stringify(accumulatorToJson(partial))), rules);
  expect(read.success && finalizeAccumulator(read.data)).toEqual(finalizeAccumulator(partial));
});

test.prop([
  fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }),
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom('unchecked' as const, 'error' as const),
])('a trimmed mean lies between the lowest and the highest score', (hundredths, dropHighest, dropLowest, duplicateBallot) => {
  const list = hundredths.map((value, index) => ({ subjectId: 's', evaluatorId: `e${index}`, group: 'peer', score: value / 100 }));
  const rules: AggregationPolicy<'peer'> = {
    groups: { peer: { weight: 1, method: 'trimmedMean', dropHighest, dropLowest } },
    missingGroup: 'renormalize',
    duplicateBallot,
    excludeSelfFromPeer: false,
    precision: 2,
    scale: { min: 0, max: 100 },
  };
  const value = aggregateEvaluations(list, rules).subjects[0]?.groups.peer.value;
  if (hundredths.length <= dropHighest + dropLowest) expect(value).toBeNull();
  else {
    expect(value).toBeGreaterThanOrEqual(Math.min(...hundredths) / 100);
    expect(value).toBeLessThanOrEqual(Math.max(...hundredths) / 100);
  }
});

test.prop([policy, ballots])('with weights adding up to one, a combined score lies within its groups’ figures', (rules, list) => {
  for (const subject of aggregateEvaluations(list, { ...rules, missingGroup: 'renormalize' }).subjects) {
    if (subject.combined === null) continue;
    const values = Object.values(subject.groups)
      .filter((figure) => figure.combinedAs === 'value')
      .map((figure) => figure.value!);
    expect(subject.combined).toBeGreaterThanOrEqual(Math.min(...values));
    expect(subject.combined).toBeLessThanOrEqual(Math.max(...values));
  }
});

test.prop([policy, ballots, fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }))])(
  'no function changes its input',
  (rules, list, scores) => {
    const [frozenRules, frozenList, frozenScores] = [deepFreeze(structuredClone(rules)), deepFreeze(structuredClone(list)), deepFreeze([...scores])];
    const expected = aggregateEvaluations(structuredClone(list), structuredClone(rules));
    const accumulator = addBallots(createAccumulator(frozenRules), frozenList);
    const partial = deepFreeze(accumulatorToJson(mergeAccumulators(accumulator, accumulator)));
    expect(accumulatorFromJson(partial, frozenRules).success).toBe(true);
    expect(aggregateEvaluations(frozenList, frozenRules)).toEqual(expected);
    expect(finalizeAccumulator(deepFreeze(accumulator))).toEqual(expected);
    summarizeVotes(
      deepFreeze(frozenList.map((entry) => ({ ...entry, grade: entry.score > 50 ? ('satisfied' as const) : ('dissatisfied' as const) }))),
      SATISFACTION_SURVEY_RULE,
    );
    rank(frozenScores, (value) => value);
    expect([frozenRules, frozenList, frozenScores]).toEqual([rules, list, scores]);
  },
);

test.prop([fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })), fc.boolean()])(
  'a competition rank is one more than the number of better scores; a dense rank counts distinct better scores',
  (scores, dense) => {
    for (const entry of rank(scores, (value) => value, { dense })) {
      if (entry.score === null) {
        expect(entry.rank).toBeNull();
        continue;
      }
      const better = scores.filter((value): value is number => value !== null && value > entry.score!);
      expect(entry.rank).toBe(1 + (dense ? new Set(better).size : better.length));
      expect(entry.tiedWith).toBe(scores.filter((value) => value === entry.score).length);
    }
  },
);
