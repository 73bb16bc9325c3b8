import { daysInMonth, FIRST_YEAR, formatCalendarDate, isCalendarDate } from '../core/_calendar';
import type { InputIssues } from '../core/input';
import type { ParseResult } from '../core/issue';
import { checkDatePhraseOptions } from './checkDatePhraseOptions';
import type { IsoDate } from '../core/isoDate';
import { lastDayBefore, scheduleIssue } from './_internal';
import { NAMED_DAYS, namedDayIn, PARTY_CONGRESSES, type NamedDay, type PartyCongress } from './namedDays';
import type { BeforeReading, DateSpan, ScheduleIssue } from './types';

/**
 * How {@link parseDatePhrase} reads a phrase.
 *
 * @example
 * ```ts
 * import type { DatePhraseOptions } from 'cxzy/schedule';
 * const options: DatePhraseOptions = { year: 2021, before: 'exclusive' };
 * ```
 */
export interface DatePhraseOptions {
  /** The year of a phrase that names none ("在7月1日前" in a plan dated 2021). */
  readonly year?: number;
  /** How "前" is read; `'exclusive'` unless said otherwise. */
  readonly before?: BeforeReading;
  /** The named days the phrase may use; {@link NAMED_DAYS} unless said otherwise. */
  readonly namedDays?: Readonly<Record<string, NamedDay>>;
  /** The Party congresses the phrase may name; {@link PARTY_CONGRESSES} unless said otherwise. */
  readonly congresses?: readonly PartyCongress[];
}

/**
 * The defaults of {@link DatePhraseOptions}: "前" is exclusive, the named days are
 * {@link NAMED_DAYS} and the congresses {@link PARTY_CONGRESSES}.
 *
 * @example
 * ```ts
 * import { DEFAULT_DATE_PHRASE_OPTIONS } from 'cxzy/schedule';
 * DEFAULT_DATE_PHRASE_OPTIONS.before; // 'exclusive'
 * ```
 */
export const DEFAULT_DATE_PHRASE_OPTIONS = {
  before: 'exclusive',
  namedDays: NAMED_DAYS,
  congresses: PARTY_CONGRESSES,
} as const satisfies Required<Omit<DatePhraseOptions, 'year'>>;

/** The days of a month's 上旬, 中旬 and 下旬; 下旬 runs to the month's last day. */
const TEN_DAY_PERIODS = { 上旬: [1, 10], 中旬: [11, 20], 下旬: [21, 31] } as const;

/** Characters a plan wraps a date in, or that OCR scatters through it: skipped wherever they are. */
const IGNORED = /^[\s“”‘’"'「」『』]+/u;
/** What may open a phrase: brackets and the prepositions of "在7月1日前", "于6月4日", "从2011年4月". */
const OPENING = /^(?:[((【[]|[在于从自])+/u;
/** What may close it. */
const CLOSING = /^[))】\]。,,;;、]+$/u;
/** Range separators. "一" is OCR for a dash ("2010年6中旬一2011年6月底"); a missing dash is read as one too. */
const SEPARATOR = /^(?:——|[—–\-~～至到一])/u;
const BEFORE = /^(?:之前|以前|前)/u;
const YEAR = /^(\d{4})年/u;
const YEAR_END = /^(?:底|末)/u;
const MONTH =
  /^(\d{1,2})(?:月(?:(\d{1,2})(?:日|号)?(?![\d月])|(上旬|中旬|下旬)|(底|末)|(初))?|(上旬|中旬|下旬))/u;
const CONGRESS = /^(?:党的)?第?([一二三四五六七八九十]+|\d{1,2})(?:次全国代表大会|大)(?:召开|开幕)?/u;
const CHINESE_DIGITS = '一二三四五六七八九';

/** One side of a range as read: a span of days, or a deadline ("X前") that has only an end. */
interface Term {
  readonly span: DateSpan;
  /** The year it was read in, for the right side of a range that names none. */
  readonly year: number | undefined;
}

type Step = { readonly term: Term; readonly next: number } | { readonly issue: ScheduleIssue } | undefined;

/**
 * Reads a date phrase the way the seeds' plans write them, into a span of calendar days:
 *
 * - `2010年7月5日` is that day; `6月4` (OCR dropped 日) too.
 * - `2010年7月` is the whole month, 1 to 31 July; `2012年` the whole year.
 * - `6月底` (or 月末) is the month's last day, `6月初` its first; `5月上旬` the 1st to the 10th,
 *   `5月中旬` the 11th to the 20th, `5月下旬` the 21st to the month's end (`6中旬`, OCR for
 *   6月中旬, is read too).
 * - `七一`, `建党节`, `教师节`, `国庆节`, `五四` are the named days of {@link NAMED_DAYS};
 *   `党的十八大召开` is the congress's opening day from {@link PARTY_CONGRESSES}.
 * - `X前` (also 之前, 以前) is a deadline: it has no start, and ends the day before X begins
 *   ("七一前" → 30 June; "7月前" → 30 June), or on the last day of X when `before` is
 *   `'inclusive'`.
 * - `A—B` (also –, -, ~, 至, 到, OCR's 一, or no dash at all) runs from A's first day to B's last:
 *   `2010年7月—2011年3月` is 1 July 2010 to 31 March 2011; `2012年7月—党的十八大召开前` ends on
 *   7 November 2012. B without a year takes A's; A without a year takes `options.year`.
 *
 * An inverted range ("2012年7月—2012年6月底") is returned as written, start after end, for
 * {@link validateSchedule} to report: reading it is not the place to correct it. Quotes, brackets
 * and a leading 在/于/从 are skipped. A day that does not exist ("2月30日"), a default year that is
 * not a whole number from 0 to 9999, and "0000年1月1日前" (the calendar has no day before it) are
 * reported as `datePhrase.notADate`: the function never throws.
 *
 * @param text - the phrase, such as `'2021年5月下旬—6月'` or `'在7月1日前'`.
 * @param options - the default year, the reading of "前", and the named days and congresses known.
 * @returns the span, or every issue (`datePhrase.*`) with where in the text it could not read. A
 *   text longer than {@link MAX_DATE_PHRASE_LENGTH} is `datePhrase.tooLong`, unread; a `text` that is
 *   not a text or options not shaped as {@link DatePhraseOptions} says are `input.*` issues with
 *   paths `['text']`, `['options', 'year']`, …, and nothing is read.
 *
 * @example
 * ```ts
 * import { parseDatePhrase } from 'cxzy/schedule';
 * const month = parseDatePhrase('2010年7月');
 * month.success && month.data; // { start: '2010-07-01', end: '2010-07-31' }
 * const mobilization = parseDatePhrase('5月下旬—6月', { year: 2021 });
 * mobilization.success && mobilization.data; // { start: '2021-05-21', end: '2021-06-30' }
 * const milestone = parseDatePhrase('2010年“七一”前');
 * milestone.success && milestone.data; // { end: '2010-06-30' }
 * const summary = parseDatePhrase('2012年7月—党的十八大召开前');
 * summary.success && summary.data; // { start: '2012-07-01', end: '2012-11-07' }
 * parseDatePhrase('7月1日前').success; // false: no year
 * const beyond = parseDatePhrase('七一前', { year: 10000 });
 * beyond.success || beyond.issues[0]?.code; // 'datePhrase.notADate'
 * ```
 */
export function parseDatePhrase(text: string, options: DatePhraseOptions = {}): ParseResult<DateSpan> {
  const shape: InputIssues = [];
  checkDatePhraseOptions(text, options, shape);
  if (shape.length > 0) return { success: false, issues: shape as ScheduleIssue[] };
  if (text.length > MAX_DATE_PHRASE_LENGTH) return failure(scheduleIssue('datePhrase.tooLong', 'error', ['text'], { length: text.length, max: MAX_DATE_PHRASE_LENGTH }));
  // Field by field: an option given as `undefined` takes its default too.
  const settings: Settings = {
    year: options.year,
    before: options.before ?? DEFAULT_DATE_PHRASE_OPTIONS.before,
    namedDays: options.namedDays ?? DEFAULT_DATE_PHRASE_OPTIONS.namedDays,
    congresses: options.congresses ?? DEFAULT_DATE_PHRASE_OPTIONS.congresses,
  };
  let position = skip(text, 0);
  const opening = OPENING.exec(text.slice(position));
  if (opening !== null) position = skip(text, position + opening[0].length);

  const first = readTerm(text, position, settings.year, settings);
  if (first === undefined || 'issue' in first) return failure(first ?? unreadable(text, position));
  position = skip(text, first.next);

  if (rest(text, position)) return { success: true, data: first.term.span };

  // A deadline says only when something ends, so it cannot open a range.
  const start = first.term.span.start;
  if (start === undefined) return failure(scheduleIssue('datePhrase.deadlineAsStart', 'error', [], { text }));
  const separator = SEPARATOR.exec(text.slice(position));
  const afterSeparator = skip(text, position + (separator?.[0].length ?? 0));
  const second = readTerm(text, afterSeparator, first.term.year ?? settings.year, settings);
  if (second === undefined || 'issue' in second) return failure(second ?? unreadable(text, position));
  const end = skip(text, second.next);
  if (!rest(text, end)) return failure(unreadable(text, end));
  return { success: true, data: { start, end: second.term.span.end } };
}

/**
 * The longest text {@link parseDatePhrase} reads: 200 characters, ten times the longest phrase the
 * seeds write ("2012年7月—党的十八大召开前" has 16). A longer text is `datePhrase.tooLong`.
 *
 * @example
 * ```ts
 * import { MAX_DATE_PHRASE_LENGTH, parseDatePhrase } from 'cxzy/schedule';
 * const long = parseDatePhrase('七一前'.repeat(MAX_DATE_PHRASE_LENGTH));
 * long.success || long.issues[0]?.code; // 'datePhrase.tooLong'
 * ```
 */
export const MAX_DATE_PHRASE_LENGTH = 200;

interface Settings {
  readonly year?: number | undefined;
  readonly before: BeforeReading;
  readonly namedDays: Readonly<Record<string, NamedDay>>;
  readonly congresses: readonly PartyCongress[];
}

function readTerm(text: string, from: number, defaultYear: number | undefined, settings: Settings): Step {
  let position = from;
  const yearMatch = YEAR.exec(text.slice(position));
  const writtenYear = yearMatch === null ? undefined : Number(yearMatch[1]);
  if (yearMatch !== null) position = skip(text, position + yearMatch[0].length);
  const year = writtenYear ?? defaultYear;
  const tail = text.slice(position);

  const read = (span: DateSpan, length: number): Step => {
    let next = skip(text, position + length);
    const before = BEFORE.exec(text.slice(next));
    if (before === null) return { term: { span, year }, next };
    next += before[0].length;
    const edge = settings.before === 'exclusive' ? (span.start ?? span.end) : span.end;
    const end = lastDayBefore(edge, settings.before);
    // "0000年1月1日前": the calendar has no day before its first.
    if (end === undefined) return { issue: notADate(text, FIRST_YEAR - 1, 12, 31) };
    return { term: { span: { end }, year }, next };
  };
  const missingYear = (): Step => ({ issue: scheduleIssue('datePhrase.missingYear', 'error', [], { text }) });

  const congress = CONGRESS.exec(tail);
  if (congress !== null) {
    const ordinal = ordinalOf(congress[1] ?? '');
    const known = settings.congresses.find((candidate) => candidate.ordinal === ordinal);
    if (known === undefined) {
      return { issue: scheduleIssue('datePhrase.unknownCongress', 'error', [], { text, ordinal }) };
    }
    return read({ start: known.opening, end: known.opening }, congress[0].length);
  }

  const named = namedDayAt(tail, settings.namedDays);
  if (named !== undefined) {
    if (year === undefined) return missingYear();
    // A year outside 0–9999 (from options.year) or a named day no year has is no date to read.
    const { month: namedMonth, day: namedDay } = named.day;
    if (!isCalendarDate(year, namedMonth, Math.min(namedDay, daysInMonth(year, namedMonth)))) {
      return { issue: notADate(text, year, namedMonth, namedDay) };
    }
    const day = namedDayIn(named.day, year);
    const length = named.name.length + (/^(?:召开|当天)/u.exec(tail.slice(named.name.length))?.[0].length ?? 0);
    return read({ start: day, end: day }, length);
  }

  const month = MONTH.exec(tail);
  if (month !== null) {
    if (year === undefined) return missingYear();
    const monthNumber = Number(month[1]);
    if (monthNumber < 1 || monthNumber > 12) return { issue: notADate(text, year, monthNumber, 1) };
    if (!isCalendarDate(year, monthNumber, 1)) return { issue: notADate(text, year, monthNumber, Number(month[2] ?? 1)) };
    const last = daysInMonth(year, monthNumber);
    const day = (n: number) => formatCalendarDate(year, monthNumber, n) as IsoDate;
    const [, , dayText, tenDays, end, beginning, tenDaysWithoutMonth] = month;
    if (dayText !== undefined) {
      const dayNumber = Number(dayText);
      if (dayNumber < 1 || dayNumber > last) return { issue: notADate(text, year, monthNumber, dayNumber) };
      return read({ start: day(dayNumber), end: day(dayNumber) }, month[0].length);
    }
    const period = tenDays ?? tenDaysWithoutMonth;
    if (period !== undefined) {
      const [from, to] = TEN_DAY_PERIODS[period as keyof typeof TEN_DAY_PERIODS];
      return read({ start: day(from), end: day(Math.min(to, last)) }, month[0].length);
    }
    if (end !== undefined) return read({ start: day(last), end: day(last) }, month[0].length);
    if (beginning !== undefined) return read({ start: day(1), end: day(1) }, month[0].length);
    return read({ start: day(1), end: day(last) }, month[0].length);
  }

  if (writtenYear !== undefined) {
    const yearEnd = YEAR_END.exec(tail);
    const lastDay = formatCalendarDate(writtenYear, 12, 31) as IsoDate;
    if (yearEnd !== null) return read({ start: lastDay, end: lastDay }, yearEnd[0].length);
    return read({ start: formatCalendarDate(writtenYear, 1, 1) as IsoDate, end: lastDay }, 0);
  }
  return undefined;
}

function namedDayAt(
  tail: string,
  namedDays: Readonly<Record<string, NamedDay>>,
): { readonly day: NamedDay; readonly name: string } | undefined {
  let found: { readonly day: NamedDay; readonly name: string } | undefined;
  for (const day of Object.values(namedDays)) {
    for (const name of day.names) {
      // The longest name wins, so "七·一" is not read as a shorter name followed by noise.
      if (tail.startsWith(name) && (found === undefined || name.length > found.name.length)) found = { day, name };
    }
  }
  return found;
}

/** 18 from "十八" or "18"; 20 from "二十"; 21 from "二十一". */
function ordinalOf(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  const digit = (character: string | undefined) => (character === undefined ? 0 : CHINESE_DIGITS.indexOf(character) + 1);
  const ten = numeral.indexOf('十');
  if (ten === -1) return digit(numeral);
  const tens = ten === 0 ? 1 : digit(numeral[ten - 1]);
  return tens * 10 + digit(numeral[ten + 1]);
}

function skip(text: string, from: number): number {
  const match = IGNORED.exec(text.slice(from));
  return from + (match?.[0].length ?? 0);
}

function rest(text: string, from: number): boolean {
  const tail = text.slice(from);
  return tail === '' || CLOSING.test(tail);
}

function notADate(text: string, year: number, month: number, day: number): ScheduleIssue {
  return scheduleIssue('datePhrase.notADate', 'error', [], { text, year, month, day });
}

function unreadable(text: string, at: number): ScheduleIssue {
  // Counted from 1, as a reader counts characters.
  return scheduleIssue('datePhrase.unreadable', 'error', [], { text, at: at + 1, rest: text.slice(at) });
}

function failure(issue: ScheduleIssue | { readonly issue: ScheduleIssue }): ParseResult<DateSpan> {
  return { success: false, issues: ['issue' in issue ? issue.issue : issue] };
}
