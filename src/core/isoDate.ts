import { dayNumberOfText, FIRST_DAY_NUMBER, formatDayNumber, LAST_DAY_NUMBER } from './_calendar';
import { CalendarRangeError } from './calendarRangeError';
import { showValue } from './_showValue';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` (China has one time zone and campaign dates have no time of
 * day), from {@link MIN_ISO_DATE} to {@link MAX_ISO_DATE} in the Gregorian calendar. The brand means
 * the string was checked: `2010-02-30` is not an `IsoDate`. Get one from
 * {@link isoDate} for a literal, {@link isIsoDate} for a value at hand, or a `cxzy/schema` parser
 * for untrusted input. Because the format sorts like the calendar, `<` and `>` compare two dates.
 *
 * Dates are days, not instants: every function on them is whole-number arithmetic on the
 * calendar, never a `Date` in the process's time zone, so results are the same in every zone,
 * including zones that skipped a day (Pacific/Kiritimati has no 1994-12-31, yet it is an
 * `IsoDate`).
 *
 * @example
 * ```ts
 * import { isoDate, type IsoDate } from 'cxzy/schedule';
 * const opening: IsoDate = isoDate('2010-09-08');
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`: a month from 01 to 12 and a day
 * that month has (29 February only in a leap year: every fourth year, but of the centuries only
 * those divisible by 400). It never consults the time zone.
 *
 * @param value - anything.
 * @returns `true` for `'2012-02-29'`; `false` for `'2010-02-30'`, `'2010-2-3'`, or a non-string.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'cxzy/schedule';
 * isIsoDate('2012-02-29'); // true
 * isIsoDate('2011-02-29'); // false: 2011 is not a leap year
 * isIsoDate('1900-02-29'); // false
 * // Pacific/Kiritimati skipped this day; the calendar did not.
 * isIsoDate('1994-12-31'); // true
 * isIsoDate('2010年9月8日'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayNumberOfText(value) !== undefined;
}

/**
 * The first date an {@link IsoDate} can be: 1 January of year 0000 (1 BC, as ISO 8601 counts the
 * years before year 1).
 *
 * @example
 * ```ts
 * import { addDays, MIN_ISO_DATE } from 'cxzy/schedule';
 * MIN_ISO_DATE; // '0000-01-01'
 * addDays(MIN_ISO_DATE, 366); // '0001-01-01'
 * ```
 */
export const MIN_ISO_DATE = '0000-01-01' as IsoDate;

/**
 * The last date an {@link IsoDate} can be, the last that `YYYY-MM-DD` can write: 31 December 9999.
 * Check against it before adding days to a date from input, or let {@link addDays} throw.
 *
 * @example
 * ```ts
 * import { daysBetween, isoDate, MAX_ISO_DATE } from 'cxzy/schedule';
 * MAX_ISO_DATE; // '9999-12-31'
 * // A year after 9999-06-01 is no date: check before adding 365 days.
 * daysBetween(MAX_ISO_DATE, isoDate('9999-06-01')) >= 365; // false
 * ```
 */
export const MAX_ISO_DATE = '9999-12-31' as IsoDate;

/**
 * Checks a date literal and brands it. Meant for dates written in code and tests; for input from
 * users use {@link isIsoDate} or the `cxzy/schema` parsers, which report instead of throwing.
 *
 * @param text - a date written `YYYY-MM-DD`.
 * @returns the same text, as an {@link IsoDate}.
 * @throws {@link CalendarRangeError} (a `RangeError`, `reason` `'notADate'`) if `text` is not a
 *   calendar date: a programming error in a literal.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * isoDate('2021-07-01'); // '2021-07-01'
 * ```
 */
export function isoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new CalendarRangeError('notADate', `Not a calendar date written YYYY-MM-DD: ${described(text)}`);
  return text;
}

/**
 * The date `days` calendar days after `date` (before it, for a negative number). Whole-number
 * arithmetic on the calendar: no time zone, no daylight saving, no skipped day can change it.
 *
 * @param date - the date to start from.
 * @param days - a whole number of days, negative to go back.
 * @returns the new date.
 * @throws {@link CalendarRangeError} (a `RangeError`) instead of returning a string that is not a
 *   date: `reason` is `'notWholeDays'` when `days` is not a whole number (`0.5`, `NaN`,
 *   `Infinity`), `'outOfRange'` when the result would fall before {@link MIN_ISO_DATE} or after
 *   {@link MAX_ISO_DATE}, and `'notADate'` when `date` is not a real `IsoDate` (a brand forged with
 *   `as`).
 *
 * @example
 * ```ts
 * import { addDays, isoDate } from 'cxzy/schedule';
 * addDays(isoDate('2012-02-28'), 1); // '2012-02-29'
 * addDays(isoDate('2012-03-01'), -1); // '2012-02-29'
 * addDays(isoDate('1994-12-30'), 1); // '1994-12-31'
 * ```
 *
 * @example
 * ```ts
 * import { addDays, CalendarRangeError, isoDate } from 'cxzy/schedule';
 * const reason = (days: number) => {
 *   try {
 *     addDays(isoDate('9999-12-31'), days);
 *     return 'none';
 *   } catch (error) {
 *     return error instanceof CalendarRangeError ? error.reason : 'other';
 *   }
 * };
 * reason(0); // 'none'
 * reason(1); // 'outOfRange'
 * reason(0.5); // 'notWholeDays'
 * reason(Number.NaN); // 'notWholeDays'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const from = dayNumberOf(date);
  if (!Number.isInteger(days)) throw new CalendarRangeError('notWholeDays', `Not a whole number of days: ${described(days)}`);
  const to = from + days;
  if (to < FIRST_DAY_NUMBER || to > LAST_DAY_NUMBER) {
    throw new CalendarRangeError('outOfRange', `${date} + ${days} days is outside ${MIN_ISO_DATE} … ${MAX_ISO_DATE}`);
  }
  return formatDayNumber(to) as IsoDate;
}

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later. Always a whole
 * number, whatever the time zone: 1994-12-30 to 1995-01-01 is 2 days even where 1994-12-31 was
 * skipped.
 *
 * @param to - the later date, usually.
 * @param from - the earlier date, usually.
 * @returns `to − from` in days.
 * @throws {@link CalendarRangeError} (`reason` `'notADate'`) if either is not a real `IsoDate` (a
 *   brand forged with `as`).
 *
 * @example
 * ```ts
 * import { daysBetween, isoDate } from 'cxzy/schedule';
 * daysBetween(isoDate('2011-01-01'), isoDate('2010-12-25')); // 7
 * daysBetween(isoDate('1995-01-01'), isoDate('1994-12-30')); // 2
 * ```
 */
export function daysBetween(to: IsoDate, from: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * The day number of a date (days since 1970-01-01, as the calendar arithmetic counts). Internal:
 * shared with the schedule, not exported from an entry point.
 *
 * @throws {@link CalendarRangeError} (`notADate`) for a forged `IsoDate`.
 */
export function dayNumberOf(date: IsoDate): number {
  const dayNumber = dayNumberOfText(date);
  // An IsoDate is checked when it is made; a forged one is a programming error.
  if (dayNumber === undefined) throw new CalendarRangeError('notADate', `Not a calendar date: ${described(date)}`);
  return dayNumber;
}

/**
 * A value from a caller as an error message shows it: a text quoted, anything else as plain text
 * without serializing it (a bigint or a circular object cannot be) or calling its own `toString`.
 */
function described(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(showValue(value)) : showValue(value);
}
