import type { IssuePath, ParseResult } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES } from '../messages';
import { canonicalJson, compilePolicy, type CompiledGroup, type CompiledPolicy } from '../policy/_compilePolicy';
import type { AggregationPolicy } from '../policy/types';
import { emptyLog, type BallotLog } from './_engine/_ballotLog';
import { arrayAt, fail, InvalidPartial, invalidPartialIssue, objectAt, readRecord, wholeAt } from './_engine/_partialReader';
import { wrapState, type Column, type State } from './_engine/_state';
import type { EvaluationAccumulator } from './types';

/**
 * Reads the columns form of a partial evaluation (from `accumulatorToColumns`, typically received
 * from a worker thread) back into an accumulator for `policy`. Everything is checked before it is
 * used, so that a partial that is not one gives an issue, never a crash and never a wrong figure:
 * the format and version, the policy (compared by content), every column's kind and length, ids
 * (non-empty, each once: the order by id must sort them strictly), whole counts and positions,
 * scores in hundredths within the policy's scale, kept extremes in order, sums a group's ballots
 * could add up to, and the records. The arrays are copied: changing `columns` afterwards does not
 * change the accumulator.
 *
 * @param columns - the columns form. Not modified.
 * @param policy - the policy the application runs the evaluation under. Not modified.
 * @returns `{ success: true, data: accumulator }`, or `{ success: false, issues }`: the `input.*`
 *   issues of a `policy` that is not shaped as one (paths from `['policy']`), or one issue,
 *   `evaluation.partialPolicyMismatch`, or `evaluation.invalidPartial` pointing at the first part
 *   that is not a partial (such as `['groups', 1, 'sum', 523]`).
 *
 * @example
 * ```ts
 * import { accumulatorFromColumns, accumulatorToColumns, addBallots, createAccumulator, finalizeAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const partial = addBallots(createAccumulator(THREE_SIDED_EVALUATION), [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }]);
 * const received = structuredClone(accumulatorToColumns(partial)); // as postMessage delivers it
 * const read = accumulatorFromColumns(received, THREE_SIDED_EVALUATION);
 * if (read.success) finalizeAccumulator(read.data).subjects[0]?.groups.leadership.value; // 90
 * const broken = accumulatorFromColumns({ ...received, first: new Float64Array([-1]) }, THREE_SIDED_EVALUATION);
 * if (!broken.success) broken.issues[0]?.path; // ['first', 0]
 * ```
 */
export function accumulatorFromColumns<G extends string>(columns: unknown, policy: AggregationPolicy<G>): ParseResult<EvaluationAccumulator<G>> {
  const compiled = compilePolicy(policy as AggregationPolicy<string>);
  // A policy that is not shaped as one cannot be compared with the partial's: say so, not "mismatch".
  const shape = compiled.issues.filter((issue) => issue.code.startsWith('input.'));
  if (shape.length > 0) return { success: false, issues: shape };
  try {
    const data = objectAt(columns, []);
    if (data.format !== 'cxzy.evaluation.columns') fail(['format']);
    if (data.version !== 1) fail(['version']);
    if (canonicalJson(data.policy) !== compiled.fingerprint) {
      return { success: false, issues: [createIssue(EVALUATION_MESSAGES, 'evaluation.partialPolicyMismatch', 'error', ['policy'], {})] };
    }
    return { success: true, data: wrapState<G>(readColumns(data, compiled)) };
  } catch (error) {
    /* c8 ignore next -- only the reader's own signal is caught */
    if (!(error instanceof InvalidPartial)) throw error;
    return { success: false, issues: [invalidPartialIssue(error.path)] };
  }
}

/**
 * The state of a columns partial whose format and policy were checked.
 *
 * @throws {@link InvalidPartial} at the first part that is not a partial.
 */
export function readColumns(data: Readonly<Record<string, unknown>>, compiled: CompiledPolicy): State {
  const order = arrayAt(data.groupOrder, ['groupOrder']);
  if (order.length !== compiled.groups.length || compiled.groups.some((group, index) => order[index] !== group.code)) fail(['groupOrder']);
  const ids = arrayAt(data.subjectIds, ['subjectIds']);
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index];
    if (typeof id !== 'string' || id === '') fail(['subjectIds', index]);
  }
  const subjectIds = ids as readonly string[];
  const size = subjectIds.length;
  const byId = typedAt(data.byId, Int32Array, size, ['byId']);
  // A permutation along which the ids strictly increase: every id once, and the order to merge by.
  const placed = new Uint8Array(size);
  for (let at = 0; at < size; at += 1) {
    const subject = byId[at]!;
    if (subject < 0 || subject >= size || placed[subject] === 1) fail(['byId', at]);
    placed[subject] = 1;
    if (at > 0 && !(subjectIds[byId[at - 1]!]! < subjectIds[subject]!)) fail(['byId', at]);
  }
  const first = typedAt(data.first, Float64Array, size, ['first']);
  for (let index = 0; index < size; index += 1) {
    if (!isWhole(first[index]!)) fail(['first', index]);
  }
  const groups = arrayAt(data.groups, ['groups']);
  if (groups.length !== compiled.groups.length) fail(['groups']);
  const range = scoreRange(compiled);
  const columns = compiled.groups.map((group, index) => readGroup(groups[index], group, size, range, ['groups', index]));
  const records = arrayAt(data.records, ['records']).map((record, index) => readRecord(record, ['records', index]));
  return {
    compiled,
    registry: { numberOf: undefined, ids: subjectIds.slice() },
    size,
    capacity: size,
    first,
    byId,
    columns,
    log: readBallots(data.ballots, compiled, size, range),
    logLength: (data.ballots as { subjects: Int32Array }).subjects.length,
    records,
    ballotCount: wholeAt(data.ballotCount, ['ballotCount']),
    nextIndex: wholeAt(data.nextIndex, ['nextIndex']),
  };
}

/** The hundredths a score may have under the policy's scale. */
interface Range {
  readonly min: number;
  readonly max: number;
}

function scoreRange(compiled: CompiledPolicy): Range {
  return { min: Math.ceil(compiled.range.min * 100 - 1e-9), max: Math.floor(compiled.range.max * 100 + 1e-9) };
}

type TypedArray = Int32Array | Float64Array;

/** A copy of a typed array of the kind `kind` and `length` elements at `path`. */
function typedAt<T extends TypedArray>(value: unknown, kind: { new (source: ArrayLike<number>): T; prototype: T }, length: number, path: IssuePath): T {
  if (!(value instanceof kind) || value.length !== length) fail(path);
  return new kind(value as T);
}

/** Whether a number is a score in hundredths: an integer within the scale. */
function isScore(value: number, range: Range): boolean {
  return Number.isSafeInteger(value) && value >= range.min && value <= range.max;
}

/** Whether a number is a whole number of at least 0 (a count, a position). */
function isWhole(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function readGroup(value: unknown, group: CompiledGroup, size: number, range: Range, path: IssuePath): Column {
  const data = objectAt(value, path);
  if (data.store !== group.store) fail([...path, 'store']);
  if (group.store === 'ballots') return { store: 'ballots' };
  if (group.store === 'scores') {
    const offsets = typedAt(data.offsets, Float64Array, size + 1, [...path, 'offsets']);
    const scores = data.scores;
    if (!(scores instanceof Float64Array)) fail([...path, 'scores']);
    if (offsets[0] !== 0 || offsets[size] !== scores.length) fail([...path, 'offsets']);
    const lists: (number[] | undefined)[] = new Array<number[] | undefined>(size);
    for (let subject = 0; subject < size; subject += 1) {
      const from = offsets[subject]!;
      const to = offsets[subject + 1]!;
      if (!isWhole(to) || to < from) fail([...path, 'offsets', subject + 1]);
      if (to === from) continue;
      for (let at = from; at < to; at += 1) {
        if (!isScore(scores[at]!, range)) fail([...path, 'scores', at]);
      }
      lists[subject] = Array.from(scores.subarray(from, to));
    }
    return { store: 'scores', lists };
  }
  const { dropHighest, dropLowest } = group;
  const count = typedAt(data.count, Float64Array, size, [...path, 'count']);
  const sum = typedAt(data.sum, Float64Array, size, [...path, 'sum']);
  const highest = typedAt(data.highest, Float64Array, size * dropHighest, [...path, 'highest']);
  const lowest = typedAt(data.lowest, Float64Array, size * dropLowest, [...path, 'lowest']);
  for (let subject = 0; subject < size; subject += 1) {
    const ballots = count[subject]!;
    if (!isWhole(ballots)) fail([...path, 'count', subject]);
    const total = sum[subject]!;
    if (!Number.isSafeInteger(total) || total < ballots * range.min || total > ballots * range.max) fail([...path, 'sum', subject]);
    extremes(highest, subject * dropHighest, Math.min(ballots, dropHighest), 1, range, path, 'highest');
    extremes(lowest, subject * dropLowest, Math.min(ballots, dropLowest), -1, range, path, 'lowest');
  }
  return { store: 'stats', count, sum, highest, lowest };
}

/** Checks a subject's kept extremes, most extreme first: `direction` 1 for the highest, -1 for the lowest. */
function extremes(list: Float64Array, offset: number, kept: number, direction: 1 | -1, range: Range, path: IssuePath, field: string): void {
  for (let at = offset; at < offset + kept; at += 1) {
    if (!isScore(list[at]!, range) || (at > offset && (list[at]! - list[at - 1]!) * direction > 0)) fail([...path, field, at]);
  }
}

/** The checked ballots, as one chunk of new ballots (as `accumulatorFromJson` reads them). */
function readBallots(value: unknown, compiled: CompiledPolicy, size: number, range: Range): BallotLog {
  const path = ['ballots'];
  const data = objectAt(value, path);
  const subjectsValue = data.subjects;
  if (!(subjectsValue instanceof Int32Array)) fail([...path, 'subjects']);
  // The subjects set the log's length; every other column must have it.
  const subjects = subjectsValue;
  const length = subjects.length;
  const groups = typedAt(data.groups, Int32Array, length, [...path, 'groups']);
  const hundredths = typedAt(data.hundredths, Float64Array, length, [...path, 'hundredths']);
  const positions = typedAt(data.positions, Float64Array, length, [...path, 'positions']);
  const evaluators = arrayAt(data.evaluators, [...path, 'evaluators']);
  if (evaluators.length !== length) fail([...path, 'evaluators']);
  for (let entry = 0; entry < length; entry += 1) {
    if (subjects[entry]! < 0 || subjects[entry]! >= size) fail([...path, 'subjects', entry]);
    if (compiled.groups[groups[entry]!]?.store !== 'ballots') fail([...path, 'groups', entry]);
    if (!isScore(hundredths[entry]!, range)) fail([...path, 'hundredths', entry]);
    if (!isWhole(positions[entry]!)) fail([...path, 'positions', entry]);
    const evaluator = evaluators[entry];
    if (typeof evaluator !== 'string' || evaluator === '') fail([...path, 'evaluators', entry]);
  }
  if (length === 0) return emptyLog();
  const serials = new Uint32Array(length);
  for (let entry = 0; entry < length; entry += 1) serials[entry] = entry;
  return {
    subjects,
    groups,
    hundredths,
    positions,
    chunkOf: new Int32Array(length),
    serials,
    evaluators: evaluators.slice() as string[],
    chunks: [{}],
    length,
  };
}
