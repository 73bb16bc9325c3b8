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
  type AggregationPolicy,
  type ScoreBallot,
} from '../../src/evaluation';
import { policy, score, view } from './_referenceScenarios';
import { referenceAggregate } from './reference';

/**
 * The library's engine (running sums, typed ballot logs, counting sorts) against the plain
 * reference in `reference.ts`, on random policies and ballots: every subject, figure, count,
 * status, dropped score, combined score and issue (code and path) must agree.
 */

/** Ballots for a policy's groups: few subjects and evaluators, so that duplicates and self-ballots are common. */
const ballotsFor = (codes: readonly string[]): fc.Arbitrary<ScoreBallot[]> =>
  fc.array(
    fc.record({
      // One subject gets most ballots, so that its groups are long enough to trim.
      subjectId: fc.oneof({ weight: 40, arbitrary: fc.constant('s0') }, { weight: 20, arbitrary: fc.constantFrom('s1', 's2') }, { weight: 1, arbitrary: fc.constant('') }),
      evaluatorId: fc.oneof({ weight: 40, arbitrary: fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 's0', 's1') }, { weight: 1, arbitrary: fc.constant('') }),
      group: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...codes) }, { weight: 1, arbitrary: fc.constant('alumni') }),
      score,
    }),
    { maxLength: 100 },
  );

/** A policy and ballots for it. */
const scenario = policy.chain((rules) => fc.tuple(fc.constant(rules), ballotsFor(Object.keys(rules.groups))));

test.prop([scenario], { numRuns: 300 })('aggregateEvaluations gives what the reference gives', ([rules, list]) => {
  expect(view(aggregateEvaluations(list, rules))).toEqual(referenceAggregate(list, rules));
});

test.prop([scenario, fc.nat(), fc.boolean()])(
  'two shards, one read back from JSON, merged in either order, give what the reference gives',
  ([rules, list], cut, jsonFirst) => {
    const at = cut % (list.length + 1);
    const empty = createAccumulator(rules);
    const left = addBallots(empty, list.slice(0, at), { firstIndex: 0 });
    const right = addBallots(empty, list.slice(at), { firstIndex: at });
    const read = accumulatorFromJson(JSON.parse(JSON.stringify(accumulatorToJson(jsonFirst ? left : right))), rules);
    if (!read.success) throw new Error('a partial did not survive its JSON form');
    const merged = jsonFirst ? mergeAccumulators(right, read.data) : mergeAccumulators(read.data, left);
    expect(view(finalizeAccumulator(merged))).toEqual(referenceAggregate(list, rules));
  },
);
