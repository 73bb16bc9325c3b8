import { CalendarRangeError } from './calendarRangeError';

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates (private): whole numbers only, so no result can depend
 * on the process time zone.
 *
 * A calendar date is not an instant, so nothing here builds a `Date`: a `Date`'s local methods see
 * the process zone, where days go missing (Pacific/Kiritimati skipped 1994-12-31, Pacific/Apia
 * 2011-12-30) and midnight may not exist. Month lengths come from the Gregorian leap-year rule and
 * dates are numbered by the days-from-civil algorithm, proleptic before 1582 as ISO 8601 counts.
 *
 * The calendar holds every date four digits can write, 0000-01-01 to 9999-12-31 (year 0000 is
 * 1 BC); a request outside it, or for a fraction of a day, throws {@link CalendarRangeError} rather
 * than write a string that is not a date.
 */

/** The first year `YYYY` can write (1 BC). */
export const FIRST_YEAR = 0;
/** The last year `YYYY` can write. */
export const LAST_YEAR = 9999;

const MONTHS_A_YEAR = 12;
const YEARS_AN_ERA = 400;
const DAYS_AN_ERA = 146_097;
/** Days from 0000-03-01, where the algorithm's years begin (after the leap day), to 1970-01-01. */
const DAYS_FROM_MARCH_0000_TO_1970 = 719_468;
const CHAR_0 = 48;
const CHAR_DASH = 45;

/** Whether `year` has a 29 February: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The number of days in a month (1–12) of a year, leap years included; 0 for a month that does
 * not exist, so that no day of it passes a check `day <= daysInMonth(…)`.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > MONTHS_A_YEAR) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year, month and day name a date of the calendar (0000-01-01 … 9999-12-31). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The year, month (1–12) and day of a date string, or `undefined` if it is not a calendar date. */
export function calendarParts(text: string): { year: number; month: number; day: number } | undefined {
  if (!isDateShape(text)) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return isWrittenDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The day number ({@link toDayNumber}) of a date string, or `undefined` if it is not a calendar
 * date written `YYYY-MM-DD` with ASCII digits. Read character by character, without building an
 * object: every date function passes through here, and the all-days test walks 3.65 million dates.
 */
export function dayNumberOfText(text: string): number | undefined {
  if (!isDateShape(text)) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return isWrittenDate(year, month, day) ? toDayNumber(year, month, day) : undefined;
}

/** Ten characters with dashes at 4 and 7: the shape of `YYYY-MM-DD`, not yet its digits. */
function isDateShape(text: string): boolean {
  return typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === CHAR_DASH && text.charCodeAt(7) === CHAR_DASH;
}

/** Whether numbers read by {@link digitsAt} name a date: a non-digit made its number negative. */
function isWrittenDate(year: number, month: number, day: number): boolean {
  return year >= 0 && month >= 1 && month <= MONTHS_A_YEAR && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `length` ASCII digits from `at`, or -1 if one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let index = at; index < at + length; index += 1) {
    const digit = text.charCodeAt(index) - CHAR_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a date, by the days-from-civil algorithm (proleptic Gregorian):
 * whole-number arithmetic, so comparing and subtracting dates never meets a clock change. Years
 * are counted in 400-year eras of 146,097 days, the Gregorian cycle. Exact for any year, month
 * 1–12 and day whose day number is a safe integer, inside the calendar or not.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / YEARS_AN_ERA);
  const yearOfEra = y - era * YEARS_AN_ERA;
  const monthFromMarch = (month + 9) % MONTHS_A_YEAR;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_AN_ERA + dayOfEra - DAYS_FROM_MARCH_0000_TO_1970;
}

/** The inverse of {@link toDayNumber}, for any safe integer. */
export function fromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + DAYS_FROM_MARCH_0000_TO_1970;
  const era = Math.floor(z / DAYS_AN_ERA);
  const dayOfEra = z - era * DAYS_AN_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * YEARS_AN_ERA + (month <= 2 ? 1 : 0), month, day };
}

/** The day numbers of 0000-01-01 and 9999-12-31: every date lies between them, both included. */
export const FIRST_DAY_NUMBER = toDayNumber(FIRST_YEAR, 1, 1);
export const LAST_DAY_NUMBER = toDayNumber(LAST_YEAR, 12, 31);

/** Whether a number is the day number of a date of the calendar: whole, and in range. */
export function isDayNumber(dayNumber: number): boolean {
  return Number.isInteger(dayNumber) && dayNumber >= FIRST_DAY_NUMBER && dayNumber <= LAST_DAY_NUMBER;
}

/**
 * The date of a day number as `YYYY-MM-DD`.
 *
 * @throws {@link CalendarRangeError} (`outOfRange`, or `notWholeDays` for a fraction or NaN) if
 *   the number is no date of the calendar.
 */
export function formatDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) {
    throw new CalendarRangeError('notWholeDays', `Not a whole day number: ${dayNumber}`);
  }
  if (dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new CalendarRangeError('outOfRange', `Day ${dayNumber} from 1970-01-01 is outside 0000-01-01 … 9999-12-31`);
  }
  const { year, month, day } = fromDayNumber(dayNumber);
  return write(year, month, day);
}

/**
 * Writes year, month and day as `YYYY-MM-DD`.
 *
 * @throws {@link CalendarRangeError} (`notADate`) if they name no date of the calendar, so that a
 *   caller's arithmetic gone wrong (month 13, year 10000, day 0.5) never leaves as a string.
 */
export function formatCalendarDate(year: number, month: number, day: number): string {
  if (!isCalendarDate(year, month, day)) {
    throw new CalendarRangeError('notADate', `Not a date of 0000-01-01 … 9999-12-31: year ${year}, month ${month}, day ${day}`);
  }
  return write(year, month, day);
}

/** `YYYY-MM-DD` of a valid date, unchecked: one flat string, built from character codes. */
function write(year: number, month: number, day: number): string {
  return String.fromCharCode(
    CHAR_0 + ((year / 1000) | 0),
    CHAR_0 + (((year / 100) | 0) % 10),
    CHAR_0 + (((year / 10) | 0) % 10),
    CHAR_0 + (year % 10),
    CHAR_DASH,
    CHAR_0 + ((month / 10) | 0),
    CHAR_0 + (month % 10),
    CHAR_DASH,
    CHAR_0 + ((day / 10) | 0),
    CHAR_0 + (day % 10),
  );
}

/**
 * A day number written `YYYY-MM-DD` even outside the calendar (`10000-03-31`, `-0001-12-31`): for
 * the text of an issue that says a date falls outside it, never for an `IsoDate`.
 */
export function describeDayNumber(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
