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
  type EvaluationMinimum,
  type EvaluationResult,
  type GroupRule,
  type ScoreBallot,
} from '../../src/evaluation';
import { referenceAggregate, type ReferenceResult } from './reference';

/**
 * The library's engine (running sums, typed ballot logs, counting sorts) against the plain
 * reference in `reference.ts`, on random policies and ballots: every subject, figure, count,
 * status, dropped score, combined score and issue (code and path) must agree.
 */

const GROUP_POOL = ['leadership', 'peer', 'masses', 'parents', 'custom'] as const;

const groupRule = (weight: number): fc.Arbitrary<GroupRule> =>
  fc.oneof(
    fc.record(
      { weight: fc.constant(weight), method: fc.constantFrom('mean' as const, 'median' as const), minBallots: fc.integer({ min: 1, max: 4 }) },
      { requiredKeys: ['weight', 'method'] },
    ),
    fc.record(
      {
        weight: fc.constant(weight),
        method: fc.constant('trimmedMean' as const),
        dropHighest: fc.integer({ min: 0, max: 3 }),
        dropLowest: fc.integer({ min: 0, max: 3 }),
        minBallots: fc.integer({ min: 1, max: 4 }),
      },
      { requiredKeys: ['weight', 'method'] },
    ),
  );

/** One to five groups with weights in ten-thousandths, not all zero. */
const groups: fc.Arbitrary<Record<string, GroupRule>> = fc
  .uniqueArray(fc.constantFrom(...GROUP_POOL), { minLength: 1, maxLength: GROUP_POOL.length })
  .chain((codes) =>
    fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: codes.length, maxLength: codes.length })
      .filter((weights) => weights.some((weight) => weight > 0))
      .chain((weights) => fc.tuple(...codes.map((_, index) => groupRule(weights[index]! / 10_000))))
      .map((rules) => Object.fromEntries(codes.map((code, index) => [code, rules[index]!]))),
  );

/**
 * A minimum for a policy's groups, or none (half the time): either bound or both. The share is
 * often that of some of the groups' weights — exact when it has four decimals, else the nearest
 * share of four decimals above or below — so that subjects sit on the bound and either side of it.
 */
const minimumFor = (rules: Readonly<Record<string, GroupRule>>): fc.Arbitrary<EvaluationMinimum | undefined> => {
  const units = Object.values(rules).map((rule) => Math.round(rule.weight * 10_000));
  const total = units.reduce((sum, weight) => sum + weight, 0);
  const shareOf = (chosen: readonly boolean[], up: boolean) => {
    const part = units.reduce((sum, weight, index) => sum + (chosen[index] === true ? weight : 0), 0) * 10_000;
    const share = up ? Math.ceil(part / total) : Math.floor(part / total);
    return Math.min(10_000, Math.max(1, share)) / 10_000;
  };
  const share = fc.oneof(
    fc.integer({ min: 1, max: 10_000 }).map((value) => value / 10_000),
    fc.tuple(fc.array(fc.boolean(), { minLength: units.length, maxLength: units.length }), fc.boolean()).map(([chosen, up]) => shareOf(chosen, up)),
  );
  return fc.option(
    fc.record({ countedGroups: fc.integer({ min: 1, max: units.length }), countedWeight: share }, { requiredKeys: [] }),
    { nil: undefined, freq: 2 },
  );
};

const policy: fc.Arbitrary<AggregationPolicy<string>> = groups.chain((rules) =>
  fc
    .record({
      groups: fc.constant(rules),
      missingGroup: fc.constantFrom('renormalize' as const, 'zero' as const, 'error' as const),
      duplicateBallot: fc.constantFrom('unchecked' as const, 'error' as const, 'lastWins' as const),
      excludeSelfFromPeer: fc.boolean(),
      precision: fc.integer({ min: 0, max: 4 }),
      scale: fc.constantFrom({ min: 0, max: 100 }, { min: 50, max: 100 }, { min: 0, max: 10 }),
      minimum: minimumFor(rules),
    })
    // A policy without a minimum has no `minimum` key, as one written by hand.
    .map(({ minimum, ...rest }) => (minimum === undefined ? rest : { ...rest, minimum })),
);

const score = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 101, -0.5, 1.001, 55.555) },
);

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

/** The library's result in the reference's terms. */
function view(result: EvaluationResult<string>): ReferenceResult {
  const issue = (entry: { code: string; path: readonly (string | number)[] }) => `${entry.code} @ ${entry.path.join('.')}`;
  return {
    subjects: result.subjects.map((subject) => ({
      subjectId: subject.subjectId,
      groups: Object.fromEntries(
        Object.entries(subject.groups).map(([code, figure]) => [
          code,
          { value: figure.value, count: figure.count, status: figure.status, combinedAs: figure.combinedAs, dropped: figure.dropped },
        ]),
      ),
      combined: subject.combined,
      issues: subject.issues.map(issue),
    })),
    issues: result.issues.map(issue),
  };
}

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
