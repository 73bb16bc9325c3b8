/**
 * Exact decimal arithmetic shared by the modules (private). Scores have at most two decimals, so
 * sums are kept in whole units (hundredths) and a result is one integer division rounded half away
 * from zero (四舍五入): no accumulated float error can move it.
 */

/** Relative tolerance under which `value × unitsPerOne` is taken for a whole number of units. */
const NOISE = 1e-9;

/**
 * `value` in units of `1 / unitsPerOne` (hundredths for a score), or `undefined` when it is not a
 * finite number or has more decimals than that. The one reading of "at most two decimals" that
 * every module shares: float noise in an input (`0.1 + 0.2`, an app's own sum) is read as the
 * decimal it stands for; a true further decimal (`33.333`, `80.125`) is not.
 */
export function toUnits(value: number, unitsPerOne: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const scaled = value * unitsPerOne;
  const units = Math.round(scaled) + 0;
  // Dividing an integer by a power of ten gives the double nearest the decimal, which is what a
  // literal with that many decimals parses to: the common, exact case.
  if (units / unitsPerOne === value) return units;
  return Math.abs(scaled - units) <= NOISE * Math.max(1, Math.abs(scaled)) ? units : undefined;
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
