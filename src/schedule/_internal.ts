import { calendarParts, daysInMonth, formatDayNumber, isDayNumber, toDayNumber } from '../core/_calendar';
import { CalendarRangeError } from '../core/calendarRangeError';
import type { IssuePath, Severity } from '../core/issue';
import { createIssue, type LabelTables, type MessageParams } from '../core/message';
import { dayNumberOf, type IsoDate } from '../core/isoDate';
import { SCHEDULE_MESSAGES, type ScheduleIssueCode } from './messages';
import type { BeforeReading, ScheduleIssue } from './types';

/**
 * The last day a "before `day`" deadline allows, under the given reading of "前". Every function
 * of the module reads "前" through this one, so its meaning is decided in one place. `undefined`
 * for "before 0000-01-01" read exclusively: the calendar has no day before it.
 */
export function lastDayBefore(day: IsoDate, reading: BeforeReading): IsoDate | undefined {
  return reading === 'exclusive' ? shiftIsoDate(day, -1) : day;
}

/** The same, on day numbers, which may lie outside the calendar. */
export function lastDayNumberBefore(dayNumber: number, reading: BeforeReading): number {
  return reading === 'exclusive' ? dayNumber - 1 : dayNumber;
}

/**
 * The date `days` days after `date`, or `undefined` when there is none (outside 0000-01-01 …
 * 9999-12-31, or not a whole number of days): for functions that report an issue, not throw.
 */
export function shiftIsoDate(date: IsoDate, days: number): IsoDate | undefined {
  return isoDateOfDayNumber(dayNumberOf(date) + days);
}

/** The date of a day number, or `undefined` outside the calendar. */
export function isoDateOfDayNumber(dayNumber: number): IsoDate | undefined {
  return isDayNumber(dayNumber) ? (formatDayNumber(dayNumber) as IsoDate) : undefined;
}


/** An issue from the schedule catalogue, naming the phase and task it is about. */
export function scheduleIssue(
  code: ScheduleIssueCode,
  severity: Severity,
  path: IssuePath,
  params: MessageParams,
  about: { readonly phaseId?: string | undefined; readonly taskId?: string | undefined } = {},
  tables: LabelTables = {},
): ScheduleIssue {
  return {
    ...createIssue(SCHEDULE_MESSAGES, code, severity, path, params, tables),
    ...(about.phaseId === undefined ? {} : { phaseId: about.phaseId }),
    ...(about.taskId === undefined ? {} : { taskId: about.taskId }),
  };
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  // Stryker disable next-line EqualityOperator: of two equal dates either is the answer
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  // Stryker disable next-line EqualityOperator: of two equal dates either is the answer
  return a < b ? a : b;
}

/** The year and month of a date. A forged `IsoDate` is a programming error. */
export function partsOf(date: IsoDate): { readonly year: number; readonly month: number } {
  const parts = calendarParts(date);
  if (parts === undefined) throw new CalendarRangeError('notADate', `Not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}

/**
 * The day number of a named day in a year, inside the calendar or not (10000 is a year too, for
 * a plan that runs past 9999): a day the month lacks falls on the month's last (29 February on
 * the 28th).
 *
 * @throws CalendarRangeError (`notADate`) for a day no year has: month not 1–12, day not a whole
 *   number from 1, or a year that is not a whole number.
 */
export function namedDayNumber(namedDay: { readonly month: number; readonly day: number }, year: number): number {
  const day = Math.min(namedDay.day, daysInMonth(year, namedDay.month));
  if (!Number.isSafeInteger(year) || !Number.isInteger(day) || day < 1) {
    throw new CalendarRangeError('notADate', `No day ${namedDay.day} of month ${namedDay.month} in year ${year}`);
  }
  return toDayNumber(year, namedDay.month, day);
}
