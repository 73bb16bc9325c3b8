import { describe, expect, it } from 'vitest';
import {
  CADENCE_UNIT_LABELS,
  checkCadence,
  DEFAULT_CADENCE_RULES,
  DEFAULT_CHECK_CADENCE_OPTIONS,
  DEFAULT_SEMESTERS,
  isoDate,
  type CadenceEvent,
  type CadenceRule,
  type Semester,
} from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const rule = (id: string) => {
  const found = DEFAULT_CADENCE_RULES.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const event = (kind: string, date: string): CadenceEvent => ({ kind, date: isoDate(date) });
const range = (start: string, end: string) => ({ start: isoDate(start), end: isoDate(end) });
const table = (report: ReturnType<typeof checkCadence>, index = 0) =>
  report.rules[index]?.periods.map((period) => [period.id, period.count, period.required, period.shortfall]);

describe('the default duties, as data', () => {
  it.each([
    ['branchGeneralMeeting', '支部党员大会', 'quarter', 1],
    ['branchCommitteeMeeting', '支部委员会会议', 'month', 1],
    ['partyGroupMeeting', '党小组会', 'month', 1],
    ['partyLecture', '党课', 'year', 1],
    ['themedPartyDay', '主题党日', 'month', 1],
    ['organizationalLifeMeeting', '组织生活会', 'year', 1],
    ['democraticAppraisal', '民主评议党员', 'year', 1],
    ['jointMeeting', '联席会议', 'month', 2],
    ['peerReview', '党员互评', 'halfYear', 1],
    ['leadershipReview', '领导点评', 'halfYear', 1],
    ['parentMeeting', '家长会', 'semester', 1],
  ] as const)('%s: %s, %s, at least %i', (id, label, every, atLeast) => {
    expect(rule(id)).toMatchObject({ label: { 'zh-CN': label }, every, atLeast });
    expect(CADENCE_UNIT_LABELS[every]['zh-CN']).toMatch(/^每/);
  });

  it('has one rule per kind, with its source', () => {
    const ids = DEFAULT_CADENCE_RULES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of DEFAULT_CADENCE_RULES) expect(entry.source).not.toBe('');
  });
});

describe('checkCadence — whole periods', () => {
  it('联席会议每月不少于2次: counts each month and reports the short one', () => {
    const events = deepFreeze([event('jointMeeting', '2010-09-03'), event('jointMeeting', '2010-09-17'), event('jointMeeting', '2010-10-15')]);
    const report = checkCadence(events, deepFreeze([rule('jointMeeting')]), range('2010-09-01', '2010-10-31'));
    expect(table(report)).toEqual([['2010-09', 2, 2, 0], ['2010-10', 1, 2, 1]]);
    expect(report.rules[0]?.met).toBe(false);
    expect(report.rules[0]?.periods[0]?.eventIndices).toEqual([0, 1]);
    expect(report.issues).toEqual([
      {
        code: 'cadence.shortfall',
        severity: 'warning',
        path: ['rules', 0],
        message: { 'zh-CN': '2010年10月“联席会议”1 次,应不少于 2 次', en: 'Oct 2010: "Joint meeting" held 1 times; at least 2 required' },
        // Plain values: the period's and the rule's ids; the message names them in each locale.
        params: { period: '2010-10', rule: 'jointMeeting', count: 1, required: 2 },
      },
    ]);
  });

  it('支部党员大会 at least quarterly, named by quarter', () => {
    const report = checkCadence([event('branchGeneralMeeting', '2011-03-31'), event('branchGeneralMeeting', '2011-07-01')], [rule('branchGeneralMeeting')], range('2011-01-01', '2011-12-31'));
    expect(table(report)).toEqual([['2011-Q1', 1, 1, 0], ['2011-Q2', 0, 1, 1], ['2011-Q3', 1, 1, 0], ['2011-Q4', 0, 1, 1]]);
    expect(report.rules[0]?.periods[3]?.label).toEqual({ 'zh-CN': '2011年第四季度', en: 'Q4 2011' });
  });

  it('党员互评 every half year, 党课 every year', () => {
    const events = [event('peerReview', '2011-06-30'), event('partyLecture', '2011-12-31')];
    const report = checkCadence(events, [rule('peerReview'), rule('partyLecture')], range('2011-01-01', '2011-12-31'));
    expect(table(report, 0)).toEqual([['2011-H1', 1, 1, 0], ['2011-H2', 0, 1, 1]]);
    expect(report.rules[0]?.periods[1]?.label['zh-CN']).toBe('2011年下半年');
    expect(table(report, 1)).toEqual([['2011', 1, 1, 0]]);
  });

  it('counts February 2012 with its 29th day', () => {
    const report = checkCadence([event('themedPartyDay', '2012-02-29')], [rule('themedPartyDay')], range('2012-02-01', '2012-02-29'));
    expect(report.rules[0]?.periods[0]).toMatchObject({ id: '2012-02', days: 29, periodDays: 29, partial: false, count: 1 });
  });

  it('家长会 once a semester, with the default school year', () => {
    expect(DEFAULT_CHECK_CADENCE_OPTIONS.semesters).toBe(DEFAULT_SEMESTERS);
    const report = checkCadence([event('parentMeeting', '2011-01-10'), event('parentMeeting', '2011-08-31')], [rule('parentMeeting')], range('2010-09-01', '2012-01-31'));
    expect(table(report)).toEqual([['2010-autumn', 1, 1, 0], ['2011-spring', 1, 1, 0], ['2011-autumn', 0, 1, 1]]);
    expect(report.rules[0]?.periods[0]).toMatchObject({ start: '2010-09-01', end: '2011-01-31', label: { 'zh-CN': '2010年秋季学期' } });
  });

  it('ignores events outside the period, and reports kinds no rule counts', () => {
    const report = checkCadence([event('jointMeeting', '2010-08-31'), event('校园开放日', '2010-09-05')], [rule('jointMeeting')], range('2010-09-01', '2010-09-30'));
    expect(report.rules[0]?.count).toBe(0);
    expect(report.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['cadence.unmatchedEvent', 'info', ['events', 1, 'kind']],
      ['cadence.shortfall', 'warning', ['rules', 0]],
    ]);
  });
});

describe('checkCadence — partial first and last periods', () => {
  const period = range('2010-06-01', '2010-12-31');

  it('prorates by default: a yearly 党课 is owed for 214 of 365 days, rounded half up to 1', () => {
    const report = checkCadence([], [rule('partyLecture')], period);
    expect(report.rules[0]?.periods[0]).toMatchObject({ id: '2010', partial: true, days: 214, periodDays: 365, required: 1, shortfall: 1 });
  });

  it('prorates a quarterly 支部党员大会 seen for 30 days of 91 down to none', () => {
    const report = checkCadence([], [rule('branchGeneralMeeting')], period);
    expect(table(report)).toEqual([['2010-Q2', 0, 0, 0], ['2010-Q3', 0, 1, 1], ['2010-Q4', 0, 1, 1]]);
    expect(report.rules[0]?.periods[0]).toMatchObject({ start: '2010-06-01', end: '2010-06-30', partial: true });
  });

  it('rounds half up: half of June owes one of the two 联席会议', () => {
    const report = checkCadence([], [rule('jointMeeting')], range('2010-06-16', '2010-07-15'));
    expect(table(report)).toEqual([['2010-06', 0, 1, 1], ['2010-07', 0, 1, 1]]);
  });

  it('can require the full count, or nothing, of a partial period', () => {
    expect(table(checkCadence([], [rule('branchGeneralMeeting')], period, { partialPeriods: 'full' }))?.[0]).toEqual(['2010-Q2', 0, 1, 1]);
    expect(table(checkCadence([], [rule('partyLecture')], period, { partialPeriods: 'exempt' }))).toEqual([['2010', 0, 0, 0]]);
  });

  it('treats a partial last period the same way', () => {
    const report = checkCadence([], [rule('peerReview')], range('2011-01-01', '2011-07-10'));
    expect(table(report)).toEqual([['2011-H1', 0, 1, 1], ['2011-H2', 0, 0, 0]]);
  });
});

describe('checkCadence — a school’s own semesters and bad rules', () => {
  const withHolidays: readonly Semester[] = [
    { id: 'spring', label: { 'zh-CN': '春季学期', en: 'Spring semester' }, start: { month: 2, day: 20 }, end: { month: 7, day: 10 } },
    { id: 'autumn', label: { 'zh-CN': '秋季学期', en: 'Autumn semester' }, start: { month: 9, day: 1 }, end: { month: 1, day: 20 } },
  ];

  it('leaves an event in the holidays uncounted, and says which', () => {
    const report = checkCadence([event('parentMeeting', '2011-08-01'), event('parentMeeting', '2011-03-01')], [rule('parentMeeting')], range('2011-01-01', '2011-12-31'), {
      semesters: withHolidays,
    });
    expect(report.rules[0]?.uncounted).toEqual([0]);
    expect(report.rules[0]?.count).toBe(2);
    expect(table(report)).toEqual([['2010-autumn', 0, 0, 0], ['2011-spring', 1, 1, 0], ['2011-autumn', 0, 1, 1]]);
  });

  it('reports overlapping semesters and counts an event once', () => {
    const overlapping: readonly Semester[] = [...withHolidays, { id: 'summer', label: { 'zh-CN': '暑期学校', en: 'Summer school' }, start: { month: 7, day: 1 }, end: { month: 8, day: 31 } }];
    const report = checkCadence([event('parentMeeting', '2011-07-05')], [rule('parentMeeting')], range('2011-01-01', '2011-12-31'), { semesters: overlapping });
    expect(report.issues.filter((issue) => issue.code === 'cadence.semestersOverlap').map((issue) => issue.params)).toEqual([
      { semester: 'summer', other: 'spring', date: '07-01' },
    ]);
    expect(report.rules[0]?.periods.reduce((sum, period) => sum + period.count, 0)).toBe(1);
  });

  it('reports a semester day that does not exist, and uses the others', () => {
    const bad: readonly Semester[] = [
      { id: 'spring', label: { 'zh-CN': '春季学期', en: 'Spring semester' }, start: { month: 2, day: 30 }, end: { month: 7, day: 10 } },
      { id: 'leap', label: { 'zh-CN': '闰日学期', en: 'Leap semester' }, start: { month: 2, day: 29 }, end: { month: 3, day: 1 } },
      withHolidays[1]!,
    ];
    const report = checkCadence([], [rule('parentMeeting')], range('2011-09-01', '2011-12-31'), { semesters: bad });
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['cadence.invalidSemester', ['options', 'semesters', 0, 'start']],
      ['cadence.invalidSemester', ['options', 'semesters', 1, 'start']],
      ['cadence.shortfall', ['rules', 0]],
    ]);
  });

  it('reads a semester that ends in the same month it starts, a year on', () => {
    const yearLong: readonly Semester[] = [{ id: 'year', label: { 'zh-CN': '学年', en: 'School year' }, start: { month: 9, day: 15 }, end: { month: 9, day: 14 } }];
    const report = checkCadence([], [rule('parentMeeting')], range('2011-09-15', '2012-09-14'), { semesters: yearLong });
    expect(report.rules[0]?.periods.map((period) => [period.id, period.start, period.end, period.partial])).toEqual([['2011-year', '2011-09-15', '2012-09-14', false]]);
  });

  it('reports a semester month that does not exist', () => {
    const bad: readonly Semester[] = [{ id: 'x', label: { 'zh-CN': '第十三月', en: 'Month 13' }, start: { month: 13, day: 1 }, end: { month: 1, day: 31 } }];
    const report = checkCadence([], [rule('parentMeeting')], range('2011-01-01', '2011-12-31'), { semesters: bad });
    expect(report.issues.map((issue) => issue.code)).toEqual(['cadence.invalidSemester']);
    expect(report.rules[0]?.periods).toEqual([]);
    expect(report.rules[0]?.met).toBe(true);
  });

  it('ends a semester on 29 February in leap years and on the 28th otherwise', () => {
    const toLeapDay: readonly Semester[] = [{ id: 'winter', label: { 'zh-CN': '冬季学期', en: 'Winter term' }, start: { month: 1, day: 1 }, end: { month: 2, day: 29 } }];
    const report = checkCadence([], [rule('parentMeeting')], range('2011-01-01', '2012-12-31'), { semesters: toLeapDay, partialPeriods: 'exempt' });
    expect(report.rules[0]?.periods.map((period) => period.end)).toEqual(['2011-02-28', '2012-02-29']);
    expect(report.issues.map((issue) => issue.code)).toEqual(['cadence.shortfall', 'cadence.shortfall']);
  });

  it.each([0, -1, 1.5])('reports a rule asking for %s times, and holds it to nothing', (atLeast) => {
    const odd: CadenceRule = { ...rule('jointMeeting'), atLeast };
    const report = checkCadence([], [odd], range('2010-09-01', '2010-09-30'));
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([['cadence.invalidRule', ['rules', 0, 'atLeast']]]);
    expect(report.rules[0]).toMatchObject({ met: false, periods: [{ required: 0 }] });
  });

  it('reports a period that ends before it starts', () => {
    const report = checkCadence([event('jointMeeting', '2010-09-03')], [rule('jointMeeting')], range('2010-09-30', '2010-09-01'));
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([['cadence.invalidPeriod', ['period', 'end']]]);
    expect(report.rules[0]?.periods).toEqual([]);
  });
});

describe('checkCadence — semesters at their edges, and what the 党务工作者 reads', () => {
  const semester = (id: string, zh: string, start: readonly [number, number], end: readonly [number, number]): Semester => ({
    id,
    label: { 'zh-CN': zh, en: id },
    start: { month: start[0], day: start[1] },
    end: { month: end[0], day: end[1] },
  });
  const issuesWith = (semesters: readonly Semester[], period = range('2011-01-01', '2011-12-31')) =>
    checkCadence([], [rule('parentMeeting')], period, { semesters })
      .issues.filter((issue) => issue.code !== 'cadence.shortfall')
      .map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

  it('takes 31 December and 1 January as days that exist, and names a day that does not', () => {
    expect(issuesWith([semester('autumn', '秋季学期', [9, 1], [12, 31]), semester('spring', '春季学期', [1, 1], [7, 10])])).toEqual([]);
    expect(issuesWith([semester('autumn', '秋季学期', [9, 0], [12, 31])])).toEqual([
      ['cadence.invalidSemester', ['options', 'semesters', 0, 'start'], '学期“秋季学期”的起止日期 9月0日 不存在'],
    ]);
    expect(issuesWith([semester('autumn', '秋季学期', [9, 1], [12, 32])])).toEqual([
      ['cadence.invalidSemester', ['options', 'semesters', 0, 'end'], '学期“秋季学期”的起止日期 12月32日 不存在'],
    ]);
    expect(issuesWith([semester('autumn', '秋季学期', [9.5, 1], [12, 31])]).map(([code]) => code)).toEqual(['cadence.invalidSemester']);
    expect(issuesWith([semester('autumn', '秋季学期', [0, 1], [12, 31])]).map(([code]) => code)).toEqual(['cadence.invalidSemester']);
    expect(issuesWith([semester('autumn', '秋季学期', [9, 1.5], [12, 31])]).map(([code]) => code)).toEqual(['cadence.invalidSemester']);
  });

  it('reports two semesters that share one day, naming both and the day, but not two that meet', () => {
    const autumn = semester('autumn', '秋季学期', [9, 1], [1, 31]);
    expect(issuesWith([autumn, semester('spring', '春季学期', [1, 31], [7, 10])])).toEqual([
      ['cadence.semestersOverlap', ['options', 'semesters', 1], '学期“春季学期”与“秋季学期”在 01-31 重叠,同一活动会被计入两个学期'],
    ]);
    expect(issuesWith([autumn, semester('spring', '春季学期', [2, 1], [7, 10])])).toEqual([]);
  });

  it('reads a semester of one day as that day, not as a year from it', () => {
    expect(issuesWith([semester('day', '开学日', [9, 10], [9, 10]), semester('autumn', '秋季学期', [10, 1], [11, 1])])).toEqual([]);
  });

  it('takes a period of one day', () => {
    expect(issuesWith([semester('autumn', '秋季学期', [9, 1], [1, 31])], range('2011-09-01', '2011-09-01'))).toEqual([]);
  });
});

describe('checkCadence — the words of its problems', () => {
  it('names the event no rule counts, the rule that asks for no whole number of times and a period that ends before it starts', () => {
    const words = (report: ReturnType<typeof checkCadence>) => report.issues.filter((issue) => issue.code !== 'cadence.shortfall').map((issue) => issue.message['zh-CN']);
    expect(words(checkCadence([event('picnic', '2010-09-03')], [rule('jointMeeting')], range('2010-09-01', '2010-09-30')))).toEqual([
      '活动“picnic”(2010-09-03)没有对应的频次规则,未计入',
    ]);
    expect(words(checkCadence([], [{ ...rule('jointMeeting'), atLeast: 1.5 }], range('2010-09-01', '2010-09-30')))).toEqual([
      `规则“${rule('jointMeeting').id}”要求的次数 1.5 不是正整数`,
    ]);
    expect(words(checkCadence([], [rule('jointMeeting')], range('2010-09-30', '2010-09-01')))).toEqual(['检查期限的结束日期 2010-09-01 早于开始日期 2010-09-30']);
  });
});

describe('checkCadence — the periods of a rule, from any start', () => {
  const every = (unit: CadenceRule['every']): CadenceRule => ({ id: `per-${unit}`, kind: 'meeting', label: { 'zh-CN': '会议', en: 'Meeting' }, every: unit, atLeast: 1, source: '测试' });
  const periodsOf = (unit: CadenceRule['every'], from: string, to: string, options = {}) =>
    checkCadence([], [every(unit)], range(from, to), options).rules[0]!.periods.map((period) => [period.id, period.start, period.end, period.partial]);

  it('starts at the quarter the check starts in, and ends with the quarter it ends in', () => {
    expect(periodsOf('quarter', '2010-05-15', '2010-12-31')).toEqual([
      ['2010-Q2', '2010-05-15', '2010-06-30', true],
      ['2010-Q3', '2010-07-01', '2010-09-30', false],
      ['2010-Q4', '2010-10-01', '2010-12-31', false],
    ]);
  });

  it('ends with the month the check ends in', () => {
    expect(periodsOf('month', '2010-11-01', '2010-12-31').map(([id]) => id)).toEqual(['2010-11', '2010-12']);
  });

  it('names a year and a half year in both languages', () => {
    const [year] = checkCadence([], [every('year')], range('2010-01-01', '2010-12-31')).rules[0]!.periods;
    expect(year?.label).toEqual({ 'zh-CN': '2010年', en: '2010' });
    expect(periodsOf('halfYear', '2010-01-01', '2010-12-31').map(([id]) => id)).toEqual(['2010-H1', '2010-H2']);
  });

  it('lists semesters by date whatever order they are given in, each named in both languages', () => {
    const semesters: readonly Semester[] = [
      { id: 'autumn', label: { 'zh-CN': '秋季学期', en: 'Autumn semester' }, start: { month: 9, day: 1 }, end: { month: 1, day: 31 } },
      { id: 'spring', label: { 'zh-CN': '春季学期', en: 'Spring semester' }, start: { month: 2, day: 1 }, end: { month: 7, day: 31 } },
    ];
    const report = checkCadence([], [every('semester')], range('2011-02-01', '2012-01-31'), { semesters });
    expect(report.rules[0]!.periods.map((period) => [period.id, period.label.en])).toEqual([
      ['2011-spring', 'Spring semester 2011'],
      ['2011-autumn', 'Autumn semester 2011'],
    ]);
  });
});

describe('checkCadence — a list with very many problems', () => {
  it('reports at most 100 problems for each list: the events, the rules and the semesters', () => {
    const nulls = Array.from({ length: 150 }, () => null);
    const report = checkCadence(nulls as never, nulls as never, range('2010-09-01', '2010-09-30'), { semesters: nulls as never });
    const count = (first: string) => report.issues.filter((issue) => issue.path[0] === first && (first !== 'options' || issue.path[1] === 'semesters')).length;
    expect([count('events'), count('rules'), count('options')]).toEqual([100, 100, 100]);
    expect(report.rules).toEqual([]);
  });
});
