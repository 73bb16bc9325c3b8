import { compareRecords, loggedBallots, subjectOrder } from './_engine/_order';
import { stateOf } from './_engine/_state';
import type { AccumulatorJson, EvaluationAccumulator, GroupPartialJson } from './types';

/**
 * The JSON form of a partial evaluation, to send from a worker thread or process, or to store
 * between runs; `accumulatorFromJson` reads it back. The form is canonical (subjects in order of
 * first ballot, scores and ballots sorted, policy keys sorted), so two partials holding the same
 * ballots give equal JSON whatever order they were merged in.
 *
 * @param accumulator - the accumulator. Not modified.
 * @returns plain data for `JSON.stringify`.
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module
 *   (a copy, or the JSON form: read that with `accumulatorFromJson`).
 *
 * @example
 * ```ts
 * import { accumulatorToJson, addBallots, createAccumulator, DEMOCRATIC_ASSESSMENT } from 'cxzy/evaluation';
 * const partial = addBallots(createAccumulator(DEMOCRATIC_ASSESSMENT), [
 *   { subjectId: 'm01', evaluatorId: '1', group: 'peer', score: 90 },
 *   { subjectId: 'm01', evaluatorId: '2', group: 'peer', score: 80.5 },
 * ]);
 * accumulatorToJson(partial).subjects;
 * // [{ id: 'm01', first: 0, groups: [{ count: 2, sum: 17050, highest: [9000], lowest: [8050] }] }]
 * ```
 */
export function accumulatorToJson(accumulator: EvaluationAccumulator<string>): AccumulatorJson {
  const state = stateOf(accumulator);
  const { groups } = state.compiled;
  const logged = state.compiled.checked ? loggedBallots(state) : undefined;
  const subjects = Array.from(subjectOrder(state), (subject) => ({
    id: state.registry.ids[subject]!,
    first: state.first[subject]!,
    groups: state.columns.map((column, groupIndex): GroupPartialJson => {
      if (column.store === 'stats') {
        const { dropHighest, dropLowest } = groups[groupIndex]!;
        const count = column.count[subject]!;
        return {
          count,
          sum: column.sum[subject]!,
          highest: Array.from(column.highest.subarray(subject * dropHighest, subject * dropHighest + Math.min(count, dropHighest))),
          lowest: Array.from(column.lowest.subarray(subject * dropLowest, subject * dropLowest + Math.min(count, dropLowest))),
        };
      }
      if (column.store === 'scores') return { scores: [...(column.lists[subject] ?? [])].sort((a, b) => a - b) };
      const bucket = subject * groups.length + groupIndex;
      const ballots: [string, number, number][] = [];
      for (let at = logged!.start[bucket]!; at < logged!.start[bucket + 1]!; at += 1) {
        ballots.push([logged!.evaluators[at]!, logged!.hundredths[at]!, logged!.positions[at]!]);
      }
      return { ballots };
    }),
  }));
  return {
    format: 'cxzy.evaluation.partial',
    version: 1,
    policy: JSON.parse(state.compiled.fingerprint) as AccumulatorJson['policy'],
    ballotCount: state.ballotCount,
    nextIndex: state.nextIndex,
    groupOrder: groups.map((group) => group.code),
    subjects,
    records: [...state.records].sort(compareRecords),
  };
}
