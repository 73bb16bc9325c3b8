import { describe, expect, it } from 'vitest';
import { calendarParts, daysInMonth, isCalendarDate } from '../../src/core/_calendar';
import { addDays, daysBetween, isIsoDate, MAX_ISO_DATE, MIN_ISO_DATE, type IsoDate } from '../../src/core/isoDate';
import { NAMED_DAYS, namedDayIn, type NamedDay } from '../../src/schedule';

/**
 * Every day of the calendar, 0000-01-01 to 9999-12-31, through the date functions, against a
 * reference computed in UTC (`Date.UTC`, `setUTCFullYear`, `getUTC*`), which no process time zone
 * can move. The suite runs under several `TZ` values (scripts/test-timezones.mjs), among them zones
 * that skipped a day — Pacific/Kiritimati (1994-12-31) and Pacific/Apia (2011-12-30) — so passing
 * here in each proves the same results in each.
 *
 * 3.65 million days: plain loops, mismatches counted and the first few kept, one `expect` at the end.
 */
const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 33 }, (_, n) => String(n).padStart(2, '0'));

/** The first instant of a month in UTC. `Date.UTC` reads years 0–99 as 1900–1999, so set the year. */
function utcMonthStart(year: number, monthIndex: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, monthIndex, 1);
  return date.getTime();
}

/** The whole walk; returns the number of days seen and the first mismatches. */
function walk(): { days: number; mismatches: string[] } {
  const mismatches: string[] = [];
  const fail = (what: string) => {
    if (mismatches.length < 20) mismatches.push(what);
  };
  const epoch = '1970-01-01' as IsoDate;
  const endOfMonth: NamedDay = { month: 1, day: 31, label: { 'zh-CN': '月末', en: 'Month end' }, names: [] };
  let previous: IsoDate | undefined;
  let days = 0;
  for (let year = 0; year <= 9999; year += 1) {
    for (let monthIndex = 0; monthIndex < 12; monthIndex += 1) {
      const start = utcMonthStart(year, monthIndex);
      const first = new Date(start);
      const prefix = `${String(first.getUTCFullYear()).padStart(4, '0')}-${TWO_DIGITS[first.getUTCMonth() + 1]}-`;
      const length = (utcMonthStart(year, monthIndex + 1) - start) / DAY_MS;
      const firstDayNumber = start / DAY_MS;
      const month = monthIndex + 1;

      if (daysInMonth(year, month) !== length) fail(`daysInMonth(${year}, ${month}) ≠ ${length}`);
      if (isCalendarDate(year, month, length + 1)) fail(`isCalendarDate(${year}, ${month}, ${length + 1})`);
      if (isIsoDate(prefix + TWO_DIGITS[length + 1])) fail(`isIsoDate(${prefix}${TWO_DIGITS[length + 1]})`);
      const last = prefix + TWO_DIGITS[length];
      if (namedDayIn({ ...endOfMonth, month }, year) !== last) fail(`namedDayIn(${month}-31, ${year}) ≠ ${last}`);
      for (const [text, day] of [[`${prefix}01`, 1], [last, length]] as const) {
        const parts = calendarParts(text);
        if (parts?.year !== year || parts.month !== month || parts.day !== day) fail(`calendarParts(${text})`);
      }

      for (let day = 1; day <= length; day += 1) {
        const text = prefix + TWO_DIGITS[day];
        days += 1;
        if (!isIsoDate(text)) {
          fail(`isIsoDate(${text})`);
          previous = undefined;
          continue;
        }
        if (daysBetween(text, epoch) !== firstDayNumber + day - 1) fail(`daysBetween(${text}, 1970-01-01)`);
        if (previous !== undefined) {
          if (addDays(previous, 1) !== text) fail(`addDays(${previous}, 1) ≠ ${text}`);
          if (addDays(text, -1) !== previous) fail(`addDays(${text}, -1) ≠ ${previous}`);
        }
        previous = text;
      }
    }
  }
  return { days, mismatches };
}

/**
 * The walk takes well under a second alone on a quiet machine, a few seconds when two cores are
 * shared with the rest of the suite (and coverage): its timeout leaves room for that, so a loaded
 * CI runner does not fail it for being slow.
 */
const WALK_TIMEOUT_MS = 60_000;

describe('every day from 0000-01-01 to 9999-12-31, in the process time zone', () => {
  it('agrees with UTC: isIsoDate, addDays ±1 and daysBetween each day; daysInMonth, namedDayIn, calendarParts each month', { timeout: WALK_TIMEOUT_MS }, () => {
    const { days, mismatches } = walk();
    expect(mismatches).toEqual([]);
    // 10,000 years of 365.2425 days: the Gregorian cycle, with nothing skipped or repeated.
    expect(days).toBe(3_652_425);
    expect(daysBetween(MAX_ISO_DATE, MIN_ISO_DATE)).toBe(days - 1);
  });
});
