import { stateOf, wrapState } from './_accumulator';
import { Draft } from './_state';
import type { EvaluationAccumulator } from './types';

/**
 * Merges two partial evaluations of disjoint sets of ballots into one. Merging is associative and
 * commutative and the empty accumulator is its identity, so partials computed on any split of the
 * ballots (threads, processes, a data engine's partitions) merge, in any order, into exactly the
 * single-pass result. It costs time in proportion to the subjects of `right` (and, for medians and
 * checked duplicates, their ballots).
 *
 * Merging the same partial twice counts its ballots twice: keep track of which shards were merged.
 *
 * @param left - one partial. Not modified.
 * @param right - another partial under the same policy. Not modified.
 * @returns a new accumulator holding the ballots of both.
 * @throws {TypeError} when the two were made under different policies (compared by content), or
 *   one was not made by this module.
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, finalizeAccumulator, mergeAccumulators, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const empty = createAccumulator(THREE_SIDED_EVALUATION);
 * const shardA = addBallots(empty, [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }], { firstIndex: 0 });
 * const shardB = addBallots(empty, [{ subjectId: 'm01', evaluatorId: 'l2', group: 'leadership', score: 80 }], { firstIndex: 1 });
 * finalizeAccumulator(mergeAccumulators(shardB, shardA)).subjects[0]?.groups.leadership.value; // 85
 * ```
 */
export function mergeAccumulators<G extends string>(
  left: EvaluationAccumulator<G>,
  right: EvaluationAccumulator<G>,
): EvaluationAccumulator<G> {
  const leftState = stateOf(left);
  const rightState = stateOf(right);
  if (leftState.compiled !== rightState.compiled && leftState.compiled.fingerprint !== rightState.compiled.fingerprint) {
    throw new TypeError('Cannot merge partial evaluations made under different policies');
  }
  const draft = new Draft(leftState);
  draft.absorb(rightState);
  return wrapState<G>(draft.finish());
}
