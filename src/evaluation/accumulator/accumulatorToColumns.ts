import { compareRecords } from './_engine/_order';
import { stateOf, type State } from './_engine/_state';
import type { AccumulatorColumns, BallotColumns, EvaluationAccumulator, GroupColumns } from './types';

/**
 * The columns form of a partial evaluation: typed arrays and one table of subject ids, to post
 * from a worker thread with its buffers transferred (`postMessage(columns,
 * partialTransferList(columns))`), so that the main thread receives it without a copy and reads it
 * back with `accumulatorFromColumns`. An accumulator itself cannot cross a thread: its data is
 * private, and a structured clone of it is refused. For a file, a socket or a queue, send
 * `accumulatorToBytes`; to read or compare partials, `accumulatorToJson`.
 *
 * Its size is a few dozen bytes a subject (for a mean or trimmed mean, duplicates unchecked), so
 * it grows with the subjects, not with the ballots. It carries the subjects' order by id, which
 * `mergeAccumulators` uses to merge partials read from this form by walking sorted id tables rather
 * than hashing every id; making it sorts the ids, in the worker, once.
 *
 * @param accumulator - the accumulator. Not modified.
 * @returns a new object whose typed arrays own their buffers (none is shared with the accumulator).
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module
 *   (`evaluation.accumulatorCopy` for a copy that crossed a thread, `input.expected` otherwise).
 *
 * @example
 * ```ts
 * import { accumulatorToColumns, addBallots, createAccumulator, DEMOCRATIC_ASSESSMENT } from 'cxzy/evaluation';
 * const partial = addBallots(createAccumulator(DEMOCRATIC_ASSESSMENT), [
 *   { subjectId: 'm02', evaluatorId: '1', group: 'peer', score: 90 },
 *   { subjectId: 'm01', evaluatorId: '1', group: 'peer', score: 80.5 },
 * ]);
 * const columns = accumulatorToColumns(partial);
 * columns.subjectIds; // ['m02', 'm01']
 * Array.from(columns.byId); // [1, 0]: m01 sorts first
 * columns.groups[0]; // { store: 'stats', count: Float64Array [1, 1], sum: Float64Array [9000, 8050], … }
 * ```
 */
export function accumulatorToColumns(accumulator: EvaluationAccumulator<string>): AccumulatorColumns {
  const state = stateOf(accumulator);
  const { size, compiled } = state;
  const subjectIds = state.registry.ids.slice(0, size);
  const groups = state.columns.map((column, groupIndex): GroupColumns => {
    if (column.store === 'stats') {
      const { dropHighest, dropLowest } = compiled.groups[groupIndex]!;
      return {
        store: 'stats',
        count: column.count.slice(0, size),
        sum: column.sum.slice(0, size),
        highest: column.highest.slice(0, size * dropHighest),
        lowest: column.lowest.slice(0, size * dropLowest),
      };
    }
    if (column.store === 'scores') {
      const offsets = new Float64Array(size + 1);
      for (let subject = 0; subject < size; subject += 1) offsets[subject + 1] = offsets[subject]! + (column.lists[subject]?.length ?? 0);
      const scores = new Float64Array(offsets[size]!);
      for (let subject = 0; subject < size; subject += 1) {
        const list = column.lists[subject];
        if (list !== undefined) scores.set(list, offsets[subject]!);
      }
      return { store: 'scores', offsets, scores };
    }
    return { store: 'ballots' };
  });
  return {
    format: 'cxzy.evaluation.columns',
    version: 1,
    policy: JSON.parse(compiled.fingerprint) as AccumulatorColumns['policy'],
    ballotCount: state.ballotCount,
    nextIndex: state.nextIndex,
    groupOrder: compiled.groups.map((group) => group.code),
    subjectIds,
    byId: state.byId === undefined ? sortedById(subjectIds) : state.byId.slice(0, size),
    first: state.first.slice(0, size),
    groups,
    ballots: ballotColumns(state),
    records: [...state.records].sort(compareRecords),
  };
}

/**
 * The buffers of a columns partial's typed arrays: the transfer list for `postMessage`, so that
 * they move to the receiving thread instead of being copied. After the transfer the sender's
 * arrays are empty: send a partial once.
 *
 * @param columns - the columns form, from `accumulatorToColumns`.
 * @returns each distinct buffer once.
 *
 * @example
 * ```ts
 * import { accumulatorToColumns, createAccumulator, partialTransferList, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const columns = accumulatorToColumns(createAccumulator(THREE_SIDED_EVALUATION));
 * const { port1, port2 } = new MessageChannel();
 * port1.postMessage(columns, partialTransferList(columns));
 * port1.close();
 * port2.close();
 * columns.first.length; // 0: its buffer went with the message
 * ```
 */
export function partialTransferList(columns: AccumulatorColumns): ArrayBuffer[] {
  const arrays: unknown[] = [columns?.byId, columns?.first];
  const groups: unknown = columns?.groups;
  if (Array.isArray(groups)) {
    for (const group of groups as unknown[]) {
      if (typeof group === 'object' && group !== null) arrays.push(...Object.values(group));
    }
  }
  const ballots: unknown = columns?.ballots;
  if (typeof ballots === 'object' && ballots !== null) arrays.push(...Object.values(ballots));
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    if (ArrayBuffer.isView(array) && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  }
  return [...buffers];
}

/** The subject numbers of `ids` in the order of their ids, by UTF-16 code units. */
function sortedById(ids: readonly string[]): Int32Array {
  // A plain list sorts with a comparator several times faster than a typed array does.
  const order = Array.from({ length: ids.length }, (_, index) => index);
  order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  return Int32Array.from(order);
}

/** The log's entries as columns; empty when no ballot is logged. */
function ballotColumns(state: State): BallotColumns {
  const { log, logLength } = state;
  return {
    subjects: log.subjects.slice(0, logLength),
    groups: log.groups.slice(0, logLength),
    hundredths: log.hundredths.slice(0, logLength),
    positions: log.positions.slice(0, logLength),
    evaluators: log.evaluators.slice(0, logLength),
  };
}
