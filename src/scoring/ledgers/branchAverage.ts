import { divideRounded, fromHundredths, roundHundredths } from '../_hundredths';

/**
 * The average of a branch's totals, rounded once, half away from zero, to hundredths: the base of
 * a member who transfers in mid-year. Each total is first read to the hundredth.
 *
 * @param totals - the totals (ledger totals, assessment totals). Not modified.
 * @returns the average, or `undefined` for no totals or a total that is not a finite number.
 *
 * @example
 * ```ts
 * import { branchAverage } from 'cxzy/scoring';
 * branchAverage([80, 85, 90.5]); // 85.17
 * branchAverage([]); // undefined
 * ```
 */
export function branchAverage(totals: readonly number[]): number | undefined {
  if (totals.length === 0 || !totals.every(Number.isFinite)) return undefined;
  const sum = totals.reduce((acc, total) => acc + roundHundredths(total), 0);
  return fromHundredths(divideRounded(sum, totals.length));
}
