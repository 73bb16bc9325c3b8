import { calendarParts } from '../core/calendar';
import type { IssuePath, Severity } from '../core/issue';
import { createIssue, type MessageParams } from '../core/message';
import { addDays, type IsoDate } from '../core/isoDate';
import { SCHEDULE_MESSAGES, type ScheduleIssueCode } from './messages';
import type { BeforeReading, ScheduleIssue } from './types';

/**
 * The last day a "before `day`" deadline allows, under the given reading of "前". Every function
 * of the module reads "前" through this one, so its meaning is decided in one place.
 */
export function lastDayBefore(day: IsoDate, reading: BeforeReading): IsoDate {
  return reading === 'exclusive' ? addDays(day, -1) : day;
}

/** An issue from the schedule catalogue, naming the phase and task it is about. */
export function scheduleIssue(
  code: ScheduleIssueCode,
  severity: Severity,
  path: IssuePath,
  params: MessageParams,
  about: { readonly phaseId?: string | undefined; readonly taskId?: string | undefined } = {},
): ScheduleIssue {
  return {
    ...createIssue(SCHEDULE_MESSAGES, code, severity, path, params),
    ...(about.phaseId === undefined ? {} : { phaseId: about.phaseId }),
    ...(about.taskId === undefined ? {} : { taskId: about.taskId }),
  };
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The year and month of a date. A forged `IsoDate` is a programming error. */
export function partsOf(date: IsoDate): { readonly year: number; readonly month: number } {
  const parts = calendarParts(date);
  if (parts === undefined) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}
