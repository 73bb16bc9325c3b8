/**
 * Exact decimal arithmetic shared by the modules (private). Scores have at most two decimals, so
 * sums are kept in whole units (hundredths) and a result is one integer division rounded half away
 * from zero (四舍五入): no accumulated float error can move it.
 */

/**
 * `value` in units of `1 / unitsPerOne`, or `undefined` when it is not finite or has more decimals
 * than that.
 */
export function toUnits(value: number, unitsPerOne: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const units = Math.round(value * unitsPerOne);
  // Dividing an integer by a power of ten gives the double nearest the decimal, which is what a
  // literal with that many decimals parses to: equality means "no more decimals than allowed".
  return units / unitsPerOne === value ? units : undefined;
}

/**
 * `numerator / denominator` rounded half away from zero; both are integers below 2^53 and
 * `denominator` is positive.
 */
export function divideRounded(numerator: number, denominator: number): number {
  const negative = numerator < 0;
  const magnitude = negative ? -numerator : numerator;
  // The float quotient is correctly rounded, and it could only round up to the next integer if
  // magnitude were at least 2^54; below 2^53 its floor is the exact integer quotient.
  let quotient = Math.floor(magnitude / denominator);
  if (2 * (magnitude - quotient * denominator) >= denominator) quotient += 1;
  return negative && quotient !== 0 ? -quotient : quotient;
}
