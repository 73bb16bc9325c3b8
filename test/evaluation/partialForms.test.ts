import { describe, expect, it } from 'vitest';
import {
  accumulatorFromBytes,
  accumulatorFromColumns,
  accumulatorToBytes,
  accumulatorToColumns,
  accumulatorToJson,
  addBallots,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  partialTransferList,
  THREE_SIDED_EVALUATION,
  type AccumulatorColumns,
  type AggregationPolicy,
  type ScoreBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

// A partial in columns or bytes comes from another thread or machine: whatever arrives, reading it
// gives the partial or one issue naming the part that is wrong — never a crash, never a wrong figure.

type Side = 'peer' | 'masses' | 'leadership';
const policy = (duplicateBallot: 'unchecked' | 'error'): AggregationPolicy<Side> =>
  deepFreeze({
    groups: {
      peer: { weight: 0.5, method: 'trimmedMean', dropHighest: 2, dropLowest: 1 },
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
  ...[95, 95, 80, 82, 60, 90].map((score, index) => ballot('m2', `p${index}`, 'peer', score)),
  ballot('m2', 'x1', 'masses', 88),
  ballot('m2', 'x2', 'masses', 70),
  ballot('m10', 'l1', 'leadership', 91),
  ballot('m10', 'm10', 'peer', 100),
  ballot('m10', 'x1', 'alumni', 80),
  ballot('m1', 'x3', 'masses', 66.5),
]);
const UNCHECKED = policy('unchecked');
const CHECKED = policy('error');
const partialOf = (rules: AggregationPolicy<Side>) => addBallots(createAccumulator(rules), BALLOTS);

/** The path of the one issue of a read that must fail. */
function failure(read: { success: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }): [string, readonly (string | number)[]] | undefined {
  if (read.success) return undefined;
  expect(read.issues).toHaveLength(1);
  return [read.issues![0]!.code, read.issues![0]!.path];
}

describe('accumulatorFromColumns', () => {
  it.each([UNCHECKED, CHECKED])('reads back what accumulatorToColumns wrote, as postMessage delivers it (policy %#)', (rules) => {
    const partial = partialOf(rules);
    const columns = accumulatorToColumns(partial);
    const read = accumulatorFromColumns(structuredClone(columns), rules);
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(accumulatorToJson(read.data)).toEqual(accumulatorToJson(partial));
    expect(finalizeAccumulator(read.data)).toEqual(finalizeAccumulator(partial));
  });

  it('lists the subjects as the accumulator numbers them, with their order by id', () => {
    const columns = accumulatorToColumns(partialOf(UNCHECKED));
    expect(columns.subjectIds).toEqual(['m2', 'm10', 'm1']);
    expect(Array.from(columns.byId)).toEqual([2, 1, 0]);
    expect(columns.groups.map((group) => group.store)).toEqual(['stats', 'scores', 'stats']);
  });

  it('keeps its own copy: changing the columns afterwards changes nothing', () => {
    const columns = accumulatorToColumns(partialOf(UNCHECKED));
    const read = accumulatorFromColumns(columns, UNCHECKED);
    const before = read.success && finalizeAccumulator(read.data);
    (columns.groups[2] as { sum: Float64Array }).sum[1] = 0;
    columns.first[0] = 99;
    expect(read.success && finalizeAccumulator(read.data)).toEqual(before);
  });

  const corrupt: [string, (columns: Record<string, any>) => unknown, readonly (string | number)[]][] = [
    ['not an object', () => 'columns', []],
    ['another format', (c) => ({ ...c, format: 'cxzy.evaluation.partial' }), ['format']],
    ['another version', (c) => ({ ...c, version: 2 }), ['version']],
    ['groups in another order', (c) => ({ ...c, groupOrder: ['peer', 'masses', 'leadership'] }), ['groupOrder']],
    ['an empty id', (c) => ({ ...c, subjectIds: ['m2', '', 'm1'] }), ['subjectIds', 1]],
    ['an id twice', (c) => ({ ...c, subjectIds: ['m2', 'm1', 'm1'] }), ['byId', 1]],
    ['an order by id that does not sort', (c) => ({ ...c, byId: new Int32Array([0, 1, 2]) }), ['byId', 1]],
    ['an order by id outside the subjects', (c) => ({ ...c, byId: new Int32Array([2, 1, 7]) }), ['byId', 2]],
    ['an order by id as a list', (c) => ({ ...c, byId: [2, 1, 0] }), ['byId']],
    ['first positions of the wrong length', (c) => ({ ...c, first: new Float64Array(2) }), ['first']],
    ['a fractional first position', (c) => ({ ...c, first: new Float64Array([0, 8.5, 11]) }), ['first', 1]],
    ['groups missing', (c) => ({ ...c, groups: c.groups.slice(1) }), ['groups']],
    ['a group of another kind', (c) => ({ ...c, groups: [c.groups[0], { store: 'stats' }, c.groups[2]] }), ['groups', 1, 'store']],
    // Groups in their sorted order: leadership (a mean), masses (a median), peer (a trimmed mean).
    ['a negative count', (c) => withGroup(c, 0, 'count', [0, -1, 0]), ['groups', 0, 'count', 1]],
    ['a sum beyond what its ballots allow', (c) => withGroup(c, 0, 'sum', [0, 10_001, 0]), ['groups', 0, 'sum', 1]],
    ['a fractional sum', (c) => withGroup(c, 0, 'sum', [0, 9100.5, 0]), ['groups', 0, 'sum', 1]],
    ['kept highest out of order', (c) => withGroup(c, 2, 'highest', [9000, 9500, 0, 0, 0, 0]), ['groups', 2, 'highest', 1]],
    ['a kept lowest above the scale', (c) => withGroup(c, 2, 'lowest', [100_01, 0, 0]), ['groups', 2, 'lowest', 0]],
    ['score offsets that do not start at 0', (c) => withGroup(c, 1, 'offsets', [1, 2, 2, 3]), ['groups', 1, 'offsets']],
    ['score offsets that go back', (c) => withGroup(c, 1, 'offsets', [0, 2, 1, 3]), ['groups', 1, 'offsets', 2]],
    ['scores as a list', (c) => ({ ...c, groups: [c.groups[0], { ...c.groups[1], scores: [8800, 7000, 6650] }, c.groups[2]] }), ['groups', 1, 'scores']],
    ['a score with a fraction of a hundredth', (c) => withGroup(c, 1, 'scores', [8800, 7000.5, 6650]), ['groups', 1, 'scores', 1]],
    ['a record with an unknown code', (c) => ({ ...c, records: [{ ...c.records[0], code: 'evaluation.unknown' }] }), ['records', 0, 'code']],
    ['a negative ballot count', (c) => ({ ...c, ballotCount: -1 }), ['ballotCount']],
    ['no ballot log', (c) => ({ ...c, ballots: undefined }), ['ballots']],
    ['the group order as a text', (c) => ({ ...c, groupOrder: 'leadership' }), ['groupOrder']],
    ['the ids as a text', (c) => ({ ...c, subjectIds: 'm2' }), ['subjectIds']],
    ['an id that is not text', (c) => ({ ...c, subjectIds: ['m2', 10, 'm1'] }), ['subjectIds', 1]],
    ['an order by id one past the subjects', (c) => ({ ...c, byId: new Int32Array([2, 1, 3]) }), ['byId', 2]],
    ['an order by id below the subjects', (c) => ({ ...c, byId: new Int32Array([2, -1, 0]) }), ['byId', 1]],
    ['the groups as a text', (c) => ({ ...c, groups: 'groups' }), ['groups']],
    ['the records as a text', (c) => ({ ...c, records: 'records' }), ['records']],
    ['a next index that is not whole', (c) => ({ ...c, nextIndex: 1.5 }), ['nextIndex']],
    ['score offsets that end before the scores', (c) => withGroup(c, 1, 'offsets', [0, 2, 2, 2]), ['groups', 1, 'offsets']],
    ['counts of the wrong length', (c) => withGroup(c, 0, 'count', [0, 1]), ['groups', 0, 'count']],
    ['sums of the wrong length', (c) => withGroup(c, 0, 'sum', [0]), ['groups', 0, 'sum']],
    ['a negative sum', (c) => withGroup(c, 0, 'sum', [0, -1, 0]), ['groups', 0, 'sum', 1]],
    ['kept highest of the wrong length', (c) => withGroup(c, 2, 'highest', [0]), ['groups', 2, 'highest']],
    ['kept lowest of the wrong length', (c) => withGroup(c, 2, 'lowest', [0]), ['groups', 2, 'lowest']],
    ['a kept highest a hundredth above the scale', (c) => withGroup(c, 2, 'highest', [100_01, 9500, 0, 0, 0, 0]), ['groups', 2, 'highest', 0]],
  ];

  it.each(corrupt)('refuses %s, naming the part', (_name, change, path) => {
    const columns = structuredClone(accumulatorToColumns(partialOf(UNCHECKED))) as unknown as Record<string, any>;
    expect(failure(accumulatorFromColumns(change(columns), UNCHECKED))).toEqual(['evaluation.invalidPartial', path]);
  });

  const corruptLog: [string, (log: Record<string, any>) => unknown, readonly (string | number)[]][] = [
    ['subjects as a list', (log) => ({ ...log, subjects: [0] }), ['ballots', 'subjects']],
    ['a subject outside the partial', (log) => ({ ...log, subjects: log.subjects.map((subject: number, index: number) => (index === 2 ? 9 : subject)) }), ['ballots', 'subjects', 2]],
    ['a group that keeps no ballots', (log) => ({ ...log, groups: log.groups.map(() => 7) }), ['ballots', 'groups', 0]],
    ['a score off the scale', (log) => ({ ...log, hundredths: log.hundredths.map((score: number, index: number) => (index === 3 ? -1 : score)) }), ['ballots', 'hundredths', 3]],
    ['a negative position', (log) => ({ ...log, positions: log.positions.map((position: number, index: number) => (index === 4 ? -2 : position)) }), ['ballots', 'positions', 4]],
    ['an evaluator that is not text', (log) => ({ ...log, evaluators: log.evaluators.map((id: string, index: number) => (index === 5 ? 5 : id)) }), ['ballots', 'evaluators', 5]],
    ['evaluators missing', (log) => ({ ...log, evaluators: log.evaluators.slice(1) }), ['ballots', 'evaluators']],
    ['a subject one past the partial', (log) => ({ ...log, subjects: log.subjects.map((subject: number, index: number) => (index === 2 ? 3 : subject)) }), ['ballots', 'subjects', 2]],
    ['a negative subject', (log) => ({ ...log, subjects: log.subjects.map((subject: number, index: number) => (index === 1 ? -1 : subject)) }), ['ballots', 'subjects', 1]],
    ['an empty evaluator', (log) => ({ ...log, evaluators: log.evaluators.map((id: string, index: number) => (index === 5 ? '' : id)) }), ['ballots', 'evaluators', 5]],
    ['subjects shorter than the other columns', (log) => ({ ...log, subjects: log.subjects.slice(1) }), ['ballots', 'groups']],
    ['groups as a list', (log) => ({ ...log, groups: Array.from(log.groups) }), ['ballots', 'groups']],
    ['scores as a list', (log) => ({ ...log, hundredths: Array.from(log.hundredths) }), ['ballots', 'hundredths']],
    ['positions as a list', (log) => ({ ...log, positions: Array.from(log.positions) }), ['ballots', 'positions']],
    ['evaluators as a text', (log) => ({ ...log, evaluators: 'e1' }), ['ballots', 'evaluators']],
  ];

  it.each(corruptLog)('refuses checked ballots with %s', (_name, change, path) => {
    const columns = structuredClone(accumulatorToColumns(partialOf(CHECKED))) as unknown as Record<string, any>;
    expect(failure(accumulatorFromColumns({ ...columns, ballots: change(columns.ballots) }, CHECKED))).toEqual(['evaluation.invalidPartial', path]);
  });

  it('refuses a partial of another policy, and reports a policy that is not one', () => {
    const columns = accumulatorToColumns(partialOf(UNCHECKED));
    expect(failure(accumulatorFromColumns(columns, CHECKED))).toEqual(['evaluation.partialPolicyMismatch', ['policy']]);
    const read = accumulatorFromColumns(columns, { ...UNCHECKED, groups: null } as never);
    expect(!read.success && read.issues[0]?.code).toBe('input.expected');
  });
});

function withGroup(columns: Record<string, any>, index: number, field: string, values: readonly number[]): Record<string, any> {
  const groups = [...columns.groups];
  groups[index] = { ...groups[index], [field]: new Float64Array(values) };
  return { ...columns, groups };
}

describe('partialTransferList', () => {
  it('moves every buffer once, so the receiver reads the partial without a copy', () => {
    const columns = accumulatorToColumns(partialOf(UNCHECKED));
    const buffers = partialTransferList(columns);
    // byId, first, 4 + 2 + 4 group columns, 4 log columns.
    expect(buffers).toHaveLength(2 + 10 + 4);
    const received = structuredClone(columns, { transfer: buffers }) as AccumulatorColumns;
    expect(columns.first.length).toBe(0);
    expect(accumulatorFromColumns(received, UNCHECKED).success).toBe(true);
  });

  it('gives no buffers for what is not a columns partial', () => {
    expect(partialTransferList(null as never)).toEqual([]);
    expect(partialTransferList({ groups: [null, 1], ballots: null } as never)).toEqual([]);
  });
});

describe('accumulatorFromBytes', () => {
  it.each([UNCHECKED, CHECKED])('reads back what accumulatorToBytes wrote (policy %#)', (rules) => {
    const partial = partialOf(rules);
    const read = accumulatorFromBytes(accumulatorToBytes(partial), rules);
    expect(read.success && accumulatorToJson(read.data)).toEqual(accumulatorToJson(partial));
  });

  it('reads ids that are not well-formed Unicode exactly, and bytes that do not start on a multiple of 8', () => {
    const odd = [ballot('x\uD800', 'e\uDC00', 'leadership', 90), ballot('党员😀', 'e1', 'leadership', 80)];
    const partial = addBallots(createAccumulator(CHECKED), odd);
    const bytes = accumulatorToBytes(partial);
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    const read = accumulatorFromBytes(shifted, CHECKED);
    expect(read.success && finalizeAccumulator(read.data).subjects.map((subject) => subject.subjectId)).toEqual(['x\uD800', '党员😀']);
    expect(read.success && accumulatorToJson(read.data)).toEqual(accumulatorToJson(partial));
  });

  it('grows with the subjects, not with the ballots summed', () => {
    const many = (perSubject: number) =>
      Array.from({ length: 50 * perSubject }, (_, index) => ballot(`m${index % 50}`, `e${index}`, 'leadership', 60 + (index % 40)));
    const small = accumulatorToBytes(addBallots(createAccumulator(UNCHECKED), many(2))).length;
    const large = accumulatorToBytes(addBallots(createAccumulator(UNCHECKED), many(40))).length;
    expect(large).toBe(small);
  });

  /** Bytes with `change` applied and the checksum recomputed, so that the frame's own checks are reached. */
  const altered = (change: (bytes: Uint8Array) => Uint8Array): Uint8Array => {
    const bytes = change(accumulatorToBytes(partialOf(UNCHECKED)).slice());
    let hash = 0x811c9dc5;
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + 16, (bytes.length - 16) / 4);
    for (const word of words) hash = Math.imul(hash ^ word, 0x01000193);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(12, hash >>> 0, true);
    return bytes;
  };
  const headerOf = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true))));
  const align = (at: number) => Math.ceil(at / 8) * 8;
  /** The bytes with a new header, the sections moved after it. */
  const withHeader = (change: (header: Record<string, any>) => unknown) =>
    altered((bytes) => {
      const sections = bytes.subarray(align(20 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true)));
      const header = new TextEncoder().encode(JSON.stringify(change(headerOf(bytes))));
      const framed = new Uint8Array(align(20 + header.length) + sections.length);
      framed.set(bytes.subarray(0, 16));
      new DataView(framed.buffer).setUint32(16, header.length, true);
      framed.set(header, 20);
      framed.set(sections, align(20 + header.length));
      return framed;
    });

  const corrupt: [string, () => unknown, readonly (string | number)[]][] = [
    ['what is not bytes', () => [0x63, 0x78], []],
    ['too few bytes', () => new Uint8Array(8), []],
    ['bytes cut short', () => accumulatorToBytes(partialOf(UNCHECKED)).subarray(0, 64), ['checksum']],
    ['a file of another kind', () => new Uint8Array(40).fill(0x50, 0, 1).fill(0x4b, 1, 2), ['format']],
    ['another version', () => altered((bytes) => (bytes.set([2], 8), bytes)), ['version']],
    ['one bit flipped', () => {
      const bytes = accumulatorToBytes(partialOf(UNCHECKED));
      bytes[bytes.length - 9] = bytes[bytes.length - 9]! ^ 0x10;
      return bytes;
    }, ['checksum']],
    ['a header longer than the bytes', () => altered((bytes) => (new DataView(bytes.buffer).setUint32(16, 1 << 20, true), bytes)), ['header']],
    ['a header that is not JSON', () => altered((bytes) => (bytes.set([0x7b, 0x7b], 20), bytes)), ['header']],
    ['a header that is not an object', () => withHeader(() => 7), ['header']],
    ['a section of another kind', () => withHeader((header) => ({ ...header, sections: header.sections.map((section: unknown[], index: number) => (index === 0 ? ['f64', section[1]] : section)) })), ['sections', 0]],
    ['a section beyond the bytes', () => withHeader((header) => ({ ...header, sections: header.sections.map((section: unknown[], index: number) => (index === 1 ? ['f64', 1e6] : section)) })), ['sections', 1]],
    ['sections missing', () => withHeader((header) => ({ ...header, sections: header.sections.slice(0, 3) })), ['sections', 3]],
    ['a section too many', () => withHeader((header) => ({ ...header, sections: [...header.sections, ['u8', 0]] })), ['sections']],
    ['an unknown store', () => withHeader((header) => ({ ...header, stores: ['stats', 'cache', 'stats'] })), ['stores', 1]],
    ['a group of another store', () => withHeader((header) => ({ ...header, stores: ['stats', 'ballots', 'stats'] })), ['sections', 10]],
    ['a negative count', () => withHeader((header) => ({ ...header, ballotCount: -12 })), ['ballotCount']],
  ];

  it.each(corrupt)('refuses %s, naming the part', (_name, make, path) => {
    expect(failure(accumulatorFromBytes(make(), UNCHECKED))).toEqual(['evaluation.invalidPartial', path]);
  });

  it('refuses ids whose text is not UTF-8 or whose lengths do not add up', () => {
    const bytes = accumulatorToBytes(partialOf(UNCHECKED));
    const at = bytes.length - 8;
    // The last section is the subject ids' text ('m2m10m1', 7 bytes, then padding).
    expect(new TextDecoder().decode(bytes.subarray(at, at + 7))).toBe('m2m10m1');
    const invalid = altered(() => {
      const copy = bytes.slice();
      copy[at] = 0xff;
      return copy;
    });
    expect(failure(accumulatorFromBytes(invalid, UNCHECKED))).toEqual(['evaluation.invalidPartial', ['subjectIds']]);
    const short = altered(() => {
      const copy = bytes.slice();
      copy[at - 8] = 1; // the first id's length, 2 → 1
      return copy;
    });
    expect(failure(accumulatorFromBytes(short, UNCHECKED))).toEqual(['evaluation.invalidPartial', ['subjectIds']]);
  });

  it('refuses a partial of another policy', () => {
    expect(failure(accumulatorFromBytes(accumulatorToBytes(partialOf(UNCHECKED)), CHECKED))).toEqual(['evaluation.partialPolicyMismatch', ['policy']]);
    expect(accumulatorFromBytes(new Uint8Array(8), { groups: 1 } as never).success).toBe(false);
  });
});

describe('merging partials read from their compact forms', () => {
  const parts = [BALLOTS.slice(0, 5), BALLOTS.slice(5, 9), BALLOTS.slice(9)];
  const starts = [0, 5, 9];

  it.each([UNCHECKED, CHECKED])('gives the single pass in every order, by sorted id tables or by ids (policy %#)', (rules) => {
    const expected = finalizeAccumulator(partialOf(rules));
    const inMemory = parts.map((part, index) => addBallots(createAccumulator(rules), part, { firstIndex: starts[index]! }));
    const read = inMemory.map((partial) => {
      const result = accumulatorFromColumns(accumulatorToColumns(partial), rules);
      if (!result.success) throw new Error('unreadable');
      return result.data;
    });
    for (const [a, b, c] of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]] as const) {
      expect(finalizeAccumulator(mergeAccumulators(read[a]!, read[b]!, read[c]!))).toEqual(expected);
      expect(finalizeAccumulator(mergeAccumulators(mergeAccumulators(read[a]!, inMemory[b]!), read[c]!))).toEqual(expected);
      expect(finalizeAccumulator(mergeAccumulators(createAccumulator(rules), read[a]!, read[b]!, read[c]!))).toEqual(expected);
    }
  });

  it('counts a partial merged with itself twice, as in memory', () => {
    const read = accumulatorFromColumns(accumulatorToColumns(partialOf(UNCHECKED)), UNCHECKED);
    if (!read.success) throw new Error('unreadable');
    const twice = finalizeAccumulator(mergeAccumulators(read.data, read.data));
    expect(twice.subjects[0]?.groups.peer.count).toBe(12);
    expect(twice).toEqual(finalizeAccumulator(mergeAccumulators(partialOf(UNCHECKED), partialOf(UNCHECKED))));
  });
});

describe('an accumulator posted to another thread', () => {
  it('arrives as a copy without its figures, and every function says what to send instead', async () => {
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port1.postMessage(partialOf(UNCHECKED));
    const copy = (await received) as ReturnType<typeof partialOf>;
    port1.close();
    port2.close();
    expect(copy).toMatchObject({ ballotCount: BALLOTS.length, subjectCount: 3 });
    for (const use of [() => finalizeAccumulator(copy), () => accumulatorToColumns(copy), () => accumulatorToBytes(copy), () => mergeAccumulators(partialOf(UNCHECKED), copy)]) {
      expect(use).toThrowError(expect.objectContaining({ name: 'InvalidInputError', issues: [expect.objectContaining({ code: 'evaluation.accumulatorCopy' })] }));
    }
    const [issue] = (() => {
      try {
        finalizeAccumulator(copy);
      } catch (error) {
        return (error as { issues: readonly { path: unknown; message: Record<string, string> }[] }).issues;
      }
      return [];
    })();
    expect(issue?.path).toEqual(['accumulator']);
    expect(issue?.message.en).toMatch(/^This is a copy of an accumulator/);
    // The same data through its columns form arrives whole.
    expect(THREE_SIDED_EVALUATION.groups.leadership.weight).toBeGreaterThan(0);
  });

  const codeOf = (value: unknown) => {
    try {
      finalizeAccumulator(value as ReturnType<typeof partialOf>);
    } catch (error) {
      return (error as { issues: readonly { code: string }[] }).issues.map((issue) => issue.code);
    }
    return [];
  };
  const copy = { policy: UNCHECKED, ballotCount: 3, nextIndex: 3, subjectCount: 1 };

  it('is told apart from an object that only looks like one: each of the four fields must be there, the counts numbers', () => {
    expect(codeOf(copy)).toEqual(['evaluation.accumulatorCopy']);
    const { policy: _policy, ...withoutPolicy } = copy;
    for (const fake of [withoutPolicy, { ...copy, ballotCount: '3' }, { ...copy, nextIndex: undefined }, { ...copy, subjectCount: null }, null, 'accumulator']) {
      expect(codeOf(fake)).toEqual(['input.expected']);
    }
  });
});
