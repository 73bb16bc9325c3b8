import { describe, expect, it } from 'vitest';
import {
  checkCadence,
  deadlines,
  DEFAULT_CADENCE_RULES,
  InvalidInputError,
  isoDate,
  MAX_CADENCE_PERIOD_DAYS,
  MAX_DATE_PHRASE_LENGTH,
  MAX_SCHEDULE_PHASES,
  NAMED_DAYS,
  namedDayIn,
  parseDatePhrase,
  phaseAt,
  planSchedule,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type Phase,
} from '../../src/schedule';

/** What a user reads of each issue: its code, its path and the zh-CN sentence. */
const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);

/** The issues of the InvalidInputError `run` throws (or a failed test if it throws nothing). */
function refused(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return read((error as InvalidInputError).issues);
  }
  throw new Error('expected InvalidInputError');
}

const phases: readonly Phase[] = [
  {
    id: 'step-1', kind: 'mobilization', title: '广泛发动', start: isoDate('2010-06-01'), end: isoDate('2010-06-30'),
    tasks: [{ id: 'meeting', title: '动员大会', due: isoDate('2010-06-15') }],
  },
];
const cast = <T>(value: unknown) => value as T;

describe('deadlines checks its arguments at entry', () => {
  it('refuses a look-ahead given as text, negative or fractional, naming the option', () => {
    expect(refused(() => deadlines(phases, isoDate('2010-06-01'), { withinDays: cast('14') }))).toEqual([
      ['input.expected', 'options.withinDays', '“提前提醒天数”应为整数,实际为文本“14”'],
    ]);
    expect(refused(() => deadlines(phases, isoDate('2010-06-01'), { withinDays: -1 }))).toEqual([
      ['input.tooSmall', 'options.withinDays', '“提前提醒天数”为 -1,应不小于 0'],
    ]);
    expect(refused(() => deadlines(phases, isoDate('2010-06-01'), { withinDays: Number.NaN }))[0]?.[0]).toBe('input.expected');
  });

  it('refuses phases that are not a list of phases, and a date that is not a calendar day', () => {
    expect(refused(() => deadlines(cast(null), isoDate('2010-06-01')))).toEqual([['input.expected', 'phases', '“阶段”应为列表,实际为空值 null']]);
    expect(refused(() => deadlines(cast([{ ...phases[0], tasks: [{ id: 't', title: 'T', due: '2010-02-30' }] }]), cast('2010-6-1')))).toEqual([
      ['input.expected', 'phases.0.tasks.0.due', '第 1 项“任务”第 1 项“截止日期”应为YYYY-MM-DD 格式的日期,实际为文本“2010-02-30”'],
      ['input.expected', 'asOf', '“截止日期”应为YYYY-MM-DD 格式的日期,实际为文本“2010-6-1”'],
    ]);
  });
});

describe('phaseAt checks its arguments at entry', () => {
  it('refuses a phase that is null or has no dates, and a date that is not a day', () => {
    expect(refused(() => phaseAt(cast([null]), isoDate('2010-06-01')))).toEqual([['input.expected', 'phases.0', '“阶段”第 1 项应为对象,实际为空值 null']]);
    expect(refused(() => phaseAt(cast([{ id: 'a', kind: 'custom', title: 'A', tasks: [] }]), cast(20100601))).map(([code, path]) => [code, path])).toEqual([
      ['input.missing', 'phases.0.start'],
      ['input.missing', 'phases.0.end'],
      ['input.expected', 'date'],
    ]);
  });

  it('places a date among phases whose ids and kinds are __proto__ and constructor', () => {
    const odd = [{ ...phases[0]!, id: '__proto__', kind: cast<Phase['kind']>('constructor') }];
    expect(phaseAt(odd, isoDate('2010-06-10')).status).toBe('during');
  });
});

describe('validateSchedule checks its arguments at entry', () => {
  it('reports a minimum given as text and checks nothing else', () => {
    const issues = validateSchedule(phases, { minPhaseDays: cast({ implementation: '90' }) });
    expect(read(issues)).toEqual([['input.expected', 'options.minPhaseDays.implementation', '“implementation”应为数字,实际为文本“90”']]);
  });

  it('reads minimums only for the kinds they name: a kind called constructor has none', () => {
    const odd = [{ ...phases[0]!, kind: cast<Phase['kind']>('constructor') }];
    expect(validateSchedule(odd)).toEqual([]);
  });

  it('reports a campaign period that is not two dates', () => {
    const issues = validateSchedule(cast({ phases, period: { start: '2010-06-01', end: null } }));
    expect(read(issues)).toEqual([['input.expected', 'period.end', '“结束日期”应为YYYY-MM-DD 格式的日期,实际为空值 null']]);
  });
});

describe('validateSchedule checks at most MAX_SCHEDULE_PHASES phases', () => {
  it('reports 101 copies of a phase at once instead of every overlapping pair', () => {
    expect(MAX_SCHEDULE_PHASES).toBe(100);
    const many = Array.from({ length: 101 }, () => phases[0]!);
    expect(read(validateSchedule(many))).toEqual([['schedule.tooManyPhases', '', '共 101 个阶段,超过 100 个的上限,未作检查']]);
    expect(validateSchedule(many.slice(1)).map((issue) => issue.code)).not.toContain('schedule.tooManyPhases');
  });
});

describe('checkCadence checks its arguments at entry', () => {
  it('reports 0001–9999 as too long a period at once, instead of cutting it into months', () => {
    const report = checkCadence([], DEFAULT_CADENCE_RULES, { start: isoDate('0001-01-01'), end: isoDate('9999-12-31') });
    expect(report.rules).toEqual([]);
    expect(read(report.issues)).toEqual([
      ['cadence.periodTooLong', 'period', '检查期限 0001-01-01 至 9999-12-31 共 3652059 天,超过 7305 天(20 年),请分段检查'],
    ]);
  });

  it('checks a period of exactly the longest length', () => {
    const start = isoDate('2000-01-01');
    const end = isoDate('2019-12-31');
    expect(MAX_CADENCE_PERIOD_DAYS).toBe(7305);
    const report = checkCadence([], DEFAULT_CADENCE_RULES.slice(0, 1), { start, end });
    expect(report.issues.map((issue) => issue.code)).not.toContain('cadence.periodTooLong');
    const longer = checkCadence([], DEFAULT_CADENCE_RULES.slice(0, 1), { start, end: isoDate('2020-01-01') });
    expect(longer.issues.map((issue) => issue.code)).toEqual(['cadence.periodTooLong']);
  });

  it('reports a rule whose unit and count are not what CadenceRule says, and counts nothing', () => {
    const rule = { ...DEFAULT_CADENCE_RULES[0]!, every: cast<'month'>('week'), atLeast: cast<number>('2') };
    const report = checkCadence([], [rule], { start: isoDate('2010-09-01'), end: isoDate('2010-12-31') }, { partialPeriods: cast('none') });
    expect(report.rules).toEqual([]);
    expect(read(report.issues)).toEqual([
      ['input.notOneOf', 'rules.0.every', '第 1 项“周期”为“week”,应为以下之一:month, quarter, halfYear, semester, year'],
      ['input.expected', 'rules.0.atLeast', '第 1 项“不少于”应为数字,实际为文本“2”'],
      ['input.notOneOf', 'options.partialPeriods', '“不完整周期的处理”为“none”,应为以下之一:prorate, full, exempt'],
    ]);
  });

  it('skips an event that is not an object with a kind and a date, and counts the others', () => {
    const jointMeeting = DEFAULT_CADENCE_RULES.filter((rule) => rule.id === 'jointMeeting');
    const events = cast<never>([null, { kind: 'jointMeeting', date: '2010-09-03' }, { kind: '__proto__', date: '2010-09-04' }, { kind: 'jointMeeting', date: '2010-9-5' }]);
    const report = checkCadence(events, jointMeeting, { start: isoDate('2010-09-01'), end: isoDate('2010-09-30') });
    expect(report.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.expected', 'events.0'],
      ['input.expected', 'events.3.date'],
      ['cadence.unmatchedEvent', 'events.2.kind'],
      ['cadence.shortfall', 'rules.0'],
    ]);
    expect(report.rules[0]?.periods[0]?.eventIndices).toEqual([1]);
  });

  it('refuses a rule requiring more than 10,000 events a period, which would prorate to Infinity', () => {
    const rule = { ...DEFAULT_CADENCE_RULES[0]!, atLeast: 1e308 };
    const report = checkCadence([], [rule], { start: isoDate('2010-09-15'), end: isoDate('2010-12-31') });
    expect(report.rules).toEqual([]);
    expect(report.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['input.tooLarge', 'rules.0.atLeast']]);
    const most = checkCadence([], [{ ...rule, atLeast: 10_000 }], { start: isoDate('2010-09-15'), end: isoDate('2010-12-31') });
    expect(most.rules[0]?.periods.every((period) => Number.isSafeInteger(period.required))).toBe(true);
  });

  it('reports a semester whose month is text', () => {
    const semester = { id: 's', label: { 'zh-CN': '学期', en: 'Term' }, start: { month: '2', day: 1 }, end: { month: 7, day: 15 } };
    const report = checkCadence([], DEFAULT_CADENCE_RULES, { start: isoDate('2010-09-01'), end: isoDate('2010-12-31') }, cast({ semesters: [semester] }));
    expect(read(report.issues)).toEqual([['input.expected', 'options.semesters.0.start.month', '第 1 项“月”应为数字,实际为文本“2”']]);
  });
});

describe('parseDatePhrase checks its arguments before reading', () => {
  it('reports a text that is not text, and odd options, by their paths', () => {
    const notText = parseDatePhrase(cast(20100701));
    expect(notText.success || read(notText.issues)).toEqual([['input.expected', 'text', '“原文”应为文本,实际为数字 20100701']]);
    const odd = parseDatePhrase('国庆前', cast({ year: '2010', before: 'dayBefore', congresses: null }));
    expect(odd.success || odd.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.expected', 'options.year'],
      ['input.notOneOf', 'options.before'],
      ['input.expected', 'options.congresses'],
    ]);
  });

  it('gives an option passed as undefined its default', () => {
    const result = parseDatePhrase('2012年7月—党的十八大召开前', cast({ namedDays: undefined, congresses: undefined, before: undefined }));
    expect(result.success && result.data).toEqual({ start: '2012-07-01', end: '2012-11-07' });
  });

  it('reads a year that is not a calendar year as no date, never a throw', () => {
    for (const year of [-2011, 2021.5, 1e6]) {
      const result = parseDatePhrase('国庆前', { year });
      expect(result.success || result.issues[0]?.code).toBe('datePhrase.notADate');
    }
  });

  it('refuses a text longer than the limit without reading it', () => {
    const exact = parseDatePhrase(`2010年7月${' '.repeat(MAX_DATE_PHRASE_LENGTH - 7)}`);
    expect(exact.success).toBe(true);
    const long = parseDatePhrase(`2010年7月${' '.repeat(MAX_DATE_PHRASE_LENGTH - 6)}`);
    expect(long.success || read(long.issues)).toEqual([['datePhrase.tooLong', 'text', '日期表述有 201 个字符,超过 200 个字符的上限']]);
  });
});

describe('planSchedule checks its arguments at entry', () => {
  it('reports a start that is not a date, and plans nothing', () => {
    const plan = planSchedule(TEMPLATE_NANJIAO_2010, { start: cast('2010-02-30') });
    expect(plan.phases).toEqual([]);
    expect(read(plan.issues)).toEqual([['input.expected', 'options.start', '“开始日期”应为YYYY-MM-DD 格式的日期,实际为文本“2010-02-30”']]);
  });

  it('reports a length given as text and a template without phases', () => {
    const template = { ...TEMPLATE_NANJIAO_2010, phases: [{ ...TEMPLATE_NANJIAO_2010.phases[0]!, length: { days: '30' } }] };
    expect(planSchedule(cast(template), { start: isoDate('2010-06-01') }).issues.map((issue) => issue.path.join('.'))).toEqual(['template.phases.0.length.days']);
    expect(planSchedule(cast({ ...TEMPLATE_NANJIAO_2010, phases: null }), { start: isoDate('2010-06-01') }).issues.map((issue) => issue.code)).toEqual(['input.expected']);
    expect(planSchedule(TEMPLATE_NANJIAO_2010, cast(null)).issues.map((issue) => issue.path.join('.'))).toEqual(['options']);
  });
});

describe('namedDayIn checks its arguments', () => {
  it('refuses a named day that is not an object and a year given as text', () => {
    expect(refused(() => namedDayIn(cast(null), 2021)).map(([code, path]) => [code, path])).toEqual([['input.expected', 'namedDay']]);
    expect(refused(() => namedDayIn(NAMED_DAYS.partyFounding, cast('2021'))).map(([code, path]) => [code, path])).toEqual([['input.expected', 'year']]);
  });
});

describe('a list of a million holes is reported in brief', () => {
  it('checkCadence reports the first hundred holes of a sparse event list and skips the rest', () => {
    const events = new Array<never>(1_000_000);
    const report = checkCadence(events, DEFAULT_CADENCE_RULES.slice(0, 1), { start: isoDate('2010-09-01'), end: isoDate('2010-09-30') });
    expect(report.issues.filter((issue) => issue.code === 'input.missing')).toHaveLength(100);
    expect(report.rules).toHaveLength(1);
  });

  it('phaseAt names the first hundred holes of a sparse list of phases', () => {
    const issues = refused(() => phaseAt(new Array<never>(1_000_000), isoDate('2010-06-01')));
    expect(issues).toHaveLength(100);
  });
});
