import { compilePolicy } from '../policy/_compilePolicy';
import type { AggregationPolicy } from '../policy/types';
import { emptyState, wrapState } from './_engine/_state';
import type { EvaluationAccumulator } from './types';

/**
 * An empty accumulator for a policy: the start of an evaluation spread over chunks, workers or a
 * data engine. Merging it with any accumulator changes nothing.
 *
 * @param policy - the aggregation policy. Not modified. A policy with problems — not shaped as
 *   one (`input.*`, paths from `['policy']`) or with values it does not allow (`evaluation.*`) — is
 *   reported by `finalizeAccumulator`, not here, and no ballot added to it is read. A policy that
 *   is not an object at all (`NaN`, a text) is kept as `null` in the accumulator's `policy`, as its
 *   JSON form holds it. Without `scale`, scores lie on the 100-point scale.
 * @returns an accumulator with no ballots.
 *
 * @example
 * ```ts
 * import { createAccumulator, SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const empty = createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
 * empty.ballotCount; // 0
 * empty.subjectCount; // 0
 * ```
 */
export function createAccumulator<G extends string>(policy: AggregationPolicy<G>): EvaluationAccumulator<G> {
  return wrapState<G>(emptyState(compilePolicy(policy as AggregationPolicy<string>)));
}
