import { InvalidInputError } from '../../core/input';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES } from '../messages';
import { Draft } from './_engine/_draft';
import { stateOf, wrapState } from './_engine/_state';
import type { EvaluationAccumulator } from './types';

/**
 * Merges partial evaluations of disjoint sets of ballots into one. Merging is associative and
 * commutative and the empty accumulator is its identity, so partials computed on any split of the
 * ballots (threads, processes, a data engine's partitions) merge, in any order, into exactly the
 * single-pass result. Give all the partials to one call when you have them: it copies the running
 * figures once and then costs time in proportion to the subjects of the others (and, for medians
 * and checked duplicates, their ballots). Partials read from their columns or bytes form (and
 * merges of them) know their subjects' order by id, and merge by walking the two sorted id tables
 * side by side, a string comparison a subject; others match subjects by id (at once where a subject
 * has the same number in both, as in partials of one collection's consecutive chunks).
 *
 * Merging the same partial twice counts its ballots twice: keep track of which shards were merged.
 *
 * @param first - one partial. Not modified.
 * @param others - more partials under the same policy. Not modified.
 * @returns a new accumulator holding the ballots of all.
 * @throws {@link InvalidInputError} (a `TypeError`) when a partial was made under a different
 *   policy (compared by content; `evaluation.partialPolicyMismatch` at `['others', i]`), or one was
 *   not made by this module (`input.expected` at `['first']` or `['others', i]`;
 *   `evaluation.accumulatorCopy` for a copy, such as an accumulator posted to another thread).
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, finalizeAccumulator, mergeAccumulators, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const empty = createAccumulator(THREE_SIDED_EVALUATION);
 * const shardA = addBallots(empty, [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }], { firstIndex: 0 });
 * const shardB = addBallots(empty, [{ subjectId: 'm01', evaluatorId: 'l2', group: 'leadership', score: 80 }], { firstIndex: 1 });
 * finalizeAccumulator(mergeAccumulators(shardB, shardA)).subjects[0]?.groups.leadership.value; // 85
 * mergeAccumulators(shardA, shardB, empty).ballotCount; // 2
 * ```
 */
export function mergeAccumulators<G extends string>(
  first: EvaluationAccumulator<G>,
  ...others: readonly EvaluationAccumulator<G>[]
): EvaluationAccumulator<G> {
  const firstState = stateOf(first, ['first']);
  const states = others.map((other, index) => {
    const state = stateOf(other, ['others', index]);
    if (state.compiled !== firstState.compiled && state.compiled.fingerprint !== firstState.compiled.fingerprint) {
      throw new InvalidInputError([createIssue(EVALUATION_MESSAGES, 'evaluation.partialPolicyMismatch', 'error', ['others', index], {})]);
    }
    return state;
  });
  const draft = new Draft(firstState);
  for (const state of states) draft.absorb(state);
  return wrapState<G>(draft.finish());
}
