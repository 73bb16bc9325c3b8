import * as z from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../../core/_calendar';
import { PHASE_KINDS } from '../../schedule/types';
import { DateRangeSchema } from '../campaign';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, reportingProtoKey, TextSchema, uniqueBy } from '../primitives';
import { BEFORE_READINGS, CADENCE_UNITS, PARTIAL_PERIOD_POLICIES, whole } from './_fields';

const MONTHS = 12;
const LONGEST_MONTH = 31;

/**
 * A `CadenceRule`: events of `kind` at least `atLeast` times every `every`.
 *
 * @example
 * ```ts
 * import { CadenceRuleSchema } from 'cxzy/schema';
 * CadenceRuleSchema.safeParse({
 *   id: 'jointMeeting', kind: 'jointMeeting', label: { 'zh-CN': '联席会议', en: 'Joint meeting' },
 *   every: 'month', atLeast: 2, source: '联席会议每月不少于2次',
 * }).success; // true
 * ```
 */
export const CadenceRuleSchema = z.strictObject({
  id: IdSchema,
  kind: IdSchema,
  label: LocalizedTextSchema,
  every: z.enum(CADENCE_UNITS),
  atLeast: whole(1),
  source: TextSchema,
});

/**
 * A list of cadence rules, as `checkCadence` takes it: ids unique.
 *
 * @example
 * ```ts
 * import { DEFAULT_CADENCE_RULES } from 'cxzy/schedule';
 * import { CadenceRulesSchema } from 'cxzy/schema';
 * CadenceRulesSchema.safeParse(DEFAULT_CADENCE_RULES).success; // true
 * ```
 */
export const CadenceRulesSchema = uniqueBy(CadenceRuleSchema, 'id');

/**
 * A `MonthDay`: a month (1–12) and a day (1–31). Whether the month has that day is the function's
 * to report.
 *
 * @example
 * ```ts
 * import { MonthDaySchema } from 'cxzy/schema';
 * MonthDaySchema.safeParse({ month: 9, day: 1 }).success; // true
 * MonthDaySchema.safeParse({ month: 13, day: 1 }).success; // false
 * ```
 */
export const MonthDaySchema = z.strictObject({
  month: whole(1, MONTHS),
  day: whole(1, LONGEST_MONTH),
});

/**
 * A school `Semester`, by the month and day it starts and ends each year.
 *
 * @example
 * ```ts
 * import { DEFAULT_SEMESTERS } from 'cxzy/schedule';
 * import { SemesterSchema } from 'cxzy/schema';
 * SemesterSchema.safeParse(DEFAULT_SEMESTERS[1]).success; // true
 * ```
 */
export const SemesterSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  start: MonthDaySchema,
  end: MonthDaySchema,
});

/**
 * The options of `checkCadence` (`CheckCadenceOptions`): the semesters (ids unique) and what a
 * partly covered period requires.
 *
 * @example
 * ```ts
 * import { DEFAULT_CHECK_CADENCE_OPTIONS } from 'cxzy/schedule';
 * import { CheckCadenceOptionsSchema } from 'cxzy/schema';
 * CheckCadenceOptionsSchema.safeParse(DEFAULT_CHECK_CADENCE_OPTIONS).success; // true
 * ```
 */
export const CheckCadenceOptionsSchema = z.strictObject({
  semesters: uniqueBy(SemesterSchema, 'id').exactOptional(),
  partialPeriods: z.enum(PARTIAL_PERIOD_POLICIES).exactOptional(),
});

/**
 * A `NamedDay`: a month and day that recur every year, its label, and the ways plans write it.
 *
 * @example
 * ```ts
 * import { NAMED_DAYS } from 'cxzy/schedule';
 * import { NamedDaySchema } from 'cxzy/schema';
 * NamedDaySchema.safeParse(NAMED_DAYS.teachersDay).success; // true
 * ```
 */
export const NamedDaySchema = z.strictObject({
  month: whole(1, MONTHS),
  day: whole(1, LONGEST_MONTH),
  label: LocalizedTextSchema,
  names: z.array(TextSchema),
});

/**
 * A `PartyCongress`: which congress, the day it opened, its name.
 *
 * @example
 * ```ts
 * import { PARTY_CONGRESSES } from 'cxzy/schedule';
 * import { PartyCongressSchema } from 'cxzy/schema';
 * PartyCongressSchema.safeParse(PARTY_CONGRESSES[2]).success; // true
 * ```
 */
export const PartyCongressSchema = z.strictObject({
  ordinal: whole(1),
  opening: IsoDateSchema,
  label: LocalizedTextSchema,
});

/**
 * The options of `parseDatePhrase` (`DatePhraseOptions`): the year (0 to 9999), how "前" is read,
 * the named days and the congresses.
 *
 * @example
 * ```ts
 * import { DatePhraseOptionsSchema } from 'cxzy/schema';
 * DatePhraseOptionsSchema.safeParse({ year: 2021, before: 'exclusive' }).success; // true
 * DatePhraseOptionsSchema.safeParse({ year: -2011 }).success; // false
 * ```
 */
export const DatePhraseOptionsSchema = z.strictObject({
  year: whole(FIRST_YEAR, LAST_YEAR).exactOptional(),
  before: z.enum(BEFORE_READINGS).exactOptional(),
  namedDays: reportingProtoKey(z.record(IdSchema, NamedDaySchema)).exactOptional(),
  congresses: z.array(PartyCongressSchema).exactOptional(),
});

const DayAnchorSchema = z.union([
  z.strictObject({ namedDay: NamedDaySchema }),
  z.strictObject({ congress: PartyCongressSchema }),
]);

/**
 * A `TaskTemplate`: a task's id, title and when it falls due — days after its phase starts, days
 * before it ends, or before a named day or a congress.
 *
 * @example
 * ```ts
 * import { TaskTemplateSchema } from 'cxzy/schema';
 * TaskTemplateSchema.safeParse({ id: 'campaign-plan', title: '制定活动方案', due: { daysBeforeEnd: 0 } }).success; // true
 * ```
 */
export const TaskTemplateSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  due: z
    .union([
      z.strictObject({ daysAfterStart: whole(0) }),
      z.strictObject({ daysBeforeEnd: whole(0) }),
      z.strictObject({ before: DayAnchorSchema }),
    ])
    .exactOptional(),
});

/**
 * A `PhaseTemplate`: its id, kind, title, length (days, months, or up to an anchor) and tasks
 * (ids unique).
 *
 * @example
 * ```ts
 * import { PhaseTemplateSchema } from 'cxzy/schema';
 * PhaseTemplateSchema.safeParse({ id: 'summary', kind: 'summary', title: '总结', length: { months: 1 }, tasks: [] }).success; // true
 * PhaseTemplateSchema.safeParse({ id: 'summary', kind: 'summary', title: '总结', length: { months: 0 }, tasks: [] }).success; // false
 * ```
 */
export const PhaseTemplateSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(PHASE_KINDS),
  title: TextSchema,
  length: z.union([
    z.strictObject({ days: whole(1) }),
    z.strictObject({ months: whole(1) }),
    z.strictObject({ before: DayAnchorSchema }),
  ]),
  tasks: uniqueBy(TaskTemplateSchema, 'id'),
});

/**
 * A `ScheduleTemplate`: a campaign's phases without dates (phase ids unique), as `planSchedule`
 * dates them.
 *
 * @example
 * ```ts
 * import { TEMPLATE_NANJIAO_2010 } from 'cxzy/schedule';
 * import { ScheduleTemplateSchema } from 'cxzy/schema';
 * ScheduleTemplateSchema.safeParse(TEMPLATE_NANJIAO_2010).success; // true
 * ```
 */
export const ScheduleTemplateSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  source: TextSchema,
  phases: uniqueBy(PhaseTemplateSchema, 'id'),
});

/**
 * The options of `planSchedule` (`PlanScheduleOptions`): the first day, and how "前" is read.
 *
 * @example
 * ```ts
 * import { PlanScheduleOptionsSchema } from 'cxzy/schema';
 * PlanScheduleOptionsSchema.safeParse({ start: '2010-06-01' }).success; // true
 * PlanScheduleOptionsSchema.safeParse({}).success; // false
 * ```
 */
export const PlanScheduleOptionsSchema = z.strictObject({
  start: IsoDateSchema,
  before: z.enum(BEFORE_READINGS).exactOptional(),
});

/**
 * The fewest days a phase of each kind should last (`ValidateScheduleOptions['minPhaseDays']`).
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_PHASE_DAYS } from 'cxzy/schedule';
 * import { MinPhaseDaysSchema } from 'cxzy/schema';
 * MinPhaseDaysSchema.safeParse(DEFAULT_MIN_PHASE_DAYS).success; // true
 * MinPhaseDaysSchema.safeParse({ holiday: 3 }).success; // false
 * ```
 */
export const MinPhaseDaysSchema = reportingProtoKey(z.partialRecord(z.enum(PHASE_KINDS), whole(0)));

/**
 * The options of `validateSchedule` (`ValidateScheduleOptions`): the period, and the usual
 * lengths of phases.
 *
 * @example
 * ```ts
 * import { ValidateScheduleOptionsSchema } from 'cxzy/schema';
 * ValidateScheduleOptionsSchema.safeParse({ period: { start: '2021-05-01', end: '2021-06-30' }, minPhaseDays: {} }).success; // true
 * ```
 */
export const ValidateScheduleOptionsSchema = z.strictObject({
  period: DateRangeSchema.exactOptional(),
  minPhaseDays: MinPhaseDaysSchema.exactOptional(),
});

/**
 * The options of `deadlines` (`DeadlinesOptions`): how many days ahead a task is upcoming.
 *
 * @example
 * ```ts
 * import { DEFAULT_DEADLINES_OPTIONS } from 'cxzy/schedule';
 * import { DeadlinesOptionsSchema } from 'cxzy/schema';
 * DeadlinesOptionsSchema.safeParse(DEFAULT_DEADLINES_OPTIONS).success; // true
 * DeadlinesOptionsSchema.safeParse({ withinDays: 1.5 }).success; // false
 * ```
 */
export const DeadlinesOptionsSchema = z.strictObject({
  withinDays: whole(0).exactOptional(),
});
