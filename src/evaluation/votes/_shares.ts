/** Exact comparisons with fractions (private): "more than half" never depends on a float. */
import type { Fraction } from '../../core/fraction';
import type { ShareThreshold } from './types';

/** Whether `part` out of `whole` reaches the threshold. */
export function reaches(part: number, whole: number, threshold: ShareThreshold): boolean {
  const left = part * threshold.share.denominator;
  const right = threshold.share.numerator * whole;
  return threshold.inclusive ? left >= right : left > right;
}

/** The fewest of `whole` that reach the threshold. */
export function fewestReaching(whole: number, threshold: ShareThreshold): number {
  const { numerator, denominator }: Fraction = threshold.share;
  const exact = numerator * whole;
  const floor = Math.floor(exact / denominator);
  if (threshold.inclusive) return floor * denominator === exact ? floor : floor + 1;
  return floor + 1;
}

