import { describe, expect, it } from 'vitest';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  InvalidInputError,
  mergeAccumulators,
  SCHOOL_FOUR_SIDED_EVALUATION,
  THREE_SIDED_EVALUATION,
  type AccumulatorJson,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type ScoreBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

type Side = 'leadership' | 'peer' | 'masses';
const policy = (overrides: Partial<AggregationPolicy<Side>> = {}): AggregationPolicy<Side> => ({
  groups: {
    leadership: { weight: 0.3, method: 'mean' },
    peer: { weight: 0.4, method: 'trimmedMean', dropHighest: 2, dropLowest: 1 },
    masses: { weight: 0.3, method: 'median' },
  },
  missingGroup: 'renormalize',
  duplicateBallot: 'unchecked',
  excludeSelfFromPeer: true,
  precision: 2,
  scale: { min: 0, max: 100 },
  ...overrides,
});

const GROUPS = ['leadership', 'peer', 'masses', 'alumni'] as const;
/** A fixed, varied ballot list: 6 subjects, every group, duplicates, a self-ballot, bad scores. */
const BALLOTS: readonly ScoreBallot[] = deepFreeze(
  Array.from({ length: 120 }, (_, index): ScoreBallot => ({
    subjectId: `m${(index * 7) % 6}`,
    evaluatorId: index % 17 === 0 ? `m${(index * 7) % 6}` : `e${index % 9}`,
    group: GROUPS[index % 13 === 0 ? 3 : index % 3]!,
    score: index % 29 === 0 ? 101 : 60 + ((index * 37) % 4001) / 100,
  })),
);

const sequential = <G extends string>(start: EvaluationAccumulator<G>, chunks: readonly (readonly ScoreBallot[])[]) =>
  chunks.reduce((accumulator, chunk) => addBallots(accumulator, chunk), start);

describe.each(['unchecked', 'error', 'lastWins'] as const)('the accumulator with duplicates %s', (duplicateBallot) => {
  const rules = policy({ duplicateBallot });
  // Computed in each test, so that a mutation run knows which tests read it.
  const single = () => aggregateEvaluations(BALLOTS, rules);

  it('fed in chunks gives the single-pass result', () => {
    const chunks = [BALLOTS.slice(0, 7), BALLOTS.slice(7, 50), BALLOTS.slice(50)];
    expect(finalizeAccumulator(sequential(createAccumulator(rules), chunks))).toEqual(single());
  });

  it('shards merged in any order give the single-pass result', () => {
    const empty = createAccumulator(rules);
    const shard = (from: number, to: number) => addBallots(empty, BALLOTS.slice(from, to), { firstIndex: from });
    const [a, b, c] = [shard(0, 40), shard(40, 41), shard(41, 120)];
    expect(finalizeAccumulator(mergeAccumulators(c, mergeAccumulators(a, b)))).toEqual(single());
    expect(finalizeAccumulator(mergeAccumulators(mergeAccumulators(b, c), a))).toEqual(single());
  });

  it('survives JSON, and its JSON form does not depend on the merge order', () => {
    const empty = createAccumulator(rules);
    const left = addBallots(empty, BALLOTS.slice(0, 60), { firstIndex: 0 });
    const right = addBallots(empty, BALLOTS.slice(60), { firstIndex: 60 });
    const json = accumulatorToJson(mergeAccumulators(left, right));
    expect(accumulatorToJson(mergeAccumulators(right, left))).toEqual(json);
    const read = accumulatorFromJson(JSON.parse(JSON.stringify(json)), rules);
    expect(read.success).toBe(true);
    if (read.success) {
      expect(finalizeAccumulator(read.data)).toEqual(single());
      expect(accumulatorToJson(read.data)).toEqual(json);
    }
  });
});

describe('createAccumulator, addBallots', () => {
  it('starts empty and counts what it is given', () => {
    const empty = createAccumulator(THREE_SIDED_EVALUATION);
    expect([empty.ballotCount, empty.nextIndex, empty.subjectCount]).toEqual([0, 0, 0]);
    const next = addBallots(empty, BALLOTS.slice(0, 10));
    expect([next.ballotCount, next.nextIndex, next.subjectCount]).toEqual([10, 10, 6]);
    expect(empty.ballotCount).toBe(0);
    expect(Object.isFrozen(next)).toBe(true);
  });

  it('leaves earlier accumulators as they were when two are built from one', () => {
    const rules = policy();
    const base = addBallots(createAccumulator(rules), BALLOTS.slice(0, 30));
    const before = accumulatorToJson(base);
    const one = addBallots(base, BALLOTS.slice(30, 60));
    const other = addBallots(base, [{ subjectId: 'new', evaluatorId: 'x', group: 'peer', score: 50 }]);
    expect(accumulatorToJson(base)).toEqual(before);
    expect(one.subjectCount).toBe(6);
    expect(other.subjectCount).toBe(7);
    expect(finalizeAccumulator(one)).toEqual(aggregateEvaluations(BALLOTS.slice(0, 60), rules));
    expect(finalizeAccumulator(addBallots(base, BALLOTS.slice(30, 60)))).toEqual(finalizeAccumulator(one));
  });

  it('grows past its first capacity', () => {
    const many = Array.from({ length: 100 }, (_, index) => ({ subjectId: `s${index}`, evaluatorId: 'x', group: 'peer', score: index }));
    const accumulator = addBallots(createAccumulator(policy()), many);
    expect(accumulator.subjectCount).toBe(100);
    expect(finalizeAccumulator(accumulator).subjects[99]?.groups.peer.count).toBe(1);
    expect(finalizeAccumulator(mergeAccumulators(createAccumulator(policy()), accumulator))).toEqual(finalizeAccumulator(accumulator));
  });

  it('rejects a firstIndex that is not a whole number', () => {
    expect(() => addBallots(createAccumulator(policy()), [], { firstIndex: -1 })).toThrow(InvalidInputError);
    expect(() => addBallots(createAccumulator(policy()), [], { firstIndex: 1.5 })).toThrow(InvalidInputError);
  });

  it('rejects something that only looks like an accumulator', () => {
    const copy = { ...createAccumulator(policy()) };
    expect(() => finalizeAccumulator(copy)).toThrow(TypeError);
  });
});

describe('mergeAccumulators', () => {
  it('merges many partials in one call as it merges them in pairs', () => {
    const empty = createAccumulator(policy());
    const parts = [0, 30, 60, 90].map((from) => addBallots(empty, BALLOTS.slice(from, from + 30), { firstIndex: from }));
    const [a, b, c, d] = parts as [EvaluationAccumulator<Side>, EvaluationAccumulator<Side>, EvaluationAccumulator<Side>, EvaluationAccumulator<Side>];
    expect(accumulatorToJson(mergeAccumulators(d, b, a, c, empty))).toEqual(
      accumulatorToJson(mergeAccumulators(mergeAccumulators(a, b), mergeAccumulators(c, d))),
    );
    expect(finalizeAccumulator(mergeAccumulators(a, b, c, d))).toEqual(aggregateEvaluations(BALLOTS, policy()));
    expect(finalizeAccumulator(mergeAccumulators(a))).toEqual(finalizeAccumulator(a));
  });

  it('merges partials of equal policies that are different objects', () => {
    const left = addBallots(createAccumulator(policy()), BALLOTS.slice(0, 5));
    const right = addBallots(createAccumulator(policy()), BALLOTS.slice(5, 9), { firstIndex: 5 });
    expect(mergeAccumulators(left, right).ballotCount).toBe(9);
  });

  it('refuses partials made under different policies', () => {
    const left = createAccumulator(policy());
    const right = createAccumulator(policy({ precision: 1 }));
    expect(() => mergeAccumulators(left, right)).toThrow(TypeError);
  });
});

describe('accumulatorFromJson', () => {
  const rules = policy({ duplicateBallot: 'error' });
  // Computed in each test, so that a mutation run knows which tests read them.
  const json = () => accumulatorToJson(addBallots(createAccumulator(rules), BALLOTS));
  const statsJson = () => accumulatorToJson(addBallots(createAccumulator(policy()), BALLOTS));
  const broken = (change: (copy: Record<string, unknown>) => void, base: AccumulatorJson = json()) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const at = (input: unknown, rule: AggregationPolicy<Side> = rules) => {
    const result = accumulatorFromJson(input, rule);
    return result.success ? 'success' : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
  };
  type Json = Record<string, never>;

  it('reports a partial computed under another policy', () => {
    expect(at(json(), policy())).toEqual([['evaluation.partialPolicyMismatch', 'policy']]);
    const result = accumulatorFromJson(json(), SCHOOL_FOUR_SIDED_EVALUATION);
    expect(result.success ? [] : result.issues[0]?.message['zh-CN']).toBe('部分结果是按另一评价办法计算的,不能合并');
  });

  it.each([
    ['not an object', () => [1, 2], ''],
    ['another format', (copy: Json) => Object.assign(copy, { format: 'x' }), 'format'],
    ['another version', (copy: Json) => Object.assign(copy, { version: 2 }), 'version'],
    ['groups in another order', (copy: Json) => Object.assign(copy, { groupOrder: ['peer', 'masses', 'leadership'] }), 'groupOrder'],
    ['a subject without id', (copy: { subjects: { id?: unknown }[] }) => delete copy.subjects[0]!.id, 'subjects.0.id'],
    ['a subject listed twice', (copy: { subjects: { id: string }[] }) => (copy.subjects[1]!.id = copy.subjects[0]!.id), 'subjects.1.id'],
    ['a negative first position', (copy: { subjects: { first: number }[] }) => (copy.subjects[0]!.first = -1), 'subjects.0.first'],
    ['too few groups', (copy: { subjects: { groups: unknown[] }[] }) => copy.subjects[0]!.groups.pop(), 'subjects.0.groups'],
    // Subject 0 is m0, known from ballot 0 (which cannot be counted) and scored in one group only;
    // subject 1 (m1) has ballots in every group.
    ['a ballot without evaluator', (copy: { subjects: { groups: { ballots: unknown[][] }[] }[] }) => (copy.subjects[1]!.groups[2]!.ballots[0]![0] = 7), 'subjects.1.groups.2.ballots.0.0'],
    ['a fractional score', (copy: { subjects: { groups: { ballots: unknown[][] }[] }[] }) => (copy.subjects[1]!.groups[2]!.ballots[0]![1] = 0.5), 'subjects.1.groups.2.ballots.0.1'],
    ['records that are not a list', (copy: Json) => Object.assign(copy, { records: {} }), 'records'],
    ['a record with an unknown code', (copy: { records: { code: string }[] }) => (copy.records[0]!.code = 'x'), 'records.0.code'],
    ['a record without field', (copy: { records: { field?: string }[] }) => delete copy.records[0]!.field, 'records.0.field'],
    ['a record with a numeric subject', (copy: { records: { subjectId?: unknown }[] }) => (copy.records[0]!.subjectId = 1), 'records.0.subjectId'],
    ['a record with an object parameter', (copy: { records: { params: Record<string, unknown> }[] }) => (copy.records[0]!.params.x = {}), 'records.0.params.x'],
    ['a negative ballot count', (copy: Json) => Object.assign(copy, { ballotCount: -1 }), 'ballotCount'],
  ] as [string, (copy: never) => unknown, string][])('reports %s', (_, change, path) => {
    const input = path === '' ? [1, 2] : broken(change as (copy: Record<string, unknown>) => void);
    expect(at(input)).toEqual([['evaluation.invalidPartial', path]]);
  });

  it.each([
    ['a kept-highest list of the wrong length', (copy: { subjects: { groups: { highest: number[] }[] }[] }) => copy.subjects[1]!.groups[2]!.highest.pop(), 'subjects.1.groups.2.highest'],
    ['kept-highest scores out of order', (copy: { subjects: { groups: { highest: number[] }[] }[] }) => copy.subjects[1]!.groups[2]!.highest.reverse(), 'subjects.1.groups.2.highest.1'],
    ['a sum that is not an integer', (copy: { subjects: { groups: { sum: number }[] }[] }) => (copy.subjects[0]!.groups[0]!.sum = 1.5), 'subjects.0.groups.0.sum'],
    ['median scores that are not a list', (copy: { subjects: { groups: { scores?: unknown }[] }[] }) => (copy.subjects[0]!.groups[1]!.scores = 'x'), 'subjects.0.groups.1.scores'],
    ['a group that is not an object', (copy: { subjects: { groups: unknown[] }[] }) => (copy.subjects[0]!.groups[0] = null), 'subjects.0.groups.0'],
  ] as [string, (copy: never) => unknown, string][])('reports %s in running figures', (_, change, path) => {
    const input = broken(change as (copy: Record<string, unknown>) => void, statsJson());
    expect(at(input, policy())).toEqual([['evaluation.invalidPartial', path]]);
  });

  it('points at the root in words when the whole input is wrong', () => {
    const result = accumulatorFromJson(null, rules);
    expect(result.success ? undefined : result.issues[0]?.message.en).toBe('The partial result is invalid at (root)');
  });
});

describe('careless sharding', () => {
  it('is still deterministic when shards forget firstIndex and their positions collide', () => {
    const rules = policy({ duplicateBallot: 'error', groups: { leadership: { weight: 1, method: 'mean' }, peer: { weight: 1, method: 'median' }, masses: { weight: 1, method: 'mean' } } });
    const empty = createAccumulator(rules);
    const a = addBallots(empty, [
      { subjectId: 'm1', evaluatorId: 'x', group: 'peer', score: 80 },
      { subjectId: 'm1', evaluatorId: 'm1', group: 'peer', score: 99 },
    ]);
    const b = addBallots(empty, [
      { subjectId: 'm1', evaluatorId: 'x', group: 'peer', score: 90 },
      { subjectId: 'm1', evaluatorId: 'm1', group: 'peer', score: 98 },
    ]);
    const one = mergeAccumulators(a, b);
    const other = mergeAccumulators(b, a);
    expect(finalizeAccumulator(one)).toEqual(finalizeAccumulator(other));
    expect(accumulatorToJson(one)).toEqual(accumulatorToJson(other));
    const [subject] = finalizeAccumulator(one).subjects;
    // Both ballots of "x" are at position 0: the lower score is taken as the earlier one.
    expect(subject?.groups.peer).toMatchObject({ value: 80, count: 1 });
    expect(subject?.issues.map((issue) => issue.code)).toEqual([
      'evaluation.duplicateBallot',
      'evaluation.selfBallotExcluded',
      'evaluation.selfBallotExcluded',
      'evaluation.missingGroup',
      'evaluation.missingGroup',
    ]);
  });

  it('orders the run’s issues alike whichever shard came first', () => {
    const empty = createAccumulator(policy());
    const a = addBallots(empty, [{ subjectId: 'm1', evaluatorId: 'x', group: 'alumni', score: 80 }]);
    const b = addBallots(empty, [{ subjectId: 'm1', evaluatorId: 'x', group: 'parents', score: 80 }]);
    const issues = finalizeAccumulator(mergeAccumulators(b, a)).issues;
    expect(finalizeAccumulator(mergeAccumulators(a, b)).issues).toEqual(issues);
    expect(issues.map((issue) => issue.params.group)).toEqual(['alumni', 'parents']);
  });

  it('orders a tie in position by evaluator when the scores are equal too', () => {
    const rules = policy({ duplicateBallot: 'lastWins' });
    const empty = createAccumulator(rules);
    const a = addBallots(empty, [{ subjectId: 'm1', evaluatorId: 'y', group: 'masses', score: 80 }]);
    const b = addBallots(empty, [{ subjectId: 'm1', evaluatorId: 'x', group: 'masses', score: 80 }]);
    expect(accumulatorToJson(mergeAccumulators(a, b))).toEqual(accumulatorToJson(mergeAccumulators(b, a)));
    expect(accumulatorToJson(mergeAccumulators(a, b)).subjects[0]?.groups[1]).toEqual({ ballots: [['x', 8000, 0], ['y', 8000, 0]] });
  });
});

describe('shards that each counted their ballots from 0 (careless sharding)', () => {
  // Both shards say their ballot is the first: the subjects tie on their first ballot, and so do
  // the ballots' problems. Ties are settled by subject id, then by what a problem says, so the order
  // never depends on the merge.
  const shard = (subjectId: string, score: number) => addBallots(createAccumulator(policy()), [{ subjectId, evaluatorId: 'l1', group: 'leadership', score }]);
  const view = (result: ReturnType<typeof finalizeAccumulator>) => ({
    subjects: result.subjects.map((subject) => subject.subjectId),
    problems: result.issues.map((issue) => [issue.code, issue.params['score']]),
  });

  it('lists tied subjects by id, and their ballots’ problems by subject, whichever shard comes first', () => {
    const later = shard('m2', 101);
    const earlier = shard('m1', 102);
    const expected = {
      subjects: ['m1', 'm2'],
      // A ballot's problem that names no subject is settled by what it says: 101 before 102.
      problems: [
        ['evaluation.scoreOutOfRange', 101],
        ['evaluation.scoreOutOfRange', 102],
      ],
    };
    expect(view(finalizeAccumulator(mergeAccumulators(later, earlier)))).toEqual(expected);
    expect(view(finalizeAccumulator(mergeAccumulators(earlier, later)))).toEqual(expected);
  });
});

describe('an accumulator extended twice from the same one (partials are values)', () => {
  it('keeps each branch to its own ballots: subjects, figures and problems', () => {
    const rules = policy({ duplicateBallot: 'error' });
    const ballot = (subjectId: string, evaluatorId: string, score: number): ScoreBallot => ({ subjectId, evaluatorId, group: 'leadership', score });
    const base = addBallots(createAccumulator(rules), [ballot('m1', 'l1', 90)]);
    const left = addBallots(base, [ballot('m2', 'l1', 80), ballot('m1', 'l2', 70)], { firstIndex: 1 });
    const right = addBallots(base, [ballot('m3', 'l1', 60), ballot('m1', 'l3', 50)], { firstIndex: 1 });
    const figures = (partial: typeof base) =>
      finalizeAccumulator(partial).subjects.map((subject) => [subject.subjectId, subject.groups.leadership.value, subject.groups.leadership.count]);
    expect(figures(right)).toEqual([['m1', 70, 2], ['m3', 60, 1]]);
    expect(figures(left)).toEqual([['m1', 80, 2], ['m2', 80, 1]]);
    expect(figures(base)).toEqual([['m1', 90, 1]]);
    // Extended again after both branches were made, the base still holds only its own ballot.
    expect(figures(addBallots(base, [ballot('m4', 'l1', 99)], { firstIndex: 1 }))).toEqual([['m1', 90, 1], ['m4', 99, 1]]);
  });
});
