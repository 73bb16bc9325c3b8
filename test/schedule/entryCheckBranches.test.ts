import { describe, expect, it } from 'vitest';
import {
  checkCadence,
  DEFAULT_CADENCE_RULES,
  InvalidInputError,
  isoDate,
  NAMED_DAYS,
  namedDayIn,
  parseDatePhrase,
  phaseAt,
  planSchedule,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type CadenceEvent,
  type CadenceRule,
  type Phase,
  type ScheduleTemplate,
} from '../../src/schedule';

/** What a user checks first of each issue: its code and its path. */
const where = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((issue) => [issue.code, issue.path.join('.')]);
const cast = <T>(value: unknown) => value as T;
const period = { start: isoDate('2011-01-01'), end: isoDate('2011-12-31') };
const meeting: CadenceEvent = { kind: 'branchCommitteeMeeting', date: isoDate('2011-03-01') };

describe('checkCadence reports each event, rule and semester it cannot read', () => {
  it('reports an event with an id that is a number and leaves that event out', () => {
    const report = checkCadence(cast([{ ...meeting, id: 7 }, meeting]), DEFAULT_CADENCE_RULES, period);
    expect(where(report.issues)[0]).toEqual(['input.expected', 'events.0.id']);
    expect(report.issues[0]?.message['zh-CN']).toMatch(/应为文本,实际为数字 7$/);
    expect(report.rules.length).toBeGreaterThan(0);
  });

  it('after 100 input problems, skips further events that are null without an issue each', () => {
    const report = checkCadence(cast(Array.from({ length: 120 }, () => null)), DEFAULT_CADENCE_RULES, period);
    const input = report.issues.filter((issue) => issue.code.startsWith('input.'));
    expect(input).toHaveLength(100);
    expect(input.at(-1)?.path).toEqual(['events', 99]);
  });

  it('reports a rule that is null and a label that is text, and counts nothing', () => {
    const rules = cast<CadenceRule[]>([null, { ...DEFAULT_CADENCE_RULES[0]!, label: '支委会' }]);
    const report = checkCadence([meeting], rules, period);
    expect(where(report.issues)).toEqual([
      ['input.expected', 'rules.0'],
      ['input.expected', 'rules.1.label'],
    ]);
    expect(report.rules).toEqual([]);
  });

  it('reports a semester that is null and a semester whose end is not a month and day', () => {
    const semesters = [null, { id: 'spring', label: { 'zh-CN': '春季学期', en: 'Spring' }, start: { month: 2, day: 1 }, end: '08-31' }];
    const report = checkCadence([meeting], DEFAULT_CADENCE_RULES, period, cast({ semesters }));
    expect(where(report.issues)).toEqual([
      ['input.expected', 'options.semesters.0'],
      ['input.expected', 'options.semesters.1.end'],
    ]);
    expect(report.rules).toEqual([]);
  });
});

describe('parseDatePhrase reports options it cannot read instead of reading the text', () => {
  it('reports options that are text', () => {
    const result = parseDatePhrase('国庆前', cast('2011'));
    expect(result.success).toBe(false);
    expect(result.success ? [] : where(result.issues)).toEqual([['input.expected', 'options']]);
  });

  it('reports a named day that is null and a congress that is null', () => {
    const result = parseDatePhrase('国庆前', cast({ namedDays: { teachersDay: null }, congresses: [null] }));
    expect(result.success ? [] : where(result.issues)).toEqual([
      ['input.expected', 'options.namedDays.teachersDay'],
      ['input.expected', 'options.congresses.0'],
    ]);
  });

  it('reports a named day whose label is text', () => {
    const result = parseDatePhrase('教师节前', cast({ namedDays: { teachersDay: { month: 9, day: 10, label: '教师节', names: ['教师节'] } } }));
    expect(result.success ? [] : where(result.issues)).toEqual([['input.expected', 'options.namedDays.teachersDay.label']]);
  });
});

describe('phaseAt and validateSchedule report phases they cannot read', () => {
  const phase: Phase = { id: 'p', kind: 'mobilization', title: '广泛发动', start: isoDate('2010-06-01'), end: isoDate('2010-06-30'), tasks: [] };
  it('reports tasks that are not a list and a task that is null', () => {
    expect(() => phaseAt(cast([{ ...phase, tasks: null }, { ...phase, id: 'q', tasks: [null] }]), isoDate('2010-06-10'))).toThrow(InvalidInputError);
    try {
      phaseAt(cast([{ ...phase, tasks: null }, { ...phase, id: 'q', tasks: [null] }]), isoDate('2010-06-10'));
    } catch (error) {
      expect(where((error as InvalidInputError).issues)).toEqual([
        ['input.expected', 'phases.0.tasks'],
        ['input.expected', 'phases.1.tasks.0'],
      ]);
    }
  });

  it('reports a campaign whose period is not an object', () => {
    const issues = validateSchedule(cast({ period: 'all year', phases: [phase] }));
    expect(where(issues).filter(([code]) => String(code).startsWith('input.'))).toContainEqual(['input.expected', 'period']);
  });
});

describe('planSchedule reports each part of a template it cannot read', () => {
  const start = isoDate('2010-09-08');
  const withPhase = (phase: unknown) => cast<ScheduleTemplate>({ ...TEMPLATE_NANJIAO_2010, phases: [phase] });
  const first = TEMPLATE_NANJIAO_2010.phases[0];
  it.each([
    ['a phase that is null', null, ['input.expected', 'template.phases.0']],
    ['tasks that are not a list', { ...first, tasks: 'none' }, ['input.expected', 'template.phases.0.tasks']],
    ['a task that is null', { ...first, tasks: [null] }, ['input.expected', 'template.phases.0.tasks.0']],
    ['a length that is a number', { ...first, length: 30 }, ['input.expected', 'template.phases.0.length']],
    ['a length with no known key', { ...first, length: { weeks: 4 } }, ['input.missing', 'template.phases.0.length.days']],
    ['a length before an anchor that is null', { ...first, length: { before: null } }, ['input.expected', 'template.phases.0.length.before']],
    ['a congress that is null', { ...first, length: { before: { congress: null } } }, ['input.expected', 'template.phases.0.length.before.congress']],
    ['a named day that is null', { ...first, length: { before: { namedDay: null } } }, ['input.expected', 'template.phases.0.length.before.namedDay']],
  ])('reports %s, plans nothing', (_, phase, expected) => {
    const planned = planSchedule(withPhase(phase), { start });
    expect(planned.phases).toEqual([]);
    expect(where(planned.issues)).toEqual([expected]);
  });

  it('reports a template that is null and a label that is text', () => {
    expect(where(planSchedule(cast(null), { start }).issues)).toEqual([['input.expected', 'template']]);
    expect(where(planSchedule(cast({ ...TEMPLATE_NANJIAO_2010, label: '三步走' }), { start }).issues)).toEqual([['input.expected', 'template.label']]);
  });

  it('names the field and what was found in zh-CN', () => {
    const planned = planSchedule(withPhase({ ...first, length: { weeks: 4 } }), { start });
    expect(planned.issues[0]?.message['zh-CN']).not.toMatch(/[A-Za-z]{4,}/u);
  });
});

describe('the readers name what they were given', () => {
  it('reads a congress named by one Chinese digit (九大) as the 9th, and says its date is not known', () => {
    const result = parseDatePhrase('九大前', { year: 2011 });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.params['ordinal'], issue.message['zh-CN']])).toEqual([
      ['datePhrase.unknownCongress', 9, '日期表述“九大前”提到的党的第 9 次全国代表大会不在已知的召开日期中'],
    ]);
  });

  it('namedDayIn refuses a missing year as missing, not as a wrong type', () => {
    try {
      namedDayIn(NAMED_DAYS.nationalDay, cast<number>(undefined));
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']])).toEqual([
        ['input.missing', 'year', '缺少“年份”'],
      ]);
    }
  });

  it('validateSchedule refuses a campaign of more than 100 phases at the path of its phases', () => {
    const phase: Phase = { id: 'p', kind: 'mobilization', title: '广泛发动', start: isoDate('2010-06-01'), end: isoDate('2010-06-30'), tasks: [] };
    const phases = Array.from({ length: 101 }, (_, index) => ({ ...phase, id: `p${index}` }));
    const issues = validateSchedule(cast({ period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') }, phases }));
    expect(issues.map((issue) => [issue.code, issue.path.join('.'), issue.params['count']])).toEqual([['schedule.tooManyPhases', 'phases', 101]]);
  });
});
