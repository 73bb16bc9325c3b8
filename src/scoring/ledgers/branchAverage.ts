import { assertInput, expectList, type InputIssues } from '../../core/input';
import { divideRounded, fromHundredths, roundHundredths } from '../_hundredths';

/**
 * The average of a branch's totals, rounded once, half away from zero, to hundredths: the base of
 * a member who transfers in mid-year. Each total is first read to the hundredth. The sum is exact
 * however large the totals are, so the average of finite totals is always finite.
 *
 * @param totals - the totals (ledger totals, assessment totals). Not modified.
 * @returns the average, or `undefined` for no totals or a total that is not a finite number (a
 *   text `"80"`, a hole in a sparse list, `NaN`).
 * @throws {@link InvalidInputError} when `totals` is not a list (`['totals']`).
 *
 * @example
 * ```ts
 * import { branchAverage } from 'cxzy/scoring';
 * branchAverage([80, 85, 90.5]); // 85.17
 * branchAverage([]); // undefined
 * branchAverage([1e308, 1e308]); // 1e308
 * ```
 */
export function branchAverage(totals: readonly number[]): number | undefined {
  const issues: InputIssues = [];
  expectList(totals, ['totals'], issues);
  assertInput(issues);
  if (totals.length === 0) return undefined;
  // A loop, not `every`, which skips the holes of a sparse list.
  for (let index = 0; index < totals.length; index += 1) if (!Number.isFinite(totals[index])) return undefined;
  // Whole hundredths add up exactly while every partial sum stays a safe integer; past that, in BigInt.
  let sum = 0;
  for (const total of totals) {
    sum += roundHundredths(total);
    if (!Number.isSafeInteger(sum)) return exactAverage(totals);
  }
  return fromHundredths(divideRounded(sum, totals.length));
}

/**
 * The same average for totals whose hundredths add up past 2^53 (or past the largest double): the
 * sum in BigInt hundredths, divided with the same rounding, and only the result made a number.
 */
function exactAverage(totals: readonly number[]): number {
  let sum = 0n;
  for (const total of totals) {
    // A whole total's hundredths are exactly 100 times it; a total with a fraction is below 2^52,
    // so its rounded hundredths are a finite whole double.
    sum += Number.isInteger(total) ? BigInt(total) * 100n : BigInt(roundHundredths(total));
  }
  const count = BigInt(totals.length);
  const negative = sum < 0n;
  const magnitude = negative ? -sum : sum;
  let quotient = magnitude / count;
  if (2n * (magnitude % count) >= count) quotient += 1n;
  const signed = negative ? -quotient : quotient;
  // Whole units first, then the hundredths: the hundredths alone may be past the largest double.
  return Number(signed / 100n) + Number(signed % 100n) / 100;
}
