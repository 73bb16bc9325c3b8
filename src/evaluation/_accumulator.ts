/**
 * Accumulators are frozen plain objects; their state lives here, out of reach (private), so that
 * an application can freeze, compare or log an accumulator without touching typed arrays.
 */
import type { State } from './_state';
import type { EvaluationAccumulator } from './types';

const states = new WeakMap<object, State>();

/** A new accumulator over a finished state. */
export function wrapState<G extends string>(state: State): EvaluationAccumulator<G> {
  const accumulator = Object.freeze({
    policy: state.compiled.policy,
    ballotCount: state.ballotCount,
    nextIndex: state.nextIndex,
    subjectCount: state.size,
  });
  states.set(accumulator, state);
  return accumulator as unknown as EvaluationAccumulator<G>;
}

/**
 * The state of an accumulator.
 *
 * @throws {TypeError} when `accumulator` was not made by this module (a copy or a JSON object).
 */
export function stateOf(accumulator: EvaluationAccumulator<string>): State {
  const state = states.get(accumulator);
  if (state === undefined) {
    throw new TypeError('Not an evaluation accumulator: use createAccumulator or accumulatorFromJson');
  }
  return state;
}
