import { formatDayNumber, toDayNumber } from '../../core/_calendar';
import type { IsoDate } from '../../core/isoDate';
import type { Arbitrary, FastCheck } from './_fc';

/** The first day campaigns are generated from: 2000-01-01, as a day number. Internal. */
export const FIRST_DAY = /* @__PURE__ */ toDayNumber(2000, 1, 1);
/** The last day: 2035-12-31. Internal. */
export const LAST_DAY = /* @__PURE__ */ toDayNumber(2035, 12, 31);

/** A calendar date from a day number. Internal. */
export function dateOf(dayNumber: number): IsoDate {
  return formatDayNumber(dayNumber) as IsoDate;
}

/** A day number from `first` to `last`. Internal. */
export function day(fc: FastCheck, first: number, last: number): Arbitrary<number> {
  return fc.integer({ min: first, max: last });
}
