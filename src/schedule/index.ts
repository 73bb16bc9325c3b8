/**
 * Calendar dates, phases and tasks of a campaign: named days and Party congresses, the plans' date
 * phrases, schedule checks, the phase under way, deadlines, templates, and recurring duties.
 *
 * @packageDocumentation
 */
export { addDays, daysBetween, isIsoDate, isoDate, MAX_ISO_DATE, MIN_ISO_DATE, type IsoDate } from '../core/isoDate';
export { CalendarRangeError, type CalendarRangeReason } from '../core/calendarRangeError';
export { InvalidInputError } from '../core/input';
export type {
  BeforeReading,
  DateSpan,
  Deadline,
  DeadlineReport,
  Phase,
  PhaseKind,
  PhasePosition,
  PhaseStatus,
  ScheduledCampaign,
  ScheduleIssue,
  Task,
} from './types';
export { CADENCE_UNIT_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from './labels';
export { SCHEDULE_MESSAGES, type ScheduleIssueCode } from './messages';
export { NAMED_DAYS, namedDayIn, PARTY_CONGRESSES, type NamedDay, type NamedDayId, type PartyCongress } from './namedDays';
export { DEFAULT_DATE_PHRASE_OPTIONS, MAX_DATE_PHRASE_LENGTH, parseDatePhrase, type DatePhraseOptions } from './parseDatePhrase';
export { DEFAULT_MIN_PHASE_DAYS, MAX_SCHEDULE_PHASES, validateSchedule, type ValidateScheduleOptions } from './validateSchedule';
export { phaseAt } from './phaseAt';
export { deadlines, DEFAULT_DEADLINES_OPTIONS, type DeadlinesOptions } from './deadlines';
export {
  SCHEDULE_TEMPLATES,
  TEMPLATE_FOUR_STEPS_2010,
  TEMPLATE_FUNCTIONAL_GROUPS_2022,
  TEMPLATE_NANJIAO_2010,
  type DayAnchor,
  type PhaseLength,
  type PhaseTemplate,
  type ScheduleTemplate,
  type TaskDue,
  type TaskTemplate,
} from './templates';
export { planSchedule, type PlannedSchedule, type PlanScheduleOptions } from './planSchedule';
export {
  DEFAULT_CADENCE_RULES,
  DEFAULT_SEMESTERS,
  type CadenceEvent,
  type CadencePeriod,
  type CadenceRule,
  type CadenceUnit,
  type MonthDay,
  type PartialPeriodPolicy,
  type RuleCompliance,
  type Semester,
} from './cadence';
export { checkCadence, DEFAULT_CHECK_CADENCE_OPTIONS, MAX_CADENCE_PERIOD_DAYS, type CadenceReport, type CheckCadenceOptions } from './checkCadence';
export { PHASE_KINDS } from './types';
