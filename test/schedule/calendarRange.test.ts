import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../src/schema';
import {
  addDays,
  CalendarRangeError,
  checkCadence,
  daysBetween,
  isIsoDate,
  isoDate,
  MAX_ISO_DATE,
  MIN_ISO_DATE,
  NAMED_DAYS,
  namedDayIn,
  parseDatePhrase,
  planSchedule,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type CadenceRule,
  type CalendarRangeReason,
  type IsoDate,
  type Phase,
  type ScheduleTemplate,
} from '../../src/schedule';

/** The reason of the CalendarRangeError `act` throws, or a note of what happened instead. */
function refusal(act: () => unknown): CalendarRangeReason | string {
  try {
    return `returned ${JSON.stringify(act())}`;
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) return `threw ${String(error)}`;
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe('CalendarRangeError');
    return error.reason;
  }
}

describe('the calendar: 0000-01-01 to 9999-12-31, every date YYYY-MM-DD can write', () => {
  it('has its ends as constants, 3,652,425 days apart counting both', () => {
    expect([MIN_ISO_DATE, MAX_ISO_DATE]).toEqual(['0000-01-01', '9999-12-31']);
    expect(isIsoDate(MIN_ISO_DATE) && isIsoDate(MAX_ISO_DATE)).toBe(true);
    expect(daysBetween(MAX_ISO_DATE, MIN_ISO_DATE) + 1).toBe(3_652_425);
  });

  it('agrees with the schema (zod’s ISO date) on the edge cases, so a parsed date never trips the arithmetic', () => {
    const cases = ['0000-01-01', '0000-02-29', '9999-12-31', '1994-12-31', '2011-12-30', '1900-02-29', '2000-02-29', '2100-02-29', '10000-01-01', '-001-12-31'];
    for (const text of cases) expect([text, isIsoDate(text)]).toEqual([text, IsoDateSchema.safeParse(text).success]);
  });

  it('has every day of December 1994 and 2011, whatever the time zone skipped', () => {
    for (let day = 1; day <= 31; day += 1) {
      expect(isIsoDate(`1994-12-${String(day).padStart(2, '0')}`)).toBe(true);
      expect(isIsoDate(`2011-12-${String(day).padStart(2, '0')}`)).toBe(true);
    }
    expect(daysBetween(isoDate('1995-01-01'), isoDate('1994-12-01'))).toBe(31);
    expect(addDays(isoDate('2011-12-29'), 1)).toBe('2011-12-30');
    const december = parseDatePhrase('1994年12月');
    expect(december.success && december.data).toEqual({ start: '1994-12-01', end: '1994-12-31' });
  });
});

describe('addDays, isoDate, daysBetween refuse with a CalendarRangeError, never a string that is not a date', () => {
  it.each([0.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('addDays(…, %d): notWholeDays', (days) => {
    expect(refusal(() => addDays(isoDate('2024-01-31'), days))).toBe('notWholeDays');
  });

  it.each([
    ['9999-12-31', 1],
    ['9999-06-01', 365],
    ['0000-01-01', -1],
    ['2024-01-31', Number.MAX_SAFE_INTEGER],
    ['2024-01-31', 1e300],
    ['2024-01-31', -1e300],
  ] as const)('addDays(%s, %d): outOfRange', (date, days) => {
    expect(refusal(() => addDays(isoDate(date), days))).toBe('outOfRange');
  });

  it('goes right up to both ends', () => {
    expect(addDays(isoDate('9999-12-30'), 1)).toBe('9999-12-31');
    expect(addDays(isoDate('0000-01-02'), -1)).toBe('0000-01-01');
    expect(addDays(MIN_ISO_DATE, 3_652_424)).toBe(MAX_ISO_DATE);
    expect(addDays(MAX_ISO_DATE, -3_652_424)).toBe(MIN_ISO_DATE);
    expect(addDays(isoDate('2024-01-31'), -0)).toBe('2024-01-31');
  });

  it('says notADate for a bad literal or a forged brand', () => {
    expect(refusal(() => isoDate('2010-02-30'))).toBe('notADate');
    expect(refusal(() => isoDate('10000-01-01'))).toBe('notADate');
    expect(refusal(() => addDays('0NaN-NaN-NaN' as IsoDate, 1))).toBe('notADate');
    expect(refusal(() => daysBetween('2024-02-0.5' as IsoDate, isoDate('2024-02-01')))).toBe('notADate');
  });
});

describe('namedDayIn', () => {
  it('dates a named day in the first and last year of the calendar', () => {
    expect(namedDayIn(NAMED_DAYS.partyFounding, 0)).toBe('0000-07-01');
    expect(namedDayIn(NAMED_DAYS.nationalDay, 9999)).toBe('9999-10-01');
  });

  it('refuses a year outside the calendar, a fractional year and a day no year has', () => {
    expect(refusal(() => namedDayIn(NAMED_DAYS.partyFounding, 10000))).toBe('outOfRange');
    expect(refusal(() => namedDayIn(NAMED_DAYS.partyFounding, -1))).toBe('outOfRange');
    expect(refusal(() => namedDayIn(NAMED_DAYS.partyFounding, 2021.5))).toBe('notADate');
    expect(refusal(() => namedDayIn({ ...NAMED_DAYS.partyFounding, month: 13 }, 2021))).toBe('notADate');
    expect(refusal(() => namedDayIn({ ...NAMED_DAYS.partyFounding, day: 0 }, 2021))).toBe('notADate');
    expect(refusal(() => namedDayIn({ ...NAMED_DAYS.partyFounding, day: 1.5 }, 2021))).toBe('notADate');
  });
});

const phaseOf = (id: string, length: ScheduleTemplate['phases'][number]['length'], tasks: ScheduleTemplate['phases'][number]['tasks'] = []) => ({
  id,
  kind: 'custom' as const,
  title: id,
  length,
  tasks,
});
const templateOf = (...phases: ScheduleTemplate['phases']): ScheduleTemplate => ({ id: 't', label: { 'zh-CN': '模板', en: 'Template' }, source: 'test', phases });
const summary = (phases: readonly Phase[]) => phases.map((phase) => [phase.id, phase.start, phase.end]);

describe('planSchedule at the ends of the calendar reports, never throws', () => {
  it('from 9999-06-01: the nine-month phase would end on 10000-03-31; it is reported and has no days', () => {
    const plan = planSchedule(TEMPLATE_NANJIAO_2010, { start: isoDate('9999-06-01') });
    expect(plan.phases.map((phase) => [phase.start, phase.end])).toEqual([
      ['9999-06-01', '9999-06-30'],
      ['9999-07-01', '9999-06-30'],
      ['9999-07-01', '9999-09-30'],
    ]);
    expect(plan.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.phaseId, issue.params])).toEqual([
      [
        'schedule.phaseOutsidePeriod',
        'error',
        ['phases', 1, 'length'],
        TEMPLATE_NANJIAO_2010.phases[1]!.id,
        { phaseTitle: TEMPLATE_NANJIAO_2010.phases[1]!.title, start: '9999-07-01', end: '10000-03-31', periodStart: '0000-01-01', periodEnd: '9999-12-31' },
      ],
    ]);
    for (const phase of plan.phases) expect(isIsoDate(phase.start) && isIsoDate(phase.end)).toBe(true);
    expect(() => validateSchedule(plan.phases)).not.toThrow();
  });

  it('a phase that would start after 9999-12-31 is reported and written as starting on it, without days', () => {
    const plan = planSchedule(templateOf(phaseOf('last', { days: 31 }), phaseOf('after', { days: 1 }), phaseOf('later', { months: 1 })), {
      start: isoDate('9999-12-01'),
    });
    expect(summary(plan.phases)).toEqual([
      ['last', '9999-12-01', '9999-12-31'],
      ['after', '9999-12-31', '9999-12-30'],
      ['later', '9999-12-31', '9999-12-30'],
    ]);
    expect(plan.issues.map((issue) => [issue.code, issue.phaseId, issue.params['start'], issue.params['end']])).toEqual([
      ['schedule.phaseOutsidePeriod', 'after', '10000-01-01', '10000-01-01'],
      ['schedule.phaseOutsidePeriod', 'later', '10000-01-01', '10000-01-31'],
    ]);
  });

  it('an anchor whose next occurrence is in year 10000', () => {
    const plan = planSchedule(templateOf(phaseOf('toJulyFirst', { before: { namedDay: NAMED_DAYS.partyFounding } })), { start: isoDate('9999-07-01') });
    expect(summary(plan.phases)).toEqual([['toJulyFirst', '9999-07-01', '9999-06-30']]);
    expect(plan.issues.map((issue) => [issue.code, issue.params['end']])).toEqual([['schedule.phaseOutsidePeriod', '10000-06-30']]);
  });

  it('a length of more days than the calendar has, or than a double counts exactly', () => {
    const long = planSchedule(templateOf(phaseOf('long', { days: 1e9 })), { start: isoDate('2010-06-01') });
    expect(long.issues.map((issue) => issue.code)).toEqual(['schedule.phaseOutsidePeriod']);
    const huge = planSchedule(templateOf(phaseOf('huge', { days: 2 ** 53 }), phaseOf('more', { months: 2 ** 53 })), { start: isoDate('2010-06-01') });
    expect(huge.issues.map((issue) => [issue.code, issue.params['length']])).toEqual([
      ['template.invalidLength', 2 ** 53],
      ['template.invalidLength', 2 ** 53],
    ]);
    expect(summary(huge.phases)).toEqual([
      ['huge', '2010-06-01', '2010-05-31'],
      ['more', '2010-06-01', '2010-05-31'],
    ]);
  });

  it('a task due outside the calendar has no due date and is reported', () => {
    const plan = planSchedule(
      templateOf(phaseOf('p', { days: 30 }, [{ id: 'far', title: 'far', due: { daysAfterStart: 1e7 } }, { id: 'back', title: 'back', due: { daysBeforeEnd: 1e7 } }])),
      { start: isoDate('9999-12-01') },
    );
    expect(plan.phases[0]!.tasks).toEqual([{ id: 'far', title: 'far' }, { id: 'back', title: 'back' }]);
    expect(plan.issues.map((issue) => [issue.code, issue.taskId, issue.params['due']])).toEqual([
      ['template.taskOutsidePhase', 'far', '10000000'],
      ['template.taskOutsidePhase', 'back', '10000000'],
    ]);
  });

  it('from 0000-01-01, a phase without days still has dates of the calendar', () => {
    const plan = planSchedule(templateOf(phaseOf('bad', { days: 0 }), phaseOf('good', { days: 10 })), { start: MIN_ISO_DATE });
    expect(summary(plan.phases)).toEqual([
      ['bad', '0000-01-02', '0000-01-01'],
      ['good', '0000-01-01', '0000-01-10'],
    ]);
    expect(plan.issues.map((issue) => issue.code)).toEqual(['template.invalidLength']);
  });

  it('an impossible named day in a template is an input issue naming the month', () => {
    const template = templateOf(phaseOf('p', { before: { namedDay: { ...NAMED_DAYS.partyFounding, month: 13 } } }));
    const plan = planSchedule(template, { start: isoDate('2010-06-01') });
    expect(plan.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['input.tooLarge', 'template.phases.0.length.before.namedDay.month']]);
    expect(plan.phases).toEqual([]);
  });
});

describe('parseDatePhrase reports dates outside the calendar', () => {
  const codeOf = (text: string, year?: number) => {
    const result = parseDatePhrase(text, year === undefined ? {} : { year });
    return result.success ? result.data : result.issues.map((issue) => [issue.code, issue.params]);
  };

  it('“0000年1月1日前”: no day before the first', () => {
    expect(codeOf('0000年1月1日前')).toEqual([['datePhrase.notADate', { text: '0000年1月1日前', year: -1, month: 12, day: 31 }]]);
    expect(codeOf('0000年1月2日前')).toEqual({ end: '0000-01-01' });
  });

  it('a default year outside 0–9999 or not whole', () => {
    expect(codeOf('7月1日', 10000)).toEqual([['datePhrase.notADate', { text: '7月1日', year: 10000, month: 7, day: 1 }]]);
    expect(codeOf('7月', 2021.5)).toEqual([['datePhrase.notADate', { text: '7月', year: 2021.5, month: 7, day: 1 }]]);
    expect(codeOf('七一前', -1)).toEqual([['datePhrase.notADate', { text: '七一前', year: -1, month: 7, day: 1 }]]);
    expect(codeOf('9999年12月底')).toEqual({ start: '9999-12-31', end: '9999-12-31' });
  });
});

describe('checkCadence and validateSchedule at the ends of the calendar', () => {
  const bySemester: CadenceRule = { id: 's', kind: 's', label: { 'zh-CN': '每学期', en: 'Each semester' }, every: 'semester', atLeast: 1, source: 'test' };

  it('semesters that begin in year −1 or end in 10000 are clipped to the period, not written', () => {
    for (const period of [
      { start: MIN_ISO_DATE, end: isoDate('0000-12-31') },
      { start: isoDate('9999-01-01'), end: MAX_ISO_DATE },
    ]) {
      const report = checkCadence([], [bySemester], period);
      const periods = report.rules[0]!.periods;
      expect(periods.map((entry) => entry.id)).toEqual(
        period.start === MIN_ISO_DATE ? ['-1-autumn', '0-spring', '0-autumn'] : ['9998-autumn', '9999-spring', '9999-autumn'],
      );
      for (const entry of periods) expect(isIsoDate(entry.start) && isIsoDate(entry.end) && entry.partial === entry.days < entry.periodDays).toBe(true);
      expect(periods[0]!.start).toBe(period.start);
      expect(periods.at(-1)!.end).toBe(period.end);
    }
  });

  it('validateSchedule checks phases touching both ends', () => {
    const phases: Phase[] = [
      { id: 'a', kind: 'custom', title: 'a', start: MIN_ISO_DATE, end: isoDate('0000-01-31'), tasks: [] },
      { id: 'b', kind: 'custom', title: 'b', start: isoDate('9999-12-01'), end: MAX_ISO_DATE, tasks: [] },
      { id: 'c', kind: 'custom', title: 'c', start: MAX_ISO_DATE, end: MAX_ISO_DATE, tasks: [] },
    ];
    expect(validateSchedule(phases).map((issue) => [issue.code, issue.params['from'], issue.params['to']])).toEqual([
      ['schedule.gap', '0000-02-01', '9999-11-30'],
      ['schedule.overlap', '9999-12-31', '9999-12-31'],
    ]);
  });
});
