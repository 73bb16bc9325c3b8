import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaign';
import { isoDate, validateSchedule, type Phase, type ScheduleIssue } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';
import { CENTENARY_2021, phase, TOWN_SCHOOL_2012 } from './seedSchedules';

const summary = (issues: readonly ScheduleIssue[]) =>
  issues.map((issue) => [issue.code, issue.phaseId, issue.taskId ?? null, issue.severity]);

const month = (id: string, text: string, kind: Phase['kind'] = 'custom') => phase(id, kind, id, text);

describe('validateSchedule — the seeds’ own mistakes, entered as written', () => {
  it('对标定位,晋档升级(2012年7月—2012年6月底): the phase ends before it starts', () => {
    const issues = validateSchedule(deepFreeze(TOWN_SCHOOL_2012));
    const inverted = issues.filter((issue) => issue.code === 'schedule.endBeforeStart');
    expect(inverted).toEqual([
      {
        code: 'schedule.endBeforeStart',
        severity: 'error',
        path: [2, 'end'],
        phaseId: 'step-3',
        message: {
          'zh-CN': '阶段“对标定位,晋档升级”的结束日期 2012-06-30 早于开始日期 2012-07-01',
          en: 'Phase "对标定位,晋档升级" ends on 2012-06-30, before it starts on 2012-07-01',
        },
        params: { phaseTitle: '对标定位,晋档升级', start: '2012-07-01', end: '2012-06-30' },
      },
    ]);
  });

  it('(二)全面争创(2012年6月—2012年6月底) right after a phase ending in May: touching, but a year miscopied', () => {
    const issues = validateSchedule(TOWN_SCHOOL_2012);
    // 2012年5月 ends on 31 May and 2012年6月 starts on 1 June: no gap and no overlap …
    expect(issues.map((issue) => issue.code)).not.toContain('schedule.gap');
    expect(issues.map((issue) => issue.code)).not.toContain('schedule.overlap');
    // … but a 全面争创 phase of one month, where the template it copies ran thirteen.
    expect(summary(issues)).toEqual([
      ['schedule.phaseShorterThanUsual', 'step-2', null, 'warning'],
      ['schedule.endBeforeStart', 'step-3', null, 'error'],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('“全面争创”阶段“全面争创,扎实推进”只有 30 天,通常不少于 90 天,请核对年份是否抄错');
  });

  it('动员部署阶段(2021年5月下旬—6月) whose 动员大会 is “在7月1日前”: the meeting may come after 全面争创 began', () => {
    const issues = validateSchedule(deepFreeze(CENTENARY_2021));
    expect(summary(issues)).toEqual([
      ['schedule.taskDueAfterNextPhaseStarts', 'mobilization', 'mobilization-meeting', 'warning'],
      ['schedule.phaseShorterThanUsual', 'implementation', null, 'warning'],
      ['schedule.overlap', 'implementation', null, 'error'],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('任务“召开动员大会”的期限 2021-06-30 晚于下一阶段“全面争创阶段”的开始日期 2021-06-01');
    expect(issues[2]?.params).toMatchObject({ from: '2021-06-01', to: '2021-06-30', days: 30 });
  });

  it('reads “在7月1日前” inclusively when asked, and then the meeting falls after its phase', () => {
    const meeting = { id: 'meeting', title: '召开动员大会', due: isoDate('2021-07-01') };
    const issues = validateSchedule([phase('mobilization', 'mobilization', '动员部署阶段', '2021年5月下旬—6月', [meeting])]);
    expect(summary(issues)).toEqual([['schedule.taskDueAfterPhase', 'mobilization', 'meeting', 'error']]);
  });

  it('学校党支部要在2010年“七一”前……党性分析, inside a step that starts in July: due before its phase', () => {
    const step = phase('step-2', 'implementation', '全面争创,扎实推进', '2010年7月—2011年3月', [
      { id: 'analysis', title: '党性分析', due: isoDate('2010-06-30') },
    ]);
    const [issue, ...rest] = validateSchedule([step]);
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('schedule.taskDueBeforePhase');
    expect(issue?.path).toEqual([0, 'tasks', 0, 'due']);
    expect(issue?.message.en).toBe('Task "党性分析" is due on 2010-06-30, before its phase "全面争创,扎实推进" starts on 2010-07-01');
  });
});

describe('validateSchedule — touching, overlapping and gaps', () => {
  it('accepts phases that touch: one ends on 31 May, the next starts on 1 June', () => {
    expect(validateSchedule([month('a', '2012年5月'), month('b', '2012年6月')])).toEqual([]);
  });

  it('accepts phases that touch across a leap day', () => {
    expect(validateSchedule([month('a', '2012年2月'), month('b', '2012年3月')])).toEqual([]);
    expect(validateSchedule([month('a', '2012年2月28日'), month('b', '2012年2月29日'), month('c', '2012年3月1日')])).toEqual([]);
  });

  it('reports phases that share a single day as an overlap of one day', () => {
    const issues = validateSchedule([month('a', '2012年5月'), month('b', '2012年5月31日—6月')]);
    expect(summary(issues)).toEqual([['schedule.overlap', 'b', null, 'error']]);
    expect(issues[0]?.params).toMatchObject({ from: '2012-05-31', to: '2012-05-31', days: 1 });
  });

  it('reports days that belong to no phase, counting February’s 29th', () => {
    const issues = validateSchedule([month('a', '2012年1月'), month('b', '2012年3月')]);
    expect(summary(issues)).toEqual([['schedule.gap', 'b', null, 'warning']]);
    expect(issues[0]?.params).toMatchObject({ from: '2012-02-01', to: '2012-02-29', days: 29 });
  });

  it('finds gaps by dates even when the phases are listed out of order, and says so', () => {
    const issues = validateSchedule([month('late', '2012年3月'), month('early', '2012年1月')]);
    expect(summary(issues)).toEqual([
      ['schedule.gap', 'late', null, 'warning'],
      ['schedule.phaseOutOfOrder', 'early', null, 'warning'],
    ]);
  });

  it('reports every pair that overlaps, not only neighbours', () => {
    const issues = validateSchedule([month('a', '2012年1月—2012年12月'), month('b', '2012年3月'), month('c', '2012年6月')]);
    expect(issues.map((issue) => [issue.code, issue.phaseId, issue.params['otherTitle']])).toEqual([
      ['schedule.overlap', 'b', 'a'],
      ['schedule.overlap', 'c', 'a'],
    ]);
  });

  it('leaves a phase without days out of the overlap and gap checks', () => {
    const issues = validateSchedule([month('a', '2012年6月'), month('inverted', '2012年7月—2012年6月底'), month('c', '2012年7月')]);
    expect(issues.map((issue) => issue.code)).toEqual(['schedule.endBeforeStart']);
  });
});

describe('validateSchedule — the campaign, its period and its tasks', () => {
  const campaign: Campaign = deepFreeze({
    id: 'c',
    title: '实施方案',
    theme: '主题',
    organizerId: 'branch',
    period: { start: isoDate('2010-06-01'), end: isoDate('2011-06-30') },
    basis: [],
    phases: [month('a', '2010年5月—6月'), month('b', '2010年7月—2011年7月')],
    standards: [],
    activities: [],
  });

  it('checks a campaign’s phases against its period, with paths into the campaign', () => {
    expect(validateSchedule(campaign).map((issue) => [issue.code, issue.path])).toEqual([
      ['schedule.phaseOutsidePeriod', ['phases', 0, 'start']],
      ['schedule.phaseOutsidePeriod', ['phases', 1, 'end']],
    ]);
  });

  it('lets options name the period for a list of phases, or override the campaign’s', () => {
    const period = { start: isoDate('2010-01-01'), end: isoDate('2011-12-31') };
    expect(validateSchedule(campaign, { period })).toEqual([]);
    expect(validateSchedule(campaign.phases)).toEqual([]);
    expect(validateSchedule(campaign.phases, { period: campaign.period })).toHaveLength(2);
  });

  it('reports a task due after its phase ends', () => {
    const issues = validateSchedule([phase('a', 'custom', 'A', '2010年6月', [{ id: 't', title: '任务', due: isoDate('2010-07-01') }])]);
    expect(summary(issues)).toEqual([['schedule.taskDueAfterPhase', 'a', 't', 'error']]);
  });

  it('accepts tasks due on the first and last day of their phase, and tasks without a due date', () => {
    const tasks = [
      { id: 'first', title: '首日', due: isoDate('2012-02-01') },
      { id: 'last', title: '末日', due: isoDate('2012-02-29') },
      { id: 'open', title: '无期限' },
    ];
    expect(validateSchedule([phase('a', 'custom', 'A', '2012年2月', tasks)])).toEqual([]);
  });

  it('reports duplicate phase and task ids', () => {
    const task = { id: 't', title: '任务' };
    const issues = validateSchedule([phase('a', 'custom', 'A', '2012年1月', [task]), phase('a', 'custom', 'A', '2012年2月', [task])]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['schedule.duplicatePhaseId', [1, 'id']],
      ['schedule.duplicateTaskId', [1, 'tasks', 0, 'id']],
    ]);
  });

  it('takes the usual phase lengths as data', () => {
    const short = [month('implementation', '2012年6月', 'implementation')];
    expect(validateSchedule(short).map((issue) => issue.code)).toEqual(['schedule.phaseShorterThanUsual']);
    expect(validateSchedule(short, { minPhaseDays: {} })).toEqual([]);
    expect(validateSchedule(short, { minPhaseDays: { implementation: 30 } })).toEqual([]);
    expect(validateSchedule(short, { minPhaseDays: { implementation: 31 } })).toHaveLength(1);
  });

  it('accepts an empty schedule', () => {
    expect(validateSchedule([])).toEqual([]);
  });

  it('reports a forged date as an input issue instead of checking the schedule', () => {
    const forged = { id: 'a', kind: 'custom', title: 'A', start: '2010-02-30', end: '2010-03-01', tasks: [] } as unknown as Phase;
    const issues = validateSchedule([forged]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', [0, 'start']]]);
  });
});

describe('validateSchedule — phases at the edges of its rules', () => {
  const plain = (id: string, kind: Phase['kind'], start: string, end: string): Phase => ({ id, kind, title: id, start: isoDate(start), end: isoDate(end), tasks: [] });

  it('warns of a phase shorter than its kind needs, not of one exactly as long', () => {
    const minPhaseDays = { mobilization: 7 };
    expect(summary(validateSchedule([plain('a', 'mobilization', '2010-06-01', '2010-06-07')], { minPhaseDays }))).toEqual([]);
    expect(summary(validateSchedule([plain('a', 'mobilization', '2010-06-01', '2010-06-06')], { minPhaseDays }))).toEqual([
      ['schedule.phaseShorterThanUsual', 'a', null, 'warning'],
    ]);
  });

  it('names as the phase before a gap the first to reach furthest, not a later one ending the same day', () => {
    const issues = validateSchedule([plain('a', 'custom', '2010-06-01', '2010-06-30'), plain('b', 'custom', '2010-06-10', '2010-06-30'), plain('c', 'custom', '2010-07-10', '2010-07-31')]);
    expect(issues.map((issue) => [issue.code, issue.params['previousTitle'], issue.params['from'], issue.params['to']])).toEqual([
      ['schedule.overlap', undefined, '2010-06-10', '2010-06-30'],
      ['schedule.gap', 'a', '2010-07-01', '2010-07-09'],
    ]);
  });

  it('checks a campaign’s own period unless the options give one', () => {
    const phases = [plain('a', 'custom', '2010-06-01', '2010-06-30')];
    const badPeriod = { start: '2010-6-1' as never, end: isoDate('2010-12-31') };
    expect(validateSchedule({ phases, period: badPeriod }).map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['period', 'start']]]);
    expect(validateSchedule({ phases, period: badPeriod }, { period: { start: isoDate('2010-01-01'), end: isoDate('2010-12-31') } })).toEqual([]);
  });

  it('reports null, given where phases or a campaign belong, as not a list', () => {
    expect(validateSchedule(null as never).map((issue) => [issue.code, issue.path])).toEqual([['input.expected', []]]);
  });
});
