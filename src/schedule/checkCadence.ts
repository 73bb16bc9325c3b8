import { daysInMonth, formatCalendarDate, toDayNumber } from '../core/_calendar';
import type { DateRange } from '../core/dateRange';
import { localizedTable, type LocalizedText } from '../core/locale';
import { formatLocalized, formatMessage, type MessageParams } from '../core/message';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import {
  DEFAULT_SEMESTERS,
  type CadenceEvent,
  type CadencePeriod,
  type CadenceRule,
  type CadenceUnit,
  type PartialPeriodPolicy,
  type RuleCompliance,
  type Semester,
} from './cadence';
import { dayNumberOf, daysBetween, type IsoDate } from '../core/isoDate';
import { checkCadenceShape } from './checkCadenceShape';
import { isoDateOfDayNumber, partsOf, scheduleIssue } from './_internal';
import type { ScheduleIssue } from './types';

/**
 * How {@link checkCadence} cuts the year and treats periods it covers only in part.
 *
 * @example
 * ```ts
 * import { DEFAULT_SEMESTERS, type CheckCadenceOptions } from 'cxzy/schedule';
 * const options: CheckCadenceOptions = { semesters: DEFAULT_SEMESTERS, partialPeriods: 'exempt' };
 * ```
 */
export interface CheckCadenceOptions {
  /** The school's semesters; {@link DEFAULT_SEMESTERS} unless given. */
  readonly semesters?: readonly Semester[];
  /** What a partly covered period requires; `'prorate'` unless given. */
  readonly partialPeriods?: PartialPeriodPolicy;
}

/**
 * The defaults of {@link CheckCadenceOptions}.
 *
 * @example
 * ```ts
 * import { DEFAULT_CHECK_CADENCE_OPTIONS } from 'cxzy/schedule';
 * DEFAULT_CHECK_CADENCE_OPTIONS.partialPeriods; // 'prorate'
 * ```
 */
export const DEFAULT_CHECK_CADENCE_OPTIONS = {
  semesters: DEFAULT_SEMESTERS,
  partialPeriods: 'prorate',
} as const satisfies Required<CheckCadenceOptions>;

/**
 * What {@link checkCadence} found: each rule's periods, and the issues (every shortfall, and any
 * problem with the rules, the semesters or the period).
 *
 * @example
 * ```ts
 * import type { CadenceReport } from 'cxzy/schedule';
 * const allMet = (report: CadenceReport) => report.rules.every((rule) => rule.met);
 * ```
 */
export interface CadenceReport {
  /** One entry per rule, in the rules' order. */
  readonly rules: readonly RuleCompliance[];
  /** `cadence.shortfall` for each period short of its rule, and problems with the input. */
  readonly issues: readonly ScheduleIssue[];
}

/**
 * Checks recurring duties: for each rule, cuts `period` into the rule's months, quarters, half
 * years, semesters or years, counts the events of the rule's kind in each, and reports each period
 * that falls short (`cadence.shortfall`, a warning).
 *
 * Only events inside `period` count. When `period` starts or ends inside a month, quarter,
 * semester or year, that first or last period is partial: its days are those inside `period`, and
 * what it requires follows `options.partialPeriods` (by default prorated by days and rounded half
 * up; see {@link PartialPeriodPolicy}). An event in no semester (when the semesters leave a
 * holiday out) is listed in `uncounted`; with overlapping semesters an event counts once, in the
 * earlier one, and the overlap is reported. Events of a kind no rule counts are reported as
 * `cadence.unmatchedEvent` (info). Rules whose `atLeast` is not a positive whole number, an
 * inverted period and impossible semester dates are reported as errors; such a rule or semester
 * requires nothing. A period longer than {@link MAX_CADENCE_PERIOD_DAYS} (20 years) is reported
 * (`cadence.periodTooLong`) and not cut into periods: check it in parts.
 *
 * Arguments not shaped as their types say are reported as `input.*` issues with paths that start
 * with the parameter's name (`['rules', 2, 'every']`, `['options', 'partialPeriods']`), and then
 * `rules` is empty: nothing is counted under a broken rule, period or option. An event that is not
 * an object with a text `kind` and a `YYYY-MM-DD` `date` is reported (`['events', 7]`) and skipped.
 *
 * @param events - what took place. Not modified.
 * @param rules - the duties, such as {@link DEFAULT_CADENCE_RULES}. Not modified.
 * @param period - the days to check, both ends included.
 * @param options - the semesters and the treatment of partial periods.
 * @returns each rule's periods and every issue.
 *
 * @example
 * ```ts
 * import { checkCadence, DEFAULT_CADENCE_RULES, isoDate } from 'cxzy/schedule';
 * const jointMeeting = DEFAULT_CADENCE_RULES.filter((rule) => rule.id === 'jointMeeting');
 * const report = checkCadence(
 *   [
 *     { kind: 'jointMeeting', date: isoDate('2010-09-03') },
 *     { kind: 'jointMeeting', date: isoDate('2010-09-17') },
 *     { kind: 'jointMeeting', date: isoDate('2010-10-15') },
 *   ],
 *   jointMeeting,
 *   { start: isoDate('2010-09-01'), end: isoDate('2010-10-31') },
 * );
 * report.rules[0]?.periods.map((period) => [period.id, period.count, period.shortfall]); // [['2010-09', 2, 0], ['2010-10', 1, 1]]
 * report.issues[0]?.message['zh-CN']; // '2010年10月“联席会议”1 次,应不少于 2 次'
 * ```
 */
export function checkCadence(
  events: readonly CadenceEvent[],
  rules: readonly CadenceRule[],
  period: DateRange,
  options: CheckCadenceOptions = {},
): CadenceReport {
  const shape = checkCadenceShape(events, rules, period, options);
  const issues = shape.issues as ScheduleIssue[];
  if (!shape.usable) return { rules: [], issues };
  const semesters = options.semesters ?? DEFAULT_CHECK_CADENCE_OPTIONS.semesters;
  const policy = options.partialPeriods ?? DEFAULT_CHECK_CADENCE_OPTIONS.partialPeriods;

  if (period.end < period.start) {
    issues.push(scheduleIssue('cadence.invalidPeriod', 'error', ['period', 'end'], { start: period.start, end: period.end }));
  } else {
    const days = daysBetween(period.end, period.start) + 1;
    if (days > MAX_CADENCE_PERIOD_DAYS) {
      const params = { start: period.start, end: period.end, days, maxDays: MAX_CADENCE_PERIOD_DAYS };
      issues.push(scheduleIssue('cadence.periodTooLong', 'error', ['period'], params));
      return { rules: [], issues };
    }
  }
  const usableSemesters = checkSemesters(semesters, issues);

  const kinds = new Set(rules.map((rule) => rule.kind));
  const usableEvents = shape.events;
  for (const { event, index } of usableEvents) {
    if (!kinds.has(event.kind)) {
      issues.push(scheduleIssue('cadence.unmatchedEvent', 'info', ['events', index, 'kind'], { kind: event.kind, date: event.date }));
    }
  }

  const compliance = rules.map((rule, ruleIndex): RuleCompliance => {
    const valid = Number.isInteger(rule.atLeast) && rule.atLeast > 0;
    if (!valid) {
      issues.push(scheduleIssue('cadence.invalidRule', 'error', ['rules', ruleIndex, 'atLeast'], { ruleId: rule.id, atLeast: rule.atLeast }));
    }
    const spans = period.end < period.start ? [] : periodsOf(rule.every, period, usableSemesters);
    const counted = spans.map((): number[] => []);
    const uncounted: number[] = [];
    const firsts = spans.map((span) => dayNumberOf(span.start));
    const lasts = spans.map((span) => dayNumberOf(span.end));
    let count = 0;
    for (const { event, index } of usableEvents) {
      if (event.kind !== rule.kind || event.date < period.start || event.date > period.end) continue;
      count += 1;
      const at = spanOf(dayNumberOf(event.date), firsts, lasts);
      if (at === -1) uncounted.push(index);
      else counted[at]?.push(index);
    }
    const periods = spans.map((span, index): CadencePeriod => {
      const eventIndices = counted[index] ?? [];
      const days = daysBetween(span.end, span.start) + 1;
      const partial = days < span.periodDays;
      const required = valid ? requiredIn(rule.atLeast, days, span.periodDays, partial, policy) : 0;
      const shortfall = Math.max(0, required - eventIndices.length);
      if (shortfall > 0) {
        issues.push(
          scheduleIssue(
            'cadence.shortfall',
            'warning',
            ['rules', ruleIndex],
            { period: span.id, rule: rule.id, count: eventIndices.length, required },
            {},
            // The period's and the rule's names are data of their own, in every locale.
            { cadencePeriod: { [span.id]: span.label }, cadenceRule: { [rule.id]: rule.label } },
          ),
        );
      }
      return { ...span, days, partial, required, count: eventIndices.length, shortfall, eventIndices };
    });
    return { rule, periods, count, uncounted, met: valid && periods.every((entry) => entry.shortfall === 0) };
  });

  return { rules: compliance, issues };
}

/**
 * The longest period {@link checkCadence} cuts into months, quarters, semesters or years: 7,305
 * days, 20 years. A longer one is reported (`cadence.periodTooLong`) instead of listing hundreds of
 * periods per rule (a century of months took the better part of a second).
 *
 * @example
 * ```ts
 * import { checkCadence, DEFAULT_CADENCE_RULES, isoDate, MAX_CADENCE_PERIOD_DAYS } from 'cxzy/schedule';
 * MAX_CADENCE_PERIOD_DAYS; // 7305
 * const report = checkCadence([], DEFAULT_CADENCE_RULES, { start: isoDate('0001-01-01'), end: isoDate('9999-12-31') });
 * report.issues.map((issue) => issue.code); // ['cadence.periodTooLong']
 * ```
 */
export const MAX_CADENCE_PERIOD_DAYS = 7_305;

/**
 * The index of the earliest-starting span that holds `day`, or -1. Spans are sorted by their first
 * day and none is longer than a year and a day, so only the spans that start in the year before
 * `day` are looked at: a binary search finds the last that starts by `day`.
 */
function spanOf(day: number, firsts: readonly number[], lasts: readonly number[]): number {
  let low = 0;
  let high = firsts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((firsts[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  let found = -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the window only saves time; no span starting earlier can hold the day
  for (let at = low - 1; at >= 0 && (firsts[at] as number) > day - LONGEST_SPAN_DAYS; at -= 1) {
    if ((lasts[at] as number) >= day) found = at;
  }
  return found;
}

/** No period is longer than this many days: a year, or a semester that wraps into the next. */
const LONGEST_SPAN_DAYS = 367;

/** What a period requires: all of `atLeast` when whole; when partial, as the policy says. */
function requiredIn(atLeast: number, days: number, periodDays: number, partial: boolean, policy: PartialPeriodPolicy): number {
  if (!partial || policy === 'full') return atLeast;
  if (policy === 'exempt') return 0;
  // atLeast × days ÷ periodDays rounded half up, in whole numbers so no float decides it.
  return Math.floor((2 * atLeast * days + periodDays) / (2 * periodDays));
}

interface Span {
  readonly id: string;
  readonly label: LocalizedText;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly periodDays: number;
}

/**
 * A whole period, by day numbers: a semester that wraps the year may begin in year −1 or end in
 * 10000 when `range` touches the calendar's edge, so it is only written as dates once clipped.
 */
interface WholeSpan {
  readonly id: string;
  readonly label: LocalizedText;
  readonly first: number;
  readonly last: number;
}

/** How each period is named, in every locale, and the labels the names use. */
const PERIOD_TEXTS = /* @__PURE__ */ localizedTable(zhCN.cadencePeriodTexts, en.cadencePeriodTexts);
const PERIOD_LABELS = {
  monthName: /* @__PURE__ */ localizedTable(zhCN.monthNameLabels, en.monthNameLabels),
  quarterNumeral: /* @__PURE__ */ localizedTable(zhCN.quarterNumeralLabels, en.quarterNumeralLabels),
  halfYear: /* @__PURE__ */ localizedTable(zhCN.halfYearLabels, en.halfYearLabels),
} as const;
const MONTHS_IN = { month: 1, quarter: 3, halfYear: 6, year: 12 } as const satisfies Record<Exclude<CadenceUnit, 'semester'>, number>;

/** The periods of `unit` that share days with `range`, clipped to it, in order. */
function periodsOf(unit: CadenceUnit, range: DateRange, semesters: readonly Semester[]): readonly Span[] {
  const first = dayNumberOf(range.start);
  const last = dayNumberOf(range.end);
  const whole = unit === 'semester' ? semesterSpans(range, semesters) : calendarSpans(unit, range);
  return whole
    .filter((span) => span.first <= last && span.last >= first)
    .map(({ id, label, first: spanFirst, last: spanLast }) => ({
      id,
      label,
      // Clipped to the range, which the calendar holds: these are dates.
      start: isoDateOfDayNumber(Math.max(spanFirst, first))!,
      end: isoDateOfDayNumber(Math.min(spanLast, last))!,
      periodDays: spanLast - spanFirst + 1,
    }));
}

function calendarSpans(unit: Exclude<CadenceUnit, 'semester'>, range: DateRange): readonly WholeSpan[] {
  const months = MONTHS_IN[unit];
  const first = partsOf(range.start);
  const last = partsOf(range.end);
  const spans: WholeSpan[] = [];
  // Months are numbered from year 0 so that a quarter or half year is a multiple of its length.
  let index = Math.floor((first.year * MONTHS_IN.year + first.month - 1) / months) * months;
  const lastIndex = last.year * MONTHS_IN.year + last.month - 1;
  for (; index <= lastIndex; index += months) {
    const year = Math.floor(index / MONTHS_IN.year);
    const month = (index % MONTHS_IN.year) + 1;
    const endMonth = month + months - 1;
    const span = { first: toDayNumber(year, month, 1), last: toDayNumber(year, endMonth, daysInMonth(year, endMonth)) };
    spans.push({ ...nameOf(unit, year, month), ...span });
  }
  return spans;
}

function nameOf(unit: Exclude<CadenceUnit, 'semester'>, year: number, month: number): { readonly id: string; readonly label: LocalizedText } {
  // Stryker disable next-line ArithmeticOperator: `month` starts its period, so month - 1 and month + 1 fall in the same part
  const part = Math.floor((month - 1) / MONTHS_IN[unit]) + 1;
  const name = (params: MessageParams): LocalizedText => formatLocalized(PERIOD_TEXTS[unit], params, PERIOD_LABELS);
  switch (unit) {
    case 'month':
      return { id: formatCalendarDate(year, month, 1).slice(0, 7), label: name({ year, month }) };
    case 'quarter':
      return { id: `${year}-Q${part}`, label: name({ year, quarter: part }) };
    case 'halfYear':
      return { id: `${year}-H${part}`, label: name({ year, half: part }) };
    case 'year':
      return { id: String(year), label: name({ year }) };
  }
}

function semesterSpans(range: DateRange, semesters: readonly Semester[]): readonly WholeSpan[] {
  const spans: WholeSpan[] = [];
  for (let year = partsOf(range.start).year - 1; year <= partsOf(range.end).year; year += 1) {
    for (const semester of semesters) {
      spans.push({
        id: `${year}-${semester.id}`,
        // The semester's name is data in every locale; the period's name puts the year beside it.
        label: {
          'zh-CN': formatMessage(PERIOD_TEXTS.semester['zh-CN'], { year, semester: semester.label['zh-CN'] }),
          en: formatMessage(PERIOD_TEXTS.semester.en, { year, semester: semester.label.en }),
        },
        ...occurrence(semester, year),
      });
    }
  }
  return spans.sort((a, b) => a.first - b.first);
}

/**
 * The semester that starts in `year`, as day numbers: it ends the same year, or the next when its
 * end comes first. Day numbers, because the year may be one the calendar does not hold.
 */
function occurrence(semester: Semester, year: number): { readonly first: number; readonly last: number } {
  const wraps =
    semester.end.month < semester.start.month || (semester.end.month === semester.start.month && semester.end.day < semester.start.day);
  const endYear = wraps ? year + 1 : year;
  return {
    first: toDayNumber(year, semester.start.month, semester.start.day),
    last: toDayNumber(endYear, semester.end.month, Math.min(semester.end.day, daysInMonth(endYear, semester.end.month))),
  };
}

/** Any leap year: a semester may end on 29 February, the last day of February in every year. */
const A_LEAP_YEAR = 2000;
/** Any two consecutive years: their semesters meet every overlap the calendar can produce. */
const TWO_CONSECUTIVE_YEARS = [2001, 2002] as const;

/**
 * The semesters that can be used: those whose days exist (29 February is allowed as an end, the
 * last day of February). Overlaps are reported; the semesters are kept.
 */
function checkSemesters(semesters: readonly Semester[], issues: ScheduleIssue[]): readonly Semester[] {
  const usable = semesters.filter((semester, index) => {
    for (const [edge, date] of [['start', semester.start], ['end', semester.end]] as const) {
      const exists =
        Number.isInteger(date.month) &&
        date.month >= 1 &&
        date.month <= MONTHS_IN.year &&
        Number.isInteger(date.day) &&
        date.day >= 1 &&
        date.day <= daysInMonth(A_LEAP_YEAR, date.month);
      const usableStart = edge === 'end' || !(date.month === 2 && date.day === 29);
      if (!exists || !usableStart) {
        issues.push(
          scheduleIssue(
            'cadence.invalidSemester',
            'error',
            ['options', 'semesters', index, edge],
            { semester: semester.id, month: date.month, day: date.day },
            {},
            { semester: { [semester.id]: semester.label } },
          ),
        );
        return false;
      }
    }
    return true;
  });
  const reference = TWO_CONSECUTIVE_YEARS.flatMap((year) => usable.map((semester) => ({ semester, ...occurrence(semester, year) })));
  const reported = new Set<string>();
  reference.forEach((a, i) => {
    for (const b of reference.slice(i + 1)) {
      if (a.semester === b.semester) continue;
      const from = Math.max(a.first, b.first);
      if (from > Math.min(a.last, b.last)) continue;
      const key = [a.semester.id, b.semester.id].sort().join('\u0000');
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push(
        scheduleIssue(
          'cadence.semestersOverlap',
          'error',
          ['options', 'semesters', semesters.indexOf(b.semester)],
          { semester: b.semester.id, other: a.semester.id, date: isoDateOfDayNumber(from)!.slice(5) },
          {},
          { semester: { [b.semester.id]: b.semester.label, [a.semester.id]: a.semester.label } },
        ),
      );
    }
  });
  return usable;
}
