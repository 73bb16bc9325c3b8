import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addBallots, aggregateEvaluations, createAccumulator, finalizeAccumulator, mergeAccumulators, type AggregationPolicy, type ScoreBallot } from '../../src/evaluation';
import { form, policy, score, sent, view, type Form } from './_referenceScenarios';
import { referenceAggregate } from './reference';

/**
 * The engine against the reference at the sizes where its machinery changes course, which the
 * small scenarios of reference.test-prop.ts seldom reach: more subjects than its first capacity
 * (16), more ballots for one subject's group than it compares pairwise for a repeated evaluator
 * or sorts by insertion (16), evaluators repeated or all different, and ballots added in many
 * small batches to shards that cross a thread or a machine and are merged in any order.
 */

/** Up to 400 ballots, most for `s0`; the rest spread over 40 subjects. */
const ballotsAtScale = (codes: readonly string[]): fc.Arbitrary<ScoreBallot[]> =>
  fc
    .tuple(
      fc.array(
        fc.record({
          subjectId: fc.oneof({ weight: 3, arbitrary: fc.constant('s0') }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `s${n}`) }),
          evaluatorId: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 59 }).map((n) => `e${n}`) }, { weight: 1, arbitrary: fc.constantFrom('s0', 's1') }),
          group: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...codes) }, { weight: 1, arbitrary: fc.constant('alumni') }),
          score,
        }),
        { minLength: 40, maxLength: 400 },
      ),
      // Half the time every ballot has an evaluator of its own: long groups with no repeat.
      fc.boolean(),
    )
    .map(([list, distinct]) => (distinct ? list.map((ballot, index) => ({ ...ballot, evaluatorId: `e${index}` })) : list));

const scenario = policy.chain((rules) => fc.tuple(fc.constant(rules), ballotsAtScale(Object.keys(rules.groups))));

const RUNS = { numRuns: 40 };
const TIMEOUT = 30_000;

test.prop([scenario], RUNS)('at scale, aggregateEvaluations gives what the reference gives', ([rules, list]) => {
  expect(view(aggregateEvaluations(list, rules))).toEqual(referenceAggregate(list, rules));
}, TIMEOUT);

/** Adds a shard's ballots in batches of the given sizes (at least one ballot each), each call after the last. */
function inBatches(rules: AggregationPolicy<string>, list: readonly ScoreBallot[], firstIndex: number, sizes: readonly number[]) {
  let partial = createAccumulator(rules);
  let at = 0;
  for (let batch = 0; at < list.length; batch += 1) {
    const size = 1 + (sizes[batch % Math.max(1, sizes.length)] ?? 0);
    partial = addBallots(partial, list.slice(at, at + size), { firstIndex: firstIndex + at });
    at += size;
  }
  return partial;
}

test.prop([scenario, fc.nat(), fc.nat(), fc.array(fc.nat({ max: 40 }), { maxLength: 8 }), fc.tuple(form, form, form), fc.nat({ max: 5 })], RUNS)(
  'at scale, three shards added in batches, sent through any form and merged in any order, give what the reference gives',
  ([rules, list], cutA, cutB, sizes, forms: readonly [Form, Form, Form], order) => {
    const first = cutA % (list.length + 1);
    const second = first + (cutB % (list.length - first + 1));
    const shards = [
      sent(inBatches(rules, list.slice(0, first), 0, sizes), rules, forms[0]),
      sent(inBatches(rules, list.slice(first, second), first, sizes), rules, forms[1]),
      sent(inBatches(rules, list.slice(second), second, sizes), rules, forms[2]),
    ] as const;
    const [a, b, c] = shards;
    const merged = [
      mergeAccumulators(mergeAccumulators(a, b), c),
      mergeAccumulators(a, mergeAccumulators(b, c)),
      mergeAccumulators(mergeAccumulators(c, a), b),
      mergeAccumulators(c, mergeAccumulators(b, a)),
      mergeAccumulators(b, a, c),
      mergeAccumulators(mergeAccumulators(b, c), a),
    ][order]!;
    expect(view(finalizeAccumulator(merged))).toEqual(referenceAggregate(list, rules));
  },
  TIMEOUT,
);
