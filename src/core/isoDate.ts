import { calendarParts, formatCalendarDate, fromDayNumber, toDayNumber } from './calendar';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` (China has one time zone and campaign dates have no time of
 * day). The brand means the string was checked: `2010-02-30` is not an `IsoDate`. Get one from
 * {@link isoDate} for a literal, {@link isIsoDate} for a value at hand, or a `cxzy/schema` parser
 * for untrusted input. Because the format sorts like the calendar, `<` and `>` compare two dates.
 *
 * @example
 * ```ts
 * import { isoDate, type IsoDate } from 'cxzy/schedule';
 * const opening: IsoDate = isoDate('2010-09-08');
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - anything.
 * @returns `true` for `'2012-02-29'`; `false` for `'2010-02-30'`, `'2010-2-3'`, or a non-string.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'cxzy/schedule';
 * isIsoDate('2012-02-29'); // true
 * isIsoDate('2011-02-29'); // false: 2011 is not a leap year
 * isIsoDate('2010年9月8日'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && calendarParts(value) !== undefined;
}

/**
 * Checks a date literal and brands it. Meant for dates written in code and tests; for input from
 * users use {@link isIsoDate} or the `cxzy/schema` parsers, which report instead of throwing.
 *
 * @param text - a date written `YYYY-MM-DD`.
 * @returns the same text, as an {@link IsoDate}.
 * @throws RangeError if `text` is not a calendar date: a programming error in a literal.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * isoDate('2021-07-01'); // '2021-07-01'
 * ```
 */
export function isoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new RangeError(`Not a calendar date written YYYY-MM-DD: ${JSON.stringify(text)}`);
  return text;
}

/**
 * The date `days` calendar days after `date` (before it, for a negative number).
 *
 * @param date - the date to start from.
 * @param days - a whole number of days.
 * @returns the new date.
 *
 * @example
 * ```ts
 * import { addDays, isoDate } from 'cxzy/schedule';
 * addDays(isoDate('2012-02-28'), 1); // '2012-02-29'
 * addDays(isoDate('2012-03-01'), -1); // '2012-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = fromDayNumber(dayNumberOf(date) + days);
  return formatCalendarDate(year, month, day) as IsoDate;
}

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later.
 *
 * @param to - the later date, usually.
 * @param from - the earlier date, usually.
 * @returns `to − from` in days.
 *
 * @example
 * ```ts
 * import { daysBetween, isoDate } from 'cxzy/schedule';
 * daysBetween(isoDate('2011-01-01'), isoDate('2010-12-25')); // 7
 * ```
 */
export function daysBetween(to: IsoDate, from: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

function dayNumberOf(date: IsoDate): number {
  const parts = calendarParts(date);
  // An IsoDate is checked when it is made; a forged one is a programming error.
  if (parts === undefined) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return toDayNumber(parts.year, parts.month, parts.day);
}
