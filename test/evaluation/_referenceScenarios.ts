import { fc } from '@fast-check/vitest';
import {
  accumulatorFromBytes,
  accumulatorFromColumns,
  accumulatorFromJson,
  accumulatorToBytes,
  accumulatorToColumns,
  accumulatorToJson,
  partialTransferList,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type EvaluationMinimum,
  type EvaluationResult,
  type GroupRule,
} from '../../src/evaluation';
import type { ReferenceResult } from './reference';

// What the property tests that hold the library against the reference (reference.ts) share: random
// policies and scores, the library's result in the reference's terms, and a partial sent through
// one of its forms.

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

export const policy: fc.Arbitrary<AggregationPolicy<string>> = groups.chain((rules) =>
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

export const score = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 101, -0.5, 1.001, 55.555) },
);

/** The library's result in the reference's terms. */
export function view(result: EvaluationResult<string>): ReferenceResult {
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

/** The forms a partial crosses a thread or a machine in. */
export type Form = 'columns' | 'bytes' | 'json';

/** Any of the forms. */
export const form = fc.constantFrom<Form>('columns', 'bytes', 'json');

/** A partial as another thread or machine receives it, read back. */
export function sent<G extends string>(partial: EvaluationAccumulator<G>, rules: AggregationPolicy<G>, how: Form): EvaluationAccumulator<G> {
  if (how === 'columns') {
    const columns = accumulatorToColumns(partial);
    const read = accumulatorFromColumns(structuredClone(columns, { transfer: partialTransferList(columns) }), rules);
    if (!read.success) throw new Error(read.issues[0]?.message.en);
    return read.data;
  }
  if (how === 'bytes') {
    const read = accumulatorFromBytes(accumulatorToBytes(partial), rules);
    if (!read.success) throw new Error(read.issues[0]?.message.en);
    return read.data;
  }
  const read = accumulatorFromJson(JSON.parse(JSON.stringify(accumulatorToJson(partial))), rules);
  if (!read.success) throw new Error(read.issues[0]?.message.en);
  return read.data;
}

