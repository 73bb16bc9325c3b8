/**
 * Exact decimal arithmetic for evaluation figures (private). Scores have at most two decimals, so
 * every sum is kept in integer hundredths; a figure is one integer division rounded half away from
 * zero (四舍五入), so no accumulated float error can move a result. All integers stay far below
 * 2^53: a subject's group of 10,000 ballots on a 100-point scale sums to 10^8 hundredths.
 */

/** Hundredths in one point: scores have at most two decimals. */
export const HUNDREDTHS = 100;

/** Weights have at most four decimals, so they are kept in ten-thousandths. */
export const WEIGHT_UNITS = 10_000;

/** The most decimals a figure may be given with. */
export const MAX_PRECISION = 4;

/** `value` in units of `1 / unitsPerOne`, or `undefined` when it has more decimals than that. */
export function toUnits(value: number, unitsPerOne: number): number | undefined {
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

/** Whether `value` is a whole number from `min` up. */
export function isWholeAtLeast(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}
