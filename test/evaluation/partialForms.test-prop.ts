import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type ScoreBallot,
} from '../../src/evaluation';
import { groupRule } from './_arbitraries';
import { form, sent } from './_referenceScenarios';

// The compact forms of a partial (columns for a worker thread, bytes for the wire) carry exactly
// what the accumulator holds: any sharding, sent through any form and merged in any order, gives
// the single pass; and a partial goes compact ↔ accumulator ↔ JSON without a change.

type Side = 'leadership' | 'peer' | 'masses';

const policy: fc.Arbitrary<AggregationPolicy<Side>> = fc.record({
  groups: fc.record({ leadership: groupRule(0.3), peer: groupRule(0.5), masses: groupRule(0.2) }),
  missingGroup: fc.constantFrom('renormalize' as const, 'zero' as const, 'error' as const),
  duplicateBallot: fc.constantFrom('unchecked' as const, 'error' as const, 'lastWins' as const),
  excludeSelfFromPeer: fc.boolean(),
  precision: fc.integer({ min: 0, max: 3 }),
  scale: fc.constant({ min: 0, max: 100 }),
});

/** Ids as applications have them, including text UTF-8 cannot carry (a lone surrogate). */
const IDS = ['s0', 's1', 's10', '党员😀', 'x\uD800', 'ß'] as const;

const ballot: fc.Arbitrary<ScoreBallot> = fc.record({
  subjectId: fc.constantFrom(...IDS),
  evaluatorId: fc.constantFrom('e0', 'e1', 'e2', 'e3', 's0', 'x\uDC00'),
  group: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('leadership', 'peer', 'masses') }, { weight: 1, arbitrary: fc.constant('alumni') }),
  score: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100) }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 101) }),
});
const ballots = fc.array(ballot, { maxLength: 50 });

/** Fewer runs than the default, each sending several partials; room for a busy machine. */
const RUNS = { numRuns: 60 };
const TIMEOUT = 30_000;

test.prop([policy, ballots, fc.array(fc.nat(), { maxLength: 50 }), fc.integer({ min: 1, max: 4 }), fc.array(form, { minLength: 4, maxLength: 4 }), fc.array(fc.nat())], RUNS)(
  'any sharding, sent through any form and merged in any order, equals the single pass',
  (rules, list, owners, shards, forms, order) => {
    const partials: EvaluationAccumulator<Side>[] = Array.from({ length: shards }, () => createAccumulator(rules));
    let start = 0;
    while (start < list.length) {
      const owner = (owners[start] ?? 0) % shards;
      let end = start + 1;
      while (end < list.length && (owners[end] ?? 0) % shards === owner) end += 1;
      partials[owner] = addBallots(partials[owner]!, list.slice(start, end), { firstIndex: start });
      start = end;
    }
    const received = partials.map((partial, index) => sent(partial, rules, forms[index]!));
    order.forEach((pick, index) => {
      const at = index % received.length;
      const other = pick % received.length;
      [received[at], received[other]] = [received[other]!, received[at]!];
    });
    const merged = received.reduce((left, right) => mergeAccumulators(left, right));
    expect(finalizeAccumulator(merged)).toEqual(aggregateEvaluations(list, rules));
    // Merged in one call, or folded from the other side: the same.
    expect(accumulatorToJson(mergeAccumulators(received[0]!, ...received.slice(1)))).toEqual(accumulatorToJson(merged));
    expect(accumulatorToJson(received.reduceRight((right, left) => mergeAccumulators(left, right)))).toEqual(accumulatorToJson(merged));
  },
  TIMEOUT,
);

test.prop([policy, ballots, fc.nat(), form, form], RUNS)('a partial goes compact ↔ accumulator ↔ JSON unchanged', (rules, list, cut, first, second) => {
  const at = cut % (list.length + 1);
  const partial = mergeAccumulators(addBallots(createAccumulator(rules), list.slice(0, at)), addBallots(createAccumulator(rules), list.slice(at), { firstIndex: at }));
  const json = accumulatorToJson(partial);
  const twice = sent(sent(partial, rules, first), rules, second);
  expect(accumulatorToJson(twice)).toEqual(json);
  expect(finalizeAccumulator(twice)).toEqual(finalizeAccumulator(partial));
  expect(twice).toMatchObject({ ballotCount: partial.ballotCount, nextIndex: partial.nextIndex, subjectCount: partial.subjectCount });
}, TIMEOUT);

test.prop([policy, ballots, fc.nat()], RUNS)('a partial read back keeps adding ballots like the original', (rules, list, cut) => {
  const at = cut % (list.length + 1);
  const original = addBallots(createAccumulator(rules), list.slice(0, at));
  for (const how of ['columns', 'bytes'] as const) {
    const continued = addBallots(sent(original, rules, how), list.slice(at));
    expect(finalizeAccumulator(continued)).toEqual(aggregateEvaluations(list, rules));
  }
}, TIMEOUT);
