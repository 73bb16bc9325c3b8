/**
 * A fraction written as two integers, so that "more than half" or "two thirds" is exact.
 *
 * @example
 * ```ts
 * import type { Fraction } from 'cxzy/evaluation';
 * const half: Fraction = { numerator: 1, denominator: 2 };
 * ```
 */
export interface Fraction {
  /** The numerator, a non-negative integer. */
  readonly numerator: number;
  /** The denominator, a positive integer. */
  readonly denominator: number;
}
