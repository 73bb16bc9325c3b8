/**
 * Exact decimal arithmetic for evaluation figures (private). Scores have at most two decimals, so
 * every sum is kept in integer hundredths; a figure is one integer division rounded half away from
 * zero (四舍五入), so no accumulated float error can move a result. All integers stay far below
 * 2^53: a subject's group of 10,000 ballots on a 100-point scale sums to 10^8 hundredths.
 */

import { divideRounded, toUnits } from '../core/_decimal';

export { divideRounded, toUnits };

/** Hundredths in one point: scores have at most two decimals. */
export const HUNDREDTHS = 100;

/** Weights have at most four decimals, so they are kept in ten-thousandths. */
export const WEIGHT_UNITS = 10_000;

/** The most decimals a figure may be given with. */
export const MAX_PRECISION = 4;

/** Whether `value` is a whole number from `min` up. */
export function isWholeAtLeast(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}
