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

/** How messages name the numbers of a meeting. */
export const COUNT_FIELD_LABELS = {
  entitled: { fieldZh: '应到会人数', fieldEn: 'entitled' },
  present: { fieldZh: '实到会人数', fieldEn: 'present' },
  inFavour: { fieldZh: '赞成票数', fieldEn: 'in-favour' },
  against: { fieldZh: '反对票数', fieldEn: 'against' },
  abstaining: { fieldZh: '弃权票数', fieldEn: 'abstaining' },
} as const;
