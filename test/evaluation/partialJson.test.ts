import { describe, expect, it } from 'vitest';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  createAccumulator,
  finalizeAccumulator,
  InvalidInputError,
  type AggregationPolicy,
  type ScoreBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

// A partial result read back from storage: every part of the JSON that can be wrong is named by its
// path, and every valid partial (ties among the kept extremes, a subject with fewer ballots than
// the trimmed mean drops, records with and without a subject) reads back to the same result.

type Side = 'peer' | 'masses' | 'leadership';
const policy = (duplicateBallot: 'unchecked' | 'error'): AggregationPolicy<Side> =>
  deepFreeze({
    groups: {
      peer: { weight: 0.5, method: 'trimmedMean', dropHighest: 2, dropLowest: 2 },
      masses: { weight: 0.3, method: 'median' },
      leadership: { weight: 0.2, method: 'mean' },
    },
    missingGroup: 'renormalize',
    duplicateBallot,
    excludeSelfFromPeer: true,
    precision: 2,
    scale: { min: 0, max: 100 },
  });

const ballot = (subjectId: string, evaluatorId: string, group: string, score: number): ScoreBallot => ({ subjectId, evaluatorId, group, score });
const BALLOTS: readonly ScoreBallot[] = deepFreeze([
  // m1: peer scores with ties at both ends (95, 95 kept highest; 60, 60 kept lowest).
  ...[95, 95, 80, 82, 60, 60, 90].map((score, index) => ballot('m1', `p${index}`, 'peer', score)),
  ballot('m1', 'x1', 'masses', 88),
  ballot('m1', 'x2', 'masses', 70),
  ballot('m1', 'l1', 'leadership', 91),
  // m2: one peer ballot, fewer than the trimmed mean drops; a self-ballot and an unknown group.
  ballot('m2', 'p1', 'peer', 75),
  ballot('m2', 'm2', 'peer', 100),
  ballot('m2', 'x1', 'alumni', 80),
  ballot('m2', 'x3', 'masses', 66.5),
]);

const partial = (duplicateBallot: 'unchecked' | 'error') => accumulatorToJson(addBallots(createAccumulator(policy(duplicateBallot)), BALLOTS));
const copyOf = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe('accumulatorFromJson reads every valid partial back to the same result', () => {
  it.each(['unchecked', 'error'] as const)('duplicates %s: ties among the kept extremes, a subject with one peer ballot, records with and without a subject', (duplicateBallot) => {
    const json = partial(duplicateBallot);
    const read = accumulatorFromJson(copyOf(json), policy(duplicateBallot));
    expect(read.success).toBe(true);
    if (!read.success) return;
    // Strictly: a record without a subject comes back without a subjectId key.
    expect(accumulatorToJson(read.data)).toStrictEqual(json);
    expect(finalizeAccumulator(read.data)).toEqual(finalizeAccumulator(addBallots(createAccumulator(policy(duplicateBallot)), BALLOTS)));
    expect(read.data).toMatchObject({ ballotCount: BALLOTS.length, nextIndex: BALLOTS.length, subjectCount: 2 });
  });
  it('keeps the kept extremes of the stats store as stored, ties included', () => {
    const json = partial('unchecked') as unknown as { groupOrder: string[]; subjects: { groups: Record<string, unknown>[] }[] };
    expect(json.groupOrder).toEqual(['leadership', 'masses', 'peer']);
    expect(json.subjects[0]?.groups[2]).toMatchObject({ count: 7, highest: [9500, 9500], lowest: [6000, 6000] });
    expect(json.subjects[1]?.groups[2]).toMatchObject({ count: 1, highest: [7500], lowest: [7500] });
  });
});

describe('accumulatorFromJson names the first part that is not a partial', () => {
  const cases: [string, 'unchecked' | 'error', (copy: Record<string, any>) => void, string][] = [
    ['a list of subjects that is not a list', 'unchecked', (copy) => (copy.subjects = {}), 'subjects'],
    ['a group order that is not a list', 'unchecked', (copy) => (copy.groupOrder = 'peer'), 'groupOrder'],
    ['a group order with a group missing', 'unchecked', (copy) => copy.groupOrder.pop(), 'groupOrder'],
    ['a group order with a group too many', 'unchecked', (copy) => copy.groupOrder.push('alumni'), 'groupOrder'],
    ['a record whose code is a list holding a code', 'unchecked', (copy) => (copy.records[0].code = [copy.records[0].code]), 'records.0.code'],
    ['a subject that is not an object', 'unchecked', (copy) => (copy.subjects[1] = 'm2'), 'subjects.1'],
    ['a subject whose groups are not a list', 'unchecked', (copy) => (copy.subjects[0].groups = {}), 'subjects.0.groups'],
    ['a fractional count', 'unchecked', (copy) => (copy.subjects[0].groups[0].count = 6.5), 'subjects.0.groups.0.count'],
    ['a kept-lowest list of the wrong length', 'unchecked', (copy) => copy.subjects[0].groups[2].lowest.pop(), 'subjects.0.groups.2.lowest'],
    ['kept-lowest scores out of order', 'unchecked', (copy) => (copy.subjects[0].groups[2].lowest = [6000, 5900]), 'subjects.0.groups.2.lowest.1'],
    ['a kept-highest score that is not a number', 'unchecked', (copy) => (copy.subjects[0].groups[2].highest[1] = '9500'), 'subjects.0.groups.2.highest.1'],
    ['a median score that is not an integer', 'unchecked', (copy) => (copy.subjects[0].groups[1].scores[0] = 70.5), 'subjects.0.groups.1.scores.0'],
    ['a ballot that is not a list', 'error', (copy) => (copy.subjects[0].groups[0].ballots[0] = {}), 'subjects.0.groups.0.ballots.0'],
    ['ballots that are not a list', 'error', (copy) => (copy.subjects[0].groups[0].ballots = null), 'subjects.0.groups.0.ballots'],
    ['a ballot with a negative position', 'error', (copy) => (copy.subjects[0].groups[0].ballots[0][2] = -1), 'subjects.0.groups.0.ballots.0.2'],
    ['a record that is not an object', 'unchecked', (copy) => (copy.records[0] = 'x'), 'records.0'],
    ['a record whose parameters are not an object', 'unchecked', (copy) => (copy.records[0].params = []), 'records.0.params'],
    ['a record without a position', 'unchecked', (copy) => delete copy.records[0].position, 'records.0.position'],
    ['a fractional ballot count', 'unchecked', (copy) => (copy.ballotCount = 12.5), 'ballotCount'],
    ['a negative next index', 'unchecked', (copy) => (copy.nextIndex = -1), 'nextIndex'],
  ];
  it.each(cases)('%s (duplicates %s)', (_, duplicateBallot, change, path) => {
    const copy = copyOf(partial(duplicateBallot));
    change(copy);
    const read = accumulatorFromJson(copy, policy(duplicateBallot));
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.severity, issue.path.join('.'), issue.params])).toEqual([
      ['evaluation.invalidPartial', 'error', path, { at: path }],
    ]);
  });
  it('says where, in both languages', () => {
    const copy = copyOf(partial('error'));
    copy.subjects[0].groups[0].ballots[0][2] = -1;
    const read = accumulatorFromJson(copy, policy('error'));
    expect(read.success ? undefined : read.issues[0]?.message.en).toBe('The partial result is invalid at subjects.0.groups.0.ballots.0.2');
  });
  it('a policy that is not shaped as one is reported as such, not as another policy', () => {
    const read = accumulatorFromJson(partial('unchecked'), { ...policy('unchecked'), groups: null } as never);
    expect(read.success).toBe(false);
    const codes = read.success ? [] : read.issues.map((issue) => issue.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('input.'))).toBe(true);
    expect(read.success ? [] : read.issues[0]?.path.slice(0, 2)).toEqual(['policy', 'groups']);
  });
});

describe('what accumulatorFromJson checks, and what it leaves to finalizing', () => {
  it('a partial made under another policy is an error naming the policy', () => {
    const read = accumulatorFromJson(partial('unchecked'), policy('error'));
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['evaluation.partialPolicyMismatch', 'error', ['policy']],
    ]);
  });
  it('a policy with a weight it cannot use still reads its own partial: the weight is reported when finalizing', () => {
    const unusable = deepFreeze({ ...policy('unchecked'), groups: { ...policy('unchecked').groups, leadership: { weight: -1, method: 'mean' as const } } });
    const json = accumulatorToJson(addBallots(createAccumulator(unusable), BALLOTS));
    const read = accumulatorFromJson(JSON.parse(JSON.stringify(json)), unusable);
    expect(read.success).toBe(true);
    if (!read.success) return;
    const result = finalizeAccumulator(read.data);
    expect(result.subjects).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toContain('evaluation.invalidWeight');
  });
  it.each([
    ['null', null],
    ['a number', 5],
    ['a text', 'accumulator'],
    ['a copy', { ...createAccumulator(policy('unchecked')) }],
  ])('finalizeAccumulator refuses %s with the named InvalidInputError', (_, value) => {
    expect(() => finalizeAccumulator(value as never)).toThrow(InvalidInputError);
  });
});

describe('the policy a partial was made under', () => {
  const made = policy('unchecked');
  const readWith = (rules: unknown) => {
    const read = accumulatorFromJson(accumulatorToJson(addBallots(createAccumulator(made), BALLOTS)), rules as AggregationPolicy<Side>);
    return read.success ? 'read' : read.issues.map((issue) => issue.code);
  };

  it('is recognised whatever the order of its keys, and with its absent fields written as undefined', () => {
    const reordered = Object.fromEntries(Object.entries({ ...made, groups: Object.fromEntries(Object.entries(made.groups).reverse()) }).reverse());
    expect(readWith(reordered)).toBe('read');
    expect(readWith({ ...made, minimum: undefined })).toBe('read');
  });

  it('is another policy when any value differs, fields of the app’s own and lists included', () => {
    expect(readWith({ ...made, precision: 1 })).toEqual(['evaluation.partialPolicyMismatch']);
    expect(readWith({ ...made, groups: { ...made.groups, masses: { weight: 0.3, method: 'mean' } } })).toEqual(['evaluation.partialPolicyMismatch']);
    const tagged = { ...made, tags: ['2015', '党员大会'] };
    const taggedJson = accumulatorToJson(addBallots(createAccumulator(tagged), BALLOTS));
    expect(accumulatorFromJson(taggedJson, { ...made, tags: ['2015', '党员大会'] } as AggregationPolicy<Side>).success).toBe(true);
    expect(accumulatorFromJson(taggedJson, { ...made, tags: ['党员大会', '2015'] } as AggregationPolicy<Side>).success).toBe(false);
    expect(accumulatorFromJson(taggedJson, made).success).toBe(false);
  });

  it('that holds itself (from plain JavaScript) is still told apart, without running forever', () => {
    const cyclic: Record<string, unknown> = { ...made };
    cyclic['self'] = cyclic;
    const partial = addBallots(createAccumulator(cyclic as unknown as AggregationPolicy<Side>), BALLOTS);
    expect(finalizeAccumulator(partial)).toEqual(finalizeAccumulator(addBallots(createAccumulator(made), BALLOTS)));
    expect(accumulatorFromJson(accumulatorToJson(partial), made).success).toBe(false);
  });
});
