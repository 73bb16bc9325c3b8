import type { Fraction } from './fraction';

/**
 * A measured rate of two counts — 践诺率, 整改完成率, evaluation coverage — kept exact: the two
 * counts, and `value`, their quotient for display, or `null` when there is nothing to count (a
 * rate of nothing is not 0 %). Decide on the counts; show `value`.
 *
 * A rate is a {@link Fraction} with its value worked out, so anything that reads a fraction's two
 * integers reads a rate too. One difference in what the counts may be: a fraction written into a
 * rule ("more than half") always has a positive denominator, while a measured rate may have counted
 * nothing (`0 / 0`, `value: null`).
 *
 * @example
 * ```ts
 * import type { Rate } from 'cxzy/commitment';
 * const threeOfFour: Rate = { numerator: 3, denominator: 4, value: 0.75 };
 * const nothingCounted: Rate = { numerator: 0, denominator: 0, value: null };
 * threeOfFour.value; // 0.75
 * ```
 */
export interface Rate extends Fraction {
  /** What was counted as a success: items fulfilled, items completed, subjects evaluated. */
  readonly numerator: number;
  /** Everything counted; `0` when nothing was. */
  readonly denominator: number;
  /** `numerator / denominator` in [0, 1], or `null` when `denominator` is 0. For display only. */
  readonly value: number | null;
}

/**
 * The rate of `numerator` out of `denominator`: the one place a rate's value is worked out, so
 * that 践诺率, 整改完成率 and coverage agree on what a rate of nothing is.
 */
export function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
