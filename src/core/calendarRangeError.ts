import { showValue } from './_showValue';

/**
 * Why a calendar computation was refused:
 *
 * - `notADate`: a text or a year, month and day that is no date of the calendar (`'2010-02-30'`,
 *   an `IsoDate` forged with `as`, a named day on month 13).
 * - `notWholeDays`: an amount of days that is not a whole number (`0.5`, `NaN`, `Infinity`).
 * - `outOfRange`: a result before `0000-01-01` or after `9999-12-31`, which `YYYY-MM-DD` cannot
 *   write.
 *
 * @example
 * ```ts
 * import type { CalendarRangeReason } from 'cxzy/schedule';
 * const reason: CalendarRangeReason = 'outOfRange';
 * ```
 */
export type CalendarRangeReason = 'notADate' | 'notWholeDays' | 'outOfRange';

/**
 * Thrown by the date functions of `cxzy/schedule` (`isoDate`, `addDays`, `daysBetween`,
 * `namedDayIn`) when asked for something the calendar of `YYYY-MM-DD` dates does not hold: a
 * malformed literal, a fractional or non-finite number of days, or a date beyond 0000-01-01 …
 * 9999-12-31. They never return a string that is not a date instead. It is a `RangeError`, so code
 * that caught the `RangeError` thrown before keeps working; `reason` says which case it is.
 *
 * Functions that check input (`planSchedule`, `parseDatePhrase`, `validateSchedule`,
 * `checkCadence`) do not throw it for input their types allow: what cannot be dated comes back as
 * an issue.
 *
 * @example
 * ```ts
 * import { addDays, CalendarRangeError, isoDate } from 'cxzy/schedule';
 * const after = (days: number): string => {
 *   try {
 *     return addDays(isoDate('9999-12-30'), days);
 *   } catch (error) {
 *     return error instanceof CalendarRangeError ? error.reason : 'something else';
 *   }
 * };
 * after(1); // '9999-12-31'
 * after(2); // 'outOfRange'
 * after(0.5); // 'notWholeDays'
 * new CalendarRangeError('notADate', 'Not a calendar date: "2010-02-30"') instanceof RangeError; // true
 * ```
 */
export class CalendarRangeError extends RangeError {
  /** Which kind of request was refused. */
  readonly reason: CalendarRangeReason;

  /**
   * @param reason - which kind of request was refused.
   * @param message - what was asked, for the developer who reads the stack trace. A value that
   *   is not text is shown as plain text without calling its own `toString`.
   */
  constructor(reason: CalendarRangeReason, message: string) {
    super(typeof message === 'string' ? message : showValue(message));
    this.name = 'CalendarRangeError';
    this.reason = reason;
  }
}
