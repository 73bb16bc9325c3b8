import { assertInput, expectNumber, expectObject, inputIssue, type InputIssues } from '../core/input';
import { formatDayNumber } from '../core/_calendar';
import type { LocalizedText } from '../core/locale';
import type { IsoDate } from '../core/isoDate';
import { namedDayNumber } from './_internal';

/**
 * A day the plans name instead of dating: "七一前", "教师节前". It recurs every year on the same
 * month and day.
 *
 * @example
 * ```ts
 * import type { NamedDay } from 'cxzy/schedule';
 * const childrensDay: NamedDay = {
 *   month: 6,
 *   day: 1,
 *   label: { 'zh-CN': '儿童节', en: "Children's Day" },
 *   names: ['儿童节', '六一'],
 * };
 * ```
 */
export interface NamedDay {
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** Its name, to show. */
  readonly label: LocalizedText;
  /** Every way a plan writes it, as {@link parseDatePhrase} reads it ("七一", "建党节"). */
  readonly names: readonly string[];
}

/**
 * The ids of the days cxzy names: 建党节 (七一), 青年节 (五四), 教师节, 国庆节.
 *
 * @example
 * ```ts
 * import type { NamedDayId } from 'cxzy/schedule';
 * const id: NamedDayId = 'partyFounding'; // 七一
 * ```
 */
export type NamedDayId = 'partyFounding' | 'youthDay' | 'teachersDay' | 'nationalDay';

/**
 * The named days of the seeds' plans: 建党节 on 1 July ("七一前", "庆祝建党90周年"), 青年节 on
 * 4 May ("五四"纪念活动), 教师节 on 10 September ("教师节前"), 国庆节 on 1 October. A plan naming
 * another day can be read by passing a table of one's own to {@link parseDatePhrase}.
 *
 * @example
 * ```ts
 * import { NAMED_DAYS } from 'cxzy/schedule';
 * NAMED_DAYS.teachersDay.month; // 9
 * NAMED_DAYS.partyFounding.names.includes('七一'); // true
 * ```
 */
export const NAMED_DAYS = {
  partyFounding: {
    month: 7,
    day: 1,
    label: { 'zh-CN': '建党节', en: "The Party's founding day" },
    names: ['建党节', '七一', '七·一', '七、一', '党的生日'],
  },
  youthDay: { month: 5, day: 4, label: { 'zh-CN': '青年节', en: 'Youth Day' }, names: ['青年节', '五四'] },
  teachersDay: { month: 9, day: 10, label: { 'zh-CN': '教师节', en: "Teachers' Day" }, names: ['教师节'] },
  nationalDay: { month: 10, day: 1, label: { 'zh-CN': '国庆节', en: 'National Day' }, names: ['国庆节', '国庆'] },
} as const satisfies Record<NamedDayId, NamedDay>;

/**
 * The date of a named day in a given year. A day the month lacks that year falls on the month's
 * last day (a table naming 29 February gets the 28th in other years).
 *
 * @param namedDay - the day, such as `NAMED_DAYS.partyFounding`.
 * @param year - the year, 0 to 9999.
 * @returns its date that year.
 * @throws {@link CalendarRangeError} (a `RangeError`) rather than return a string that is not a
 *   date: `notADate` for a named day no year has (month not 1–12, day not a whole number from 1)
 *   or a year that is not a whole number, `outOfRange` for a year outside 0–9999.
 * @throws {@link InvalidInputError} (a `TypeError`) when `namedDay` is not an object with a `month`
 *   and a `day` number, or `year` is not a number (the text `"2021"` is not); its `issues` name each
 *   field (`['namedDay', 'month']`, `['year']`).
 *
 * @example
 * ```ts
 * import { NAMED_DAYS, namedDayIn } from 'cxzy/schedule';
 * namedDayIn(NAMED_DAYS.partyFounding, 2021); // '2021-07-01'
 * namedDayIn(NAMED_DAYS.teachersDay, 2010); // '2010-09-10'
 * const leapDay = { month: 2, day: 29, label: { 'zh-CN': '闰日', en: 'Leap day' }, names: [] };
 * namedDayIn(leapDay, 2012); // '2012-02-29'
 * namedDayIn(leapDay, 2011); // '2011-02-28'
 * ```
 */
export function namedDayIn(namedDay: NamedDay, year: number): IsoDate {
  const issues: InputIssues = [];
  if (expectObject(namedDay, ['namedDay'], issues)) {
    expectNumber(namedDay.month, ['namedDay', 'month'], issues);
    expectNumber(namedDay.day, ['namedDay', 'day'], issues);
  }
  if (typeof year !== 'number') issues.push(inputIssue(year === undefined ? 'input.missing' : 'input.expected', ['year'], { expected: 'number' }, year));
  assertInput(issues);
  return formatDayNumber(namedDayNumber(namedDay, year)) as IsoDate;
}

/**
 * A National Congress of the Communist Party of China and the day it opened: "党的十八大召开前"
 * means before that day.
 *
 * @example
 * ```ts
 * import { isoDate, type PartyCongress } from 'cxzy/schedule';
 * const congress: PartyCongress = {
 *   ordinal: 18,
 *   opening: isoDate('2012-11-08'),
 *   label: { 'zh-CN': '党的十八大', en: 'The 18th National Congress' },
 * };
 * ```
 */
export interface PartyCongress {
  /** Which congress: 18 for 十八大. */
  readonly ordinal: number;
  /** The day it opened (召开). */
  readonly opening: IsoDate;
  /** Its name, to show. */
  readonly label: LocalizedText;
}

/**
 * The opening days of the Party's National Congresses from the 16th on, the ones the seeds' plans
 * count towards ("向党的十八大献礼"): 十六大 8 November 2002, 十七大 15 October 2007, 十八大
 * 8 November 2012, 十九大 18 October 2017, 二十大 16 October 2022. A later congress is added by
 * passing a longer list to {@link parseDatePhrase}.
 *
 * @example
 * ```ts
 * import { PARTY_CONGRESSES } from 'cxzy/schedule';
 * PARTY_CONGRESSES.find((congress) => congress.ordinal === 18)?.opening; // '2012-11-08'
 * ```
 */
export const PARTY_CONGRESSES = [
  {
    ordinal: 16,
    opening: '2002-11-08' as IsoDate,
    label: { 'zh-CN': '党的十六大', en: 'The 16th National Congress' },
  },
  {
    ordinal: 17,
    opening: '2007-10-15' as IsoDate,
    label: { 'zh-CN': '党的十七大', en: 'The 17th National Congress' },
  },
  {
    ordinal: 18,
    opening: '2012-11-08' as IsoDate,
    label: { 'zh-CN': '党的十八大', en: 'The 18th National Congress' },
  },
  {
    ordinal: 19,
    opening: '2017-10-18' as IsoDate,
    label: { 'zh-CN': '党的十九大', en: 'The 19th National Congress' },
  },
  {
    ordinal: 20,
    opening: '2022-10-16' as IsoDate,
    label: { 'zh-CN': '党的二十大', en: 'The 20th National Congress' },
  },
] as const satisfies readonly PartyCongress[];
