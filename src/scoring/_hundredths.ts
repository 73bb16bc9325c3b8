/**
 * Exact score arithmetic. Scores are decimals with at most two fractional digits, so every sum is
 * done on whole hundredths and a result becomes a number only at the end (`h / 100` is the double
 * nearest the decimal, so `8000 / 100` prints `80`). Float noise in an input (`0.1 + 0.2`) is
 * read as the decimal it stands for; a true third decimal (`33.333`) is not.
 */

import { divideRounded, toUnits } from '../core/_decimal';

export { divideRounded };

/** The whole hundredths of a finite number with at most two decimals, or `undefined`: core's one reading. */
export function exactHundredths(value: number): number | undefined {
  return toUnits(value, 100);
}

/**
 * A number rounded half away from zero (四舍五入) to whole hundredths, as the decimal it was written
 * as: `1.005` rounds to 1.01 although its double is a little below 1.005.
 */
export function roundHundredths(value: number): number {
  const scaled = Number((value * 100).toPrecision(15));
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return rounded + 0;
}

/** A number of hundredths as the score it stands for. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** Whether two numbers make a fraction of whole numbers, numerator ≥ 0 and denominator ≥ 1. */
export function isFraction(numerator: number, denominator: number): boolean {
  return Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && numerator >= 0 && denominator >= 1;
}
