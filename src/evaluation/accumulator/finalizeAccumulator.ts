import { finalizeState } from './_engine/_finalize';
import { stateOf } from './_engine/_state';
import type { EvaluationAccumulator, EvaluationResult } from './types';

/**
 * Turns an accumulator into the evaluation result: per subject, each group's figure (rounded once,
 * half away from zero, to the policy's precision), the combined score and the subject's issues;
 * and the run's issues. Subjects come in the order of their first ballot in the collection.
 *
 * Under a policy with problems (see the run's issues) no figures are given: `subjects` is empty.
 *
 * How a group's figure is computed from its counted scores: `mean` — their sum ÷ their number;
 * `trimmedMean` — drop the `dropHighest` highest and `dropLowest` lowest, then the mean of the rest
 * (needs more ballots than it drops); `median` — the middle score, or the mean of the two middle
 * ones. The combined score is Σ weight × figure ÷ Σ weight over the counted groups, using each
 * figure as published, so a reader can recompute it from the 公示 table; a missing or
 * under-filled group is left out (`renormalize`), counted as 0 at its weight (`zero`), or blocks
 * the combined score (`error`). A subject whose counted groups fall short of the policy's
 * `minimum` has no combined score (see `EvaluationMinimum`).
 *
 * @param accumulator - the accumulator. Not modified.
 * @returns the result.
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module
 *   (a copy, or the JSON form: read that with `accumulatorFromJson`).
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, DEMOCRATIC_ASSESSMENT, finalizeAccumulator } from 'cxzy/evaluation';
 * const scores = [95, 88, 90, 70, 92];
 * const ballots = scores.map((score, index) => ({ subjectId: 'm01', evaluatorId: `b${index}`, group: 'peer', score }));
 * const [result] = finalizeAccumulator(addBallots(createAccumulator(DEMOCRATIC_ASSESSMENT), ballots)).subjects;
 * result?.groups.peer.value; // 90: (88 + 90 + 92) ÷ 3 once 95 and 70 are dropped
 * result?.groups.peer.dropped; // { highest: [95], lowest: [70] }
 * result?.combined; // 90
 * ```
 */
export function finalizeAccumulator<G extends string>(accumulator: EvaluationAccumulator<G>): EvaluationResult<G> {
  return finalizeState<G>(stateOf(accumulator));
}
